package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Am I on track?" through the real form, for what graduates and students really type: degree
 * titles as universities write them, a misspelt subject, a foundation degree, triple science, a
 * grade that is not one; and one story on every card for a graduate in another subject.
 */
class OnTrackDegreesUITest extends OnTrackUITestBase {

    /** Chooses the kind from the keyboard, then types the subject and the grade and presses Enter. */
    private void typeIn(QualificationType type, String subject, String grade) {
        chooseType(type);
        typeOver(lookup("#qual-subject").queryAs(TextField.class), subject);
        typeOver(lookup("#qual-grade").queryAs(ComboBox.class).getEditor(), grade);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What was typed before, kept after a problem, is selected and typed over, as a person would. */
    private void typeOver(TextField field, String words) {
        interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        write(words);
    }

    @Test
    void degreeTitlesAsUniversitiesWriteThemAreRecognisedAndAMisspellingIsQuestioned() {
        typeIn(QualificationType.DEGREE, "BEng (Hons) Electronic and Electrical Engineering", "2:1");
        assertEquals("Added: Degree in Electrical or electronic engineering, a 2:1.", text("qual-message"));
        assertTrue(text("verdict-university-headline").contains("You meet the usual entry requirements to apply for the "
                + "NHS Scientist Training Programme (STP)"), text("verdict-university-headline"));

        typeIn(QualificationType.DEGREE, "Phyiscs", "2:1");
        assertEquals("Added: Degree in Phyiscs, a 2:1. We don't know that subject, so it counts only as a degree. "
                + "Did you mean Physics?", text("qual-message"));

        typeIn(QualificationType.DEGREE, "Mathematics and Physics", "first");
        assertEquals("Added: Degree in Maths and physics, a first. Read as joint honours in maths and physics: both "
                + "count as main subjects.", text("qual-message"));
    }

    @Test
    void aFoundationDegreeIsEnteredWithItsGradeAndTheCardsSayWhatItMeans() {
        enterSchoolReadyForEveryRoute();
        typeIn(QualificationType.FOUNDATION_DEGREE, "FdSc Mechanical Engineering", "Merit");
        assertEquals("Added: Foundation degree in Mechanical engineering, a merit.", text("qual-message"));
        assertTrue(textOf("verdict-university").contains("A first or 2:1 degree in a relevant science or engineering subject: not "
                + "yet (your foundation degree in mechanical engineering is not a bachelor's degree)"), textOf("verdict-university"));
        assertTrue(textOf("verdict-private-sector").contains("(your foundation degree in mechanical engineering is not a bachelor's "
                + "degree)"), textOf("verdict-private-sector"));
        assertEquals("\u2713 You meet the usual entry requirements", text("verdict-practitioner-training-headline"),
                "a foundation degree is not a degree: the programme for people without one is open");
    }

    @Test
    void aGradeThatIsNotOneAndTripleScienceAreSaidAsTheyAre() {
        typeIn(QualificationType.GCSE, "Maths", "-4");
        assertEquals("\u201c-4\u201d is not a GCSE grade: a grade has no minus sign. Use 9 to 1, or a letter A* to G "
                + "for older GCSEs.", text("qual-message"));
        typeIn(QualificationType.GCSE, "Triple science", "7-6-5");
        assertEquals("Added triple science as three GCSEs: GCSE Biology, grade 7; GCSE Chemistry, grade 6; GCSE Physics, "
                + "grade 5.", text("qual-message"));
        String list = allText(lookup("#qual-list").queryAs(Node.class));
        assertTrue(list.contains("GCSE Biology, grade 7") && list.contains("GCSE Physics, grade 5"), list);
    }

    @Test
    void aGraduateInAnotherSubjectIsToldOneStoryOnEveryCard() {
        enterQualification(QualificationType.DEGREE, "BA (Hons) History", "2:1", false);
        String need = "a degree in a relevant science or engineering subject, or a master's or doctorate in one";
        for (String route : java.util.List.of("university", "private-sector", "practitioner-training")) {
            assertTrue(textOf("verdict-" + route).contains(need), route + ": " + textOf("verdict-" + route));
        }
        // With a master's in a relevant subject: the same rule named on each card, and met.
        enterQualification(QualificationType.HIGHER_DEGREE, "MSc Medical Physics", "", false);
        String rule = "Your master's or doctorate in medical physics counts for the degree's subject: a master's degree "
                + "or doctorate in a relevant science or engineering subject does, whatever the subject of your first degree.";
        for (String route : java.util.List.of("university", "private-sector", "practitioner-training")) {
            assertTrue(textOf("verdict-" + route).contains(rule), route + ": " + textOf("verdict-" + route));
        }
        assertTrue(text("verdict-university-headline").contains("You meet the usual entry requirements to apply"));
    }
}
