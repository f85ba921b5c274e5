package org.careerroutes.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The route map is readable on a careers-room screen (1024x768) at normal and double text: its
 * step titles are drawn large enough on screen to read, and the map has most of the window, when
 * it opens, once a pathway is chosen (with a student's qualifications entered, so their summary
 * shows too) and while a step's details are open. Sizes are measured as drawn: a title's font
 * size times the map's scale on screen.
 */
class RouteMapReadableUITest extends AppUITestBase {

    /** What one situation measured, for the report. */
    private record Measure(String situation, double titlePx, double mapShare) {
        @Override
        public String toString() {
            return String.format("%s: titles %.1f px high, map %.0f%% of the window's height", situation, titlePx,
                    mapShare * 100);
        }
    }

    @ParameterizedTest(name = "1024x768 at {0}% text: titles at least {1} px, map at least {2}% of the height")
    @CsvSource({"100, 12, 60", "200, 20, 45"})
    void stepTitlesAreReadableAndTheMapHasTheScreen(int textScale, double minTitlePx, double minSharePercent)
            throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new org.careerroutes.settings.SettingsStore(settingsDir)
                .save(org.careerroutes.settings.Settings.DEFAULTS.withTextScale(textScale));
        launchAt1024x768();
        List<Measure> measures = new ArrayList<>();
        List<String> hidden = new ArrayList<>();

        select(ProfileSection.ROUTE_MAP);
        measures.add(measure("on opening"));
        Node first = lookup("#step-gcses").query();
        if (!shownWhole(first)) {
            hidden.add("the map opens on the start of the journey (GCSEs)");
        }

        select(ProfileSection.ON_TRACK);
        enterQualification(QualificationType.GCSE, "Maths", "6", false);
        enterQualification(QualificationType.GCSE, "English language", "6", false);
        enterQualification(QualificationType.A_LEVEL, "Physics", "B", true);
        select(ProfileSection.ROUTE_MAP);
        ComboBox<?> chooser = lookup("#pathway-chooser").queryAs(ComboBox.class);
        interact(() -> chooser.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        measures.add(measure("after choosing a pathway"));
        if (!shownWhole(first)) {
            hidden.add("the chosen pathway's first step is in view");
        }

        clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#step-detail").tryQuery().map(Node::isVisible).orElse(false), "the details are open");
        measures.add(measure("with a step's details open"));
        if (!shownWhole(first)) {
            hidden.add("the step whose details are open is not hidden by them");
        }

        System.out.println("Route map at 1024x768, " + textScale + "% text: " + measures);
        for (Measure m : measures) {
            assertTrue(m.titlePx() >= minTitlePx, m + ": titles at least " + minTitlePx + " px");
            assertTrue(m.mapShare() * 100 >= minSharePercent, m + ": map at least " + minSharePercent + "%");
        }
        assertEquals(List.of(), hidden, "steps that should be in view");
    }

    private void select(ProfileSection section) {
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals(section.tabId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Measure measure(String situation) {
        interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Every title is drawn at the same size; the smallest is the one that counts.
        double titlePx = lookup(".map-step .step-title").queryAllAs(Label.class).stream()
                .mapToDouble(RouteMapReadableUITest::heightOnScreen).min().orElseThrow();
        Region canvas = lookup("#map-canvas").queryAs(Region.class);
        Bounds map = canvas.localToScene(canvas.getBoundsInLocal());
        // Only what shows counts: the tab scrolls when its content is taller than the tab.
        Region tab = lookup(".fill-or-scroll").queryAs(Region.class);
        Bounds shown = tab.localToScene(tab.getBoundsInLocal());
        double visible = Math.min(map.getMaxY(), shown.getMaxY()) - Math.max(map.getMinY(), shown.getMinY());
        // Whatever floats over the map (the details panel) covers it but does not shrink it.
        return new Measure(situation, titlePx, visible / stage.getHeight());
    }

    /** A title's font size times the scale it is drawn at on screen. */
    private static double heightOnScreen(Label title) {
        double scale = title.getLocalToSceneTransform().getMyy();
        return title.getFont().getSize() * scale;
    }

    /** Whether a node is wholly inside the map's window and not under the details panel. */
    private boolean shownWhole(Node node) {
        Region canvas = lookup("#map-canvas").queryAs(Region.class);
        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        boolean inside = view.contains(b);
        return inside && lookup("#step-detail").tryQuery().filter(Node::isVisible)
                .map(panel -> !panel.localToScene(panel.getBoundsInLocal()).intersects(b)).orElse(true);
    }
}
