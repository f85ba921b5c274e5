package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A route met by any one of its ways in, read through the real form: a civil engineer's profile
 * from the test pack, whose apprenticeship asks for English and maths for an advanced
 * apprenticeship, or college qualifications like A levels for a degree apprenticeship. The card,
 * the route map and Compare routes each say which way in their verdict is about.
 */
class WaysInUITest extends OnTrackUITestBase {

    @Override
    protected String[] options() {
        return new String[] {"--content=src/test/resources/pack/profiles/civil-engineer.json"};
    }

    /** The verdict in a pathway's column of Compare routes. */
    private String compareVerdict(String pathway) {
        return from(lookup("#compare-verdict-" + pathway).queryAs(Node.class)).lookup(".compare-verdict")
                .queryAs(Label.class).getText();
    }

    /**
     * Types a subject written in full (so no suggestions come), Tab, a grade and Enter, from the
     * keyboard alone.
     */
    private void add(String subject, String grade) {
        interact(() -> lookup("#qual-subject").queryAs(TextField.class).requestFocus());
        write(subject);
        type(KeyCode.TAB);
        write(grade);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(textOf("qual-list").contains("GCSE " + subject + ", grade " + grade), () -> textOf("qual-list"));
    }

    @Test
    void beforeAnythingIsEnteredTheCardListsEachWayIn() {
        String card = textOf("verdict-apprenticeship");
        assertTrue(card.contains("Any one of its ways in is enough."), card);
        assertTrue(card.contains("For an advanced apprenticeship, usually needs:"), card);
        assertTrue(card.contains("For a degree apprenticeship, usually needs:"), card);
    }

    @Test
    void theCardTheMapAndCompareRoutesEachSayWhichWayIn() {
        add("Maths", "3");
        add("Geography", "4");
        assertEquals("\u2717 Not yet", text("verdict-apprenticeship-headline"));
        String card = textOf("verdict-apprenticeship");
        assertTrue(card.contains("the nearest for you is the one for an advanced apprenticeship"), card);
        assertTrue(textOf("verdict-apprenticeship-missing").contains("English language and maths at GCSE grade 4 or above"),
                () -> textOf("verdict-apprenticeship-missing") + " / " + textOf("qual-list") + " / " + text("qual-message"));
        assertTrue(card.contains("Its other ways in:"), card);
        assertTrue(card.contains("For a degree apprenticeship: you need three more GCSEs at grade 4 or above"), card);

        add("Maths", "5");
        enterQualification(QualificationType.GCSE, "English language", "5", false);
        enterQualification(QualificationType.GCSE, "History", "5", false);
        enterQualification(QualificationType.A_LEVEL, "Physics", "C", true);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u25d1 Predicted grades meet the usual entry requirements for a degree apprenticeship",
                text("verdict-apprenticeship-headline"));
        assertTrue(textOf("verdict-apprenticeship").contains("For an advanced apprenticeship: you need one more GCSE at "
                + "grade 4 or above"), textOf("verdict-apprenticeship"));

        // The map opens on the pathway of the way the card is about, and says each pathway's own verdict.
        interact(() -> lookup("#verdict-apprenticeship-map").queryAs(Node.class).requestFocus());
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProfileSection.ROUTE_MAP.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("Degree apprenticeship (level 6 or 7)", lookup("#pathway-chooser").queryAs(ComboBox.class).getValue()
                .toString());
        String summary = text("map-verdicts");
        assertTrue(summary.contains("Degree apprenticeship (level 6 or 7) (with predicted grades)"), summary);
        assertTrue(summary.matches("(?s).*Not yet: [^.]*Advanced apprenticeship \\(level 3\\).*"), summary);

        // Compare routes: each way in's pathway with its own verdict.
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProfileSection.COMPARE.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("\u25d1 Predicted grades meet the usual entry requirements for a degree apprenticeship",
                compareVerdict("apprenticeship-degree-apprenticeship"));
        assertEquals("\u2717 Not yet: for an advanced apprenticeship, you need one more GCSE at grade 4 or above",
                compareVerdict("apprenticeship-advanced-apprenticeship"));
    }
}
