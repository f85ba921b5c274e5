package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.SubjectSuggestions;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.routemap.StepView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student enters their qualifications from the keyboard and reads the verdicts in the tab and on the map. */
class OnTrackUITest extends OnTrackUITestBase {

    /** Types a subject, then Tab, the grade and Enter. */
    private void add(String subject, String grade) {
        assertTrue(lookup("#qual-subject").queryAs(TextField.class).isFocused(), () -> "focus is on the subject, not "
                + stage.getScene().getFocusOwner() + "; message: " + text("qual-message") + "; list: " + textOf("qual-list"));
        if (!typeSubject(subject)) {
            type(KeyCode.TAB);
        }
        write(grade);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types a subject; if suggestions show, Tab takes the one chosen, as a person would, and
     * focus goes on to the next field. Says whether a suggestion was taken.
     */
    private boolean typeSubject(String subject) {
        write(subject);
        // Suggestions are fetched off the JavaFX thread after a pause in typing. Whether there are
        // any is the form model's to say: with none, there is nothing to wait for (and no list can
        // come late); with some, wait until they show.
        if (suggestionsFor(subject).isEmpty()) {
            return false;
        }
        waitForSuggestions();
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#qual-grade").queryAs(ComboBox.class).getEditor().isFocused(),
                "taking a suggestion moves on to the grade");
        return true;
    }

    /** What the form's model suggests for a subject typed, for the kind chosen now. */
    private List<String> suggestionsFor(String typed) {
        QualificationType kind = (QualificationType) lookup("#qual-type").queryAs(ComboBox.class).getValue();
        return SubjectSuggestions.forTyped(kind, typed);
    }

    private void waitForSuggestions() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000, this::suggestionsShowing));
        } catch (TimeoutException e) {
            throw new AssertionError("the suggestions did not show within 10 seconds", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean suggestionsShowing() {
        return listWindows().stream().anyMatch(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow
                && w.getScene() != null && w.getScene().getRoot().lookup(".list-view") != null);
    }

    @Test
    void theTabSaysItIsGuidanceAndStartsEmpty() {
        assertEquals(ProfileSection.ON_TRACK.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertTrue(text("on-track-guidance").contains("decide who they accept"),
                text("on-track-guidance"));
        assertTrue(textOf("qual-list").contains("Nothing added yet"));
        assertTrue(textOf("verdict-university").contains("Usually needs:"), textOf("verdict-university"));
        assertTrue(textOf("verdict-university").contains("Five GCSEs at grades 9 to 4 (A* to C) including two sciences"),
                "the profile's own words");
        assertTrue(textOf("verdict-university").contains("Two or three A levels, including maths and physics"));
    }

    @Test
    void enteringQualificationsByKeyboardGivesAVerdictForEveryRouteInThePanelAndOnTheMap() {
        interact(() -> lookup("#qual-subject").queryAs(TextField.class).requestFocus());
        add("Maths", "7");
        add("English", "6");                 // an alias of English language
        add("Combined science", "5-4");      // a double award: two sciences
        add("History", "C");                 // a legacy letter grade

        assertTrue(text("verdict-university-headline").contains("Not yet"), text("verdict-university-headline"));
        assertTrue(textOf("verdict-university-missing").contains("two or three A levels, including maths and physics"),
                textOf("verdict-university-missing"));

        chooseType(QualificationType.A_LEVEL);
        // Predicted results: tick the box from the keyboard (Shift+Tab from the subject goes back
        // to the kind; the box is after the grade).
        assertFalse(typeSubject("Maths"), "a name typed in full needs no suggestions");
        type(KeyCode.TAB);
        write("B");
        type(KeyCode.TAB);
        type(KeyCode.SPACE);                 // Predicted
        type(KeyCode.TAB);
        type(KeyCode.SPACE);                 // Add
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#qual-subject").queryAs(TextField.class).isFocused(), "focus back on the subject");
        add("Physics", "C");                 // still predicted: the box stays ticked

        assertTrue(textOf("qual-list").contains("A level Physics, predicted grade C"), textOf("qual-list"));
        assertEquals("\u25d1 Predicted grades meet it", text("verdict-university-headline"));
        assertEquals("\u25d1 Predicted grades meet it", text("verdict-practitioner-training-headline"));
        assertEquals("\u25d1 Predicted grades meet it", text("verdict-apprenticeship-headline"));
        assertTrue(text("verdict-private-sector-headline").contains("Not yet"));
        assertTrue(textOf("verdict-private-sector-missing").contains("a degree"));
        assertTrue(textOf("verdict-university").contains("To apply for the"), "the STP checkpoint is shown");

        // The map shows the same: open routes highlighted, each step marked in words.
        interact(() -> lookup("#verdict-university-map").queryAs(Node.class).requestFocus());
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProfileSection.ROUTE_MAP.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("\u2713 You have this", step("gcses").markShown());
        assertEquals("\u25d1 Predicted", step("a-levels").markShown());
        assertEquals("\u25cb Later step", step("degree").markShown(),
                "on a route open with predicted grades, the degree is a later step, not a red 'not yet'");
        assertTrue(step("degree").getAccessibleText().contains("A later step on this route, not yet started"),
                step("degree").getAccessibleText());
        assertTrue(step("gcses").getAccessibleText().contains("You have this"), step("gcses").getAccessibleText());
        String summary = text("map-verdicts");
        assertTrue(summary.contains("open to you (highlighted)"), summary);
        assertTrue(summary.contains("Degree apprenticeship (with predicted grades)"), summary);

        // With no pathway chosen, the open routes stand out and the private-sector step does not.
        interact(() -> lookup("#pathway-chooser").queryAs(ComboBox.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(has(step("ptp"), "on-path"), "an open route is highlighted");
        assertTrue(has(step("private-sector"), "dimmed"), "a route not open is faded");
        assertEquals("\u25cb Later step", step("degree").markShown(),
                "ahead on the open university route, though the private-sector route is not open");
        interact(() -> lookup("#key-toggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        assertTrue(lookup("#legend-mark-later").query().isVisible(), "the key explains the later-step mark");
    }

    @Test
    void subjectNamesCompleteAsTheyAreTyped() {
        chooseType(QualificationType.A_LEVEL);
        write("Further mat");
        assertTrue(suggestionsFor("Further mat").contains("Further maths"), "the model has suggestions to wait for");
        // Fetched off the JavaFX thread, after a short pause in typing.
        waitForSuggestions();
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Further maths", lookup("#qual-subject").queryAs(TextField.class).getText());
        assertFalse(lookup("#qual-message").query().isVisible(), "choosing a suggestion does not try to add it yet");
        assertTrue(lookup("#qual-grade").queryAs(ComboBox.class).getEditor().isFocused(), "on to the grade");
    }

    @Test
    void aBadGradeIsExplainedAndNothingTypedIsLost() {
        chooseType(QualificationType.A_LEVEL);
        if (!typeSubject("Physics")) {
            type(KeyCode.TAB);
        }
        write("F");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("qual-message").contains("\u201cF\u201d is not an A level grade: use A*, A, B, C, D or E"),
                text("qual-message"));
        assertEquals("Physics", lookup("#qual-subject").queryAs(TextField.class).getText(), "the subject is kept");
        assertTrue(textOf("qual-list").contains("Nothing added yet"));
    }

    @Test
    void enterOnAnyFieldAddsAndSpaceTicksTheBox() {
        CheckBox predicted = lookup("#qual-predicted").queryAs(CheckBox.class);
        chooseType(QualificationType.A_LEVEL);
        assertFalse(typeSubject("Maths"), "a name typed in full needs no suggestions");
        type(KeyCode.TAB);
        write("B");
        clickOn(predicted);                  // ticked with a click, as on a real display
        assertTrue(predicted.isFocused() && predicted.isSelected());
        type(KeyCode.ENTER);                 // Enter on the box adds; it does not untick it
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(textOf("qual-list").contains("A level Maths, predicted grade B"), textOf("qual-list"));
        assertTrue(predicted.isSelected(), "the box stays ticked for the next one");
        assertTrue(lookup("#qual-subject").queryAs(TextField.class).isFocused(), "on to the next subject");

        interact(predicted::requestFocus);
        type(KeyCode.SPACE);
        assertFalse(predicted.isSelected(), "Space unticks the box");
        type(KeyCode.SPACE);
        assertTrue(predicted.isSelected(), "and ticks it again");
        type(KeyCode.ENTER);                 // nothing typed yet: a problem, and the box as it was
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(predicted.isSelected());
        assertTrue(text("qual-message").startsWith("Type the subject"), text("qual-message"));
        assertTrue(lookup("#qual-subject").queryAs(TextField.class).isFocused(), "focus on the field to fix");
        assertFalse(typeSubject("Physics"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#qual-message").query().isVisible(), "the problem goes once the subject is typed");
        type(KeyCode.TAB);
        write("C");
        interact(() -> lookup("#qual-type").queryAs(ComboBox.class).requestFocus());
        type(KeyCode.ENTER);                 // from the kind chooser, closed, too
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(textOf("qual-list").contains("A level Physics, predicted grade C"), textOf("qual-list"));
    }

    @Test
    void aDegreeClassWrittenOutIsAcceptedAndAProblemGoesOnceTheClassIsPutRight() {
        chooseType(QualificationType.DEGREE);
        if (!typeSubject("Physics")) {
            type(KeyCode.TAB);
        }
        write("Upper third");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("qual-message").startsWith("\u201cUpper third\u201d is not a degree class"), text("qual-message"));
        TextField grade = lookup("#qual-grade").queryAs(ComboBox.class).getEditor();
        assertTrue(grade.isFocused(), "focus on the class to fix");
        interact(grade::selectAll);
        write("Upper second class honours");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#qual-message").query().isVisible(), "the problem goes once the class is put right");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(textOf("qual-list").contains("Degree in Physics, a 2:1"), textOf("qual-list"));
    }

    @Test
    void removingAQualificationUpdatesTheVerdicts() {
        interact(() -> lookup("#qual-subject").queryAs(TextField.class).requestFocus());
        chooseType(QualificationType.DEGREE);
        add("Mechanical engineering", "2:1");
        assertTrue(text("verdict-private-sector-headline").contains("You meet the usual entry requirements"));
        interact(() -> lookup("#remove-qual-0").queryAs(Node.class).requestFocus());
        type(KeyCode.SPACE);
        assertTrue(textOf("qual-list").contains("Nothing added yet"));
        assertFalse(lookup("#verdict-private-sector-headline").tryQuery().isPresent(), "no verdict without qualifications");
    }

    @Test
    void aGraduateIsJudgedAtTheScientistTrainingProgrammeInTheTabAndOnTheMap() {
        enterSchoolReadyForEveryRoute();
        enterQualification(QualificationType.DEGREE, "Physics", "2:2", false);
        enterQualification(QualificationType.EXPERIENCE, "Voluntary work in a hospital", "", false);

        assertEquals("\u2717 Not yet", text("verdict-university-headline"));
        String university = textOf("verdict-university");
        assertTrue(university.contains("(yours is a 2:2)"), university);
        assertEquals(1, from(lookup("#verdict-university").queryAs(Node.class)).lookup(".label").queryAllAs(Label.class)
                .stream().filter(l -> l.getText().toLowerCase().contains("a first or 2:1 degree in a relevant")).count(),
                "the need is said once, under You need: " + university);
        assertEquals("Your 2:2 with a master's degree or doctorate in a relevant science or engineering subject may be "
                + "considered.", text("verdict-university-alternative"));
        assertTrue(university.contains("Earlier steps, not needed now:\n\u2022 Five GCSEs"), university);
        assertFalse(university.contains("\u2713 Five GCSEs") || university.contains("\u2717 Five GCSEs"),
                "school rows are not marked on a graduate's card: " + university);
        assertTrue(text("verdict-private-sector-headline").contains("You meet"));
        assertEquals("\u2192 Another route fits", text("verdict-practitioner-training-headline"));
        // One story: what the University card says is needed next, the same words.
        assertTrue(textOf("verdict-practitioner-training").contains("This route is for people without a degree, and you "
                + "have one. The route for you is University, at its next step: to apply for the NHS Scientist Training "
                + "Programme (STP), you need a first or 2:1 degree in a relevant science or engineering subject (yours is "
                + "a 2:2)."), textOf("verdict-practitioner-training"));

        interact(() -> lookup("#verdict-university-map").queryAs(javafx.scene.control.Hyperlink.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(text("map-verdicts").contains("open to you (highlighted): Degree, then the NHS"),
                "the STP pathway is not shown as open: " + text("map-verdicts"));
        assertTrue(text("map-verdicts").contains("Meant for people without a degree: NHS Practitioner Training Programme."),
                text("map-verdicts"));
        assertEquals("\u2717 Not yet", step("degree").markShown());
        assertEquals("+ Would help", step("hospital-experience").markShown(),
                "one kind of experience out of the two that help");

        enterQualification(QualificationType.HIGHER_DEGREE, "Medical physics", "", false);
        assertTrue(text("verdict-university-headline").contains("may be considered"), text("verdict-university-headline"));
    }

    private StepView step(String id) {
        return lookup("#step-" + id).queryAs(StepView.class);
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass));
    }
}
