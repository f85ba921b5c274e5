package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Am I on track?" through the real form, for what graduates and students really type: degree
 * titles as universities write them, a misspelt subject, a foundation degree, triple science, a
 * grade that is not one; and one story on every card for a graduate in another subject.
 */
class OnTrackDegreesUITest extends AppUITestBase {

    @BeforeEach
    void openTheTab() throws TimeoutException {
        launch();
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    private String card(String route) {
        return allText(lookup("#verdict-" + route).queryAs(Node.class));
    }

    /** Chooses the kind from the keyboard, then types the subject and the grade and presses Enter. */
    private void typeIn(QualificationType type, String subject, String grade) {
        ComboBox<?> types = lookup("#qual-type").queryAs(ComboBox.class);
        interact(types::requestFocus);
        for (int i = 0; i < QualificationType.values().length; i++) {
            type(KeyCode.UP);
        }
        for (int i = 0; i < type.ordinal(); i++) {
            type(KeyCode.DOWN);
        }
        assertEquals(type, types.getValue());
        // What was typed before, kept after a problem, is selected and typed over, as a person would.
        TextField subjectField = lookup("#qual-subject").queryAs(TextField.class);
        interact(() -> {
            subjectField.requestFocus();
            subjectField.selectAll();
        });
        write(subject);
        TextField gradeField = lookup("#qual-grade").queryAs(ComboBox.class).getEditor();
        interact(() -> {
            gradeField.requestFocus();
            gradeField.selectAll();
        });
        write(grade);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void degreeTitlesAsUniversitiesWriteThemAreRecognisedAndAMisspellingIsQuestioned() {
        typeIn(QualificationType.DEGREE, "BEng (Hons) Electronic and Electrical Engineering", "2:1");
        assertEquals("Added: Degree in Electrical or electronic engineering, a 2:1.", label("qual-message"));
        assertTrue(label("verdict-university-headline").contains("You meet the usual entry requirements to apply for the "
                + "NHS Scientist Training Programme (STP)"), label("verdict-university-headline"));

        typeIn(QualificationType.DEGREE, "Phyiscs", "2:1");
        assertEquals("Added: Degree in Phyiscs, a 2:1. We don't know that subject, so it counts only as a degree. "
                + "Did you mean Physics?", label("qual-message"));

        typeIn(QualificationType.DEGREE, "Mathematics and Physics", "first");
        assertEquals("Added: Degree in Maths and physics, a first. Read as joint honours in maths and physics: both "
                + "count as main subjects.", label("qual-message"));
    }

    @Test
    void aFoundationDegreeIsEnteredWithItsGradeAndTheCardsSayWhatItMeans() {
        enterQualification(QualificationType.GCSE, "Maths", "6", false);
        enterQualification(QualificationType.GCSE, "English language", "6", false);
        enterQualification(QualificationType.GCSE, "Combined science", "6-6", false);
        enterQualification(QualificationType.GCSE, "History", "5", false);
        enterQualification(QualificationType.A_LEVEL, "Maths", "B", false);
        enterQualification(QualificationType.A_LEVEL, "Physics", "B", false);
        typeIn(QualificationType.FOUNDATION_DEGREE, "FdSc Mechanical Engineering", "Merit");
        assertEquals("Added: Foundation degree in Mechanical engineering, a merit.", label("qual-message"));
        assertTrue(card("university").contains("A first or 2:1 degree in a relevant science or engineering subject: not "
                + "yet (your foundation degree in mechanical engineering is not a bachelor's degree)"), card("university"));
        assertTrue(card("private-sector").contains("(your foundation degree in mechanical engineering is not a bachelor's "
                + "degree)"), card("private-sector"));
        assertEquals("\u2713 You meet the usual entry requirements", label("verdict-practitioner-training-headline"),
                "a foundation degree is not a degree: the programme for people without one is open");
    }

    @Test
    void aGradeThatIsNotOneAndTripleScienceAreSaidAsTheyAre() {
        typeIn(QualificationType.GCSE, "Maths", "-4");
        assertEquals("\u201c-4\u201d is not a GCSE grade: a grade has no minus sign. Use 9 to 1, or a letter A* to G "
                + "for older GCSEs.", label("qual-message"));
        typeIn(QualificationType.GCSE, "Triple science", "7-6-5");
        assertEquals("Added triple science as three GCSEs: GCSE Biology, grade 7; GCSE Chemistry, grade 6; GCSE Physics, "
                + "grade 5.", label("qual-message"));
        String list = allText(lookup("#qual-list").queryAs(Node.class));
        assertTrue(list.contains("GCSE Biology, grade 7") && list.contains("GCSE Physics, grade 5"), list);
    }

    @Test
    void aGraduateInAnotherSubjectIsToldOneStoryOnEveryCard() {
        enterQualification(QualificationType.DEGREE, "BA (Hons) History", "2:1", false);
        String need = "a degree in a relevant science or engineering subject, or a master's or doctorate in one";
        for (String route : java.util.List.of("university", "private-sector", "practitioner-training")) {
            assertTrue(card(route).contains(need), route + ": " + card(route));
        }
        // With a master's in a relevant subject: the same rule named on each card, and met.
        enterQualification(QualificationType.HIGHER_DEGREE, "MSc Medical Physics", "", false);
        String rule = "Your master's or doctorate in medical physics counts for the degree's subject: a master's degree "
                + "or doctorate in a relevant science or engineering subject does, whatever the subject of your first degree.";
        for (String route : java.util.List.of("university", "private-sector", "practitioner-training")) {
            assertTrue(card(route).contains(rule), route + ": " + card(route));
        }
        assertTrue(label("verdict-university-headline").contains("You meet the usual entry requirements to apply"));
    }
}
