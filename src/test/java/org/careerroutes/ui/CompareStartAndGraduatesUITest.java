package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.careerroutes.app.Environment;
import org.careerroutes.compare.StartingPoint;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compare routes as a student with A levels on either side of 1 September, and as a graduate:
 * the tab says when their next step starts and why, and the NHS Practitioner Training Programme
 * is shown as not for a graduate, in the table and the timeline.
 */
class CompareStartAndGraduatesUITest extends AppUITestBase {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Override
    protected Environment environment() {
        return super.environment().withClock(Clock.fixed(now, ZoneId.of("Europe/London")));
    }

    private void openTabAs(StartingPoint from) throws TimeoutException {
        launchAt1024x768();
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(from));
    }

    /** The words of the labels in a node (itself, if a label), one a line, as a person reads them. */
    private String text(String id) {
        Node node = lookup("#" + id).query();
        if (node instanceof Labeled label) {
            return label.getText();
        }
        return String.join("\n", from(node).lookup(".label").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList());
    }

    private void aStudentWithALevelsStartsTheirDegreeInSeptember2027() {
        assertEquals("Times are counted from September 2027, when your next step starts: the first September at "
                + "least 8 months away, as applications for courses, apprenticeships and training programmes close "
                + "months before they start.", text("compare-counted-from"));
        assertTrue(text("timeline-text-degree-stp").contains("2027\u20132030: Accredited degree"),
                text("timeline-text-degree-stp"));
        assertEquals("6 years (registered in 2033)", text("compare-registration-degree-stp"));
    }

    @Test
    void onTheLastDayOfAugustAStudentWithALevelsStartsNotTomorrowButTheSeptemberAfter() throws TimeoutException {
        now = Instant.parse("2026-08-31T12:00:00Z");
        openTabAs(StartingPoint.A_LEVELS);
        aStudentWithALevelsStartsTheirDegreeInSeptember2027();
    }

    @Test
    void onTheFirstOfSeptemberTheSameStudentStartsInTheSameSeptember() throws TimeoutException {
        now = Instant.parse("2026-09-01T12:00:00Z");
        openTabAs(StartingPoint.A_LEVELS);
        aStudentWithALevelsStartsTheirDegreeInSeptember2027();
    }

    @Test
    void aGraduateIsShownThePractitionerTrainingProgrammeAsNotForThem() throws TimeoutException {
        openTabAs(StartingPoint.DEGREE);
        assertEquals("\u2192 Not for you: this route is for people without a degree, and you have one",
                text("compare-registration-ptp"));
        assertEquals(text("compare-registration-ptp"), text("compare-role-ptp"));
        String chart = text("timeline-not-for-you-ptp");
        assertEquals("\u2192 Not for you: This route is for people without a degree, and you have one. The route that "
                + "fits is University, at its next step: to apply for the NHS Scientist Training Programme (STP).", chart);
        assertFalse(text("timeline-chart").contains("NHS Practitioner Training Programme \u2014 registration"),
                "no year of registration is offered");
        assertTrue(lookup("#timeline-step-ptp-ptp").tryQuery().isEmpty(), "no bar for the programme");
        assertTrue(text("timeline-text-ptp").endsWith(chart), text("timeline-text-ptp"));
        // The University route's next step is the graduate's, with its years.
        assertEquals("3 years (registered in 2030)", text("compare-registration-degree-stp"));
        // Back to A levels: the programme is offered again.
        interact(() -> lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(StartingPoint.A_LEVELS));
        assertEquals("3 years (registered in 2030)", text("compare-registration-ptp"));
    }

    @Test
    void theApprenticeshipsPayCitesGovUkAndItsQualificationIsAtLevel6() throws TimeoutException {
        openTabAs(StartingPoint.YEAR_12);
        String paid = text("compare-paid-apprenticeship");
        assertTrue(paid.contains("Healthcare science practitioner degree apprenticeship: Employed as an apprentice and "
                + "paid a wage, at least the apprentice rate of the National Minimum Wage; no tuition fees\nSource: GOV.UK, "
                + "\u201cBecome an apprentice\u201d, pay and conditions (checked December 2026)"), paid);
        assertTrue(text("compare-qualifications-apprenticeship").contains("A degree apprenticeship at level 6"),
                text("compare-qualifications-apprenticeship"));
        assertFalse(text("compare-paid-degree-stp").contains("apprenticeship"), text("compare-paid-degree-stp"));
    }
}
