package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.careerroutes.app.Environment;
import org.careerroutes.kit.SideScroller;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student compares routes side by side and reads the timeline from where they stand. */
class CompareUITest extends AppUITestBase {

    /** The app's clock stands at this moment; the school year 2026 to 2027. */
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Override
    protected Environment environment() {
        Environment base = super.environment();
        return new Environment(base.settingsFolder(), base.kioskConfigFolder(), base.logFolder(),
                Clock.fixed(now, ZoneId.of("Europe/London")), base.countdown(), base.leastPinIterations(),
                base.pinLockedAtStart());
    }

    private void openTab() throws TimeoutException {
        launchAt1024x768();
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProfileSection.COMPARE.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId(), "Ctrl+9 opens it");
    }

    /** The words of every label under a node, one a line, as a person reads them. */
    private String text(String id) {
        List<String> words = new java.util.ArrayList<>();
        collect(lookup("#" + id).queryAs(Node.class), words);
        return String.join("\n", words);
    }

    private static void collect(Node node, List<String> words) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled labeled) {
            if (labeled.getText() != null && !labeled.getText().isBlank()) {
                words.add(labeled.getText());
            }
            return;
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, words));
        }
    }

    @Test
    void theFirstThreeRoutesStandSideBySideWithTheirTimesPayAndRegister() throws TimeoutException {
        openTab();
        assertTrue(lookup("#compare-choose-degree-stp").queryAs(CheckBox.class).isSelected());
        assertTrue(lookup("#compare-choose-apprenticeship").queryAs(CheckBox.class).isSelected(), "an apprenticeship alongside the degrees");
        assertTrue(lookup("#compare-choose-ptp").queryAs(CheckBox.class).isSelected());
        assertFalse(lookup("#compare-choose-private-sector").queryAs(CheckBox.class).isSelected());
        assertTrue(text("compare-counted-from").startsWith("Times are counted from September 2026, the start of Year 12."),
                text("compare-counted-from"));
        assertEquals("8 years (registered in 2034)", text("compare-registration-degree-stp"));
        assertEquals("5 years (registered in 2031)", text("compare-registration-apprenticeship"));
        assertEquals("5 years (starting in 2031)", text("compare-role-ptp"));
        String paid = text("compare-paid-degree-stp");
        assertTrue(paid.contains("\u2717 Not paid\nAccredited degree: You study at university as a student, not as an employee\nSource: "), paid);
        assertTrue(paid.contains("\u2713 Paid\nNHS Scientist Training Programme (STP): Employed by the NHS on a fixed-term contract"), paid);
        assertTrue(text("compare-paid-apprenticeship").contains("\nSource: GOV.UK"), text("compare-paid-apprenticeship"));
        assertTrue(text("compare-registers-ptp").contains("The Health and Care Professions Council (HCPC) register"));
        assertTrue(text("compare-qualifications-ptp").contains("BSc (Hons) Healthcare Science"));
        assertTrue(text("compare-entry-degree-stp").contains("two or three A levels, including maths and physics"));
        assertTrue(lookup("#compare-verdict-degree-stp").tryQuery().isEmpty(), "no verdict before any qualification is entered");
        assertTrue(text("compare-verdict-hint").contains("Am I on track?"));
    }

    @Test
    void choosingTheFourthRouteAndAGraduateStartingPointChangesTheTableAndTheTimeline() throws TimeoutException {
        openTab();
        clickOn("#compare-choose-private-sector");
        assertTrue(lookup("#compare-registration-private-sector").tryQuery().isPresent(), "a fourth column");
        assertTrue(text("compare-registration-private-sector").startsWith("Varies: "), "never a guess");
        assertTrue(text("compare-registers-private-sector").contains("Chartered engineer status"));
        // Four chosen: no fifth (there is none), and each can be unticked.
        assertFalse(lookup("#compare-choose-degree-stp").queryAs(CheckBox.class).isDisabled());

        interact(() -> lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(StartingPoint.DEGREE));
        assertEquals("3 years (registered in 2030)", text("compare-registration-degree-stp"));
        assertEquals(List.of("Degree, then the NHS Scientist Training Programme",
                        "\u2022 \u2713 done: GCSEs", "\u2022 \u2713 done: A levels or college qualifications",
                        "\u2022 \u2713 done: Accredited degree",
                        "\u2022 2027\u20132030: NHS Scientist Training Programme (STP)",
                        "\u2022 2030: Register with the HCPC", "\u2022 2030: Clinical engineer"),
                List.of(text("timeline-text-degree-stp").split("\n")));
        String chart = text("timeline-chart");
        assertTrue(chart.contains("Degree, then the NHS Scientist Training Programme \u2014 registration in 2030"), chart);
        assertTrue(chart.contains("\u2713 done: GCSEs; A levels or college qualifications; Accredited degree"), chart);
        assertTrue(chart.contains("Work in the private sector\n2027 onwards, length varies"), chart);
        assertTrue(chart.contains("Then, in years that vary: Chartered engineer status; Clinical engineer"), chart);
        assertTrue(chart.contains("Degree, then the private sector to chartered engineer \u2014 registration: year varies"), chart);
        assertTrue(text("timeline-text-private-sector").contains("varies: Chartered engineer status"));

        // Unticking down to two: the last two cannot be unticked.
        clickOn("#compare-choose-private-sector");
        clickOn("#compare-choose-ptp");
        assertTrue(lookup("#compare-choose-degree-stp").queryAs(CheckBox.class).isDisabled());
        assertTrue(lookup("#compare-choose-apprenticeship").queryAs(CheckBox.class).isDisabled());
        assertTrue(lookup("#compare-registration-ptp").tryQuery().isEmpty());
    }

    @Test
    void theYearChosenMovesTheTimelineAndTheClockGivesTheDefault() throws TimeoutException {
        openTab();
        ComboBox<?> year = lookup("#compare-year").queryAs(ComboBox.class);
        assertEquals(2026, year.getValue());
        assertTrue(text("timeline-text-apprenticeship").contains("2026\u20132028: A levels or college qualifications (you are here)"));
        interact(year::requestFocus);
        type(KeyCode.DOWN);
        assertEquals(2027, year.getValue());
        assertTrue(text("timeline-text-apprenticeship").contains("2027\u20132029: A levels or college qualifications (you are here)"));
        assertTrue(text("timeline-text-apprenticeship").contains("2032: Register with the HCPC"));
    }

    @Test
    void onTheLastDayOfAugustItIsStillLastSchoolYear() throws TimeoutException {
        now = Instant.parse("2026-08-31T12:00:00Z");
        openTab();
        assertEquals(2025, lookup("#compare-year").queryAs(ComboBox.class).getValue());
        assertTrue(text("timeline-text-degree-stp").contains("2025\u20132027: A levels or college qualifications (you are here)"));
    }

    @Test
    void theVerdictForEachRouteShowsOnceQualificationsAreEntered() throws TimeoutException {
        launchAt1024x768();
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        enterQualification(QualificationType.GCSE, "Maths", "7", false);
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = text("compare-verdict-degree-stp");
        assertTrue(verdict.startsWith("\u2717 Not yet: you need"), verdict);
        // Entered while the tab is open: it follows.
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        enterQualification(QualificationType.DEGREE, "Electrical or electronic engineering", "2:1", false);
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("compare-verdict-ptp").startsWith("\u2192 Another route fits"), text("compare-verdict-ptp"));
    }

    @Test
    void theChoicesStayInTheWindowWhenAnotherProfileIsOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String json;
        try (java.io.InputStream in = CompareUITest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.nio.file.Files.writeString(dir.resolve("a.json"), json);
        java.nio.file.Files.writeString(dir.resolve("b.json"), json
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"medical-physicist\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Medical physicist\""));
        launch("--content=" + dir);
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        interact(() -> {
            lookup("#compare-choose-private-sector").queryAs(CheckBox.class).setSelected(true);
            lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(StartingPoint.YEAR_13);
        });
        clickOn("Profile");
        clickOn("Medical physicist");
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Time to the medical physicist role", text("compare-row-2"), "the other profile's page");
        assertTrue(lookup("#compare-choose-private-sector").queryAs(CheckBox.class).isSelected(), "the same routes, by id");
        assertEquals(StartingPoint.YEAR_13, lookup("#compare-from").queryAs(ComboBox.class).getValue());
        assertEquals("7 years (registered in 2033)", text("compare-registration-degree-stp"));
        // And the new page follows what the student changes.
        interact(() -> lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(StartingPoint.DEGREE));
        assertEquals("3 years (registered in 2030)", text("compare-registration-degree-stp"));
    }

    @Test
    void showOnTheRouteMapOpensTheMapWithThatRouteChosen() throws TimeoutException {
        openTab();
        clickOn("#compare-show-apprenticeship");
        assertEquals(ProfileSection.ROUTE_MAP.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("Degree apprenticeship", lookup("#pathway-chooser").queryAs(ComboBox.class).getValue().toString()
                .replaceAll(".*title=([^,\\]]*).*", "$1"));
    }

    @Test
    void aColumnBecomesTheRouteInMyPlan() throws TimeoutException {
        openTab();
        javafx.scene.control.Button mine = lookup("#compare-my-plan-apprenticeship").queryAs(javafx.scene.control.Button.class);
        assertEquals("\u2606 Make this my plan", mine.getText());
        interact(mine::requestFocus);
        type(KeyCode.SPACE);
        assertEquals("\u2605 My plan's route", lookup("#compare-my-plan-apprenticeship")
                .queryAs(javafx.scene.control.Button.class).getText());
        assertEquals("\u2606 Make this my plan", lookup("#compare-my-plan-degree-stp")
                .queryAs(javafx.scene.control.Button.class).getText(), "only one route is the plan's");
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("apprenticeship", lookup("#my-plan-pathway").queryAs(ComboBox.class).getValue());
    }

    @Test
    void everythingIsReachedFromTheKeyboard() throws TimeoutException {
        openTab();
        // Into the page, then Tab through the route boxes, the two choosers and each column's button.
        Node focused = null;
        List<String> reached = new java.util.ArrayList<>();
        interact(() -> lookup("#compare-choose-degree-stp").query().requestFocus());
        for (int i = 0; i < 16; i++) {
            focused = stage.getScene().getFocusOwner();
            if (focused != null && focused.getId() != null) {
                reached.add(focused.getId());
            }
            type(KeyCode.TAB);
        }
        assertTrue(reached.containsAll(List.of("compare-choose-degree-stp", "compare-choose-private-sector", "compare-from",
                "compare-year", "compare-show-degree-stp", "compare-show-apprenticeship", "compare-show-ptp")), reached::toString);
        // Space ticks a box; the choosers change with the arrow keys.
        interact(() -> lookup("#compare-choose-private-sector").query().requestFocus());
        type(KeyCode.SPACE);
        assertTrue(lookup("#compare-registration-private-sector").tryQuery().isPresent());
        interact(() -> lookup("#compare-from").query().requestFocus());
        type(KeyCode.DOWN);
        assertEquals(StartingPoint.YEAR_13, lookup("#compare-from").queryAs(ComboBox.class).getValue());
        assertEquals("7 years (registered in 2033)", text("compare-registration-degree-stp"));
        // A column's button off to the side is scrolled into view when it takes focus.
        SideScroller table = lookup("#compare-table-scroll").queryAs(SideScroller.class);
        interact(() -> lookup("#compare-show-private-sector").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Node button = lookup("#compare-show-private-sector").query();
        double right = button.localToScene(button.getBoundsInLocal()).getMaxX();
        double viewRight = table.localToScene(table.getBoundsInLocal()).getMaxX();
        assertTrue(right <= viewRight + 1, "the focused button is in view: " + right + " > " + viewRight);
        // The timeline is a Tab stop of its own, and the arrow keys scroll it sideways.
        interact(() -> lookup("#compare-from").queryAs(ComboBox.class).getSelectionModel().select(StartingPoint.YEAR_10));
        SideScroller timeline = lookup("#timeline-scroll").queryAs(SideScroller.class);
        assertTrue(timeline.isFocusTraversable());
        assertTrue(timeline.getContent().getLayoutBounds().getWidth() > timeline.viewWidth(),
                "ten years and more do not fit at 1024x768");
        interact(timeline::requestFocus);
        assertEquals(0, timeline.offset());
        type(KeyCode.RIGHT);
        type(KeyCode.RIGHT);
        assertTrue(timeline.offset() > 0, "scrolled sideways");

        interact(() -> lookup("#compare-show-private-sector").query().requestFocus());
        type(KeyCode.ENTER);
        assertEquals(ProfileSection.ROUTE_MAP.tabId(),
                lookup("#profile-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }
}
