package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.careerroutes.routemap.RouteMapView;
import org.careerroutes.routemap.RouteMapViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The visit cycle with a short idle timeout: "Still there?", keeping a visit, and forgetting it. */
class KioskIdleUITest extends KioskUITestBase {

    private RouteMapView routeMap() {
        return lookup("#page-route-map").match(n -> n.getScene() == stage.getScene()).queryAs(RouteMapView.class);
    }

    @Test
    void afterTheIdleTimeoutThePromptCountsDownAndImStillHereKeepsTheVisit() throws TimeoutException {
        countdownSeconds(4);
        startKiosk("--idle-timeout=1");
        startVisit();
        clickOn(tabHeader("tab-duties"));

        waitUntil(5, () -> shown("still-there"));
        String prompt = allText(lookup("#still-there").query());
        assertTrue(prompt.contains("Still there?"), prompt);
        assertTrue(prompt.matches("(?s).*Your visit ends in [1-4] seconds?, and everything on the screen will be cleared.*"), prompt);
        assertTrue(lookup("#profile-tabs").query().isDisabled(), "the page beneath waits, untouchable");
        assertTrue(lookup("#still-here").query().isFocused(), "Enter or Space answers it too");
        assertTrue(lookup("#still-here").query().getBoundsInLocal().getHeight() >= 44);

        clickOn("#still-here");

        assertFalse(shown("still-there"));
        assertFalse(attractShown());
        assertFalse(lookup("#profile-tabs").query().isDisabled());
        assertEquals("What you'll do", selectedTab(), "the visit goes on where it was");
        waitUntil(5, () -> shown("still-there"));   // and the idle time starts again
    }

    @Test
    void inputOtherThanTheButtonDoesNotAnswerThePromptAndTheVisitorCanEndTheVisit() throws TimeoutException {
        countdownSeconds(5);
        startKiosk("--idle-timeout=1");
        startVisit();
        waitUntil(5, () -> shown("still-there"));
        moveBy(30, 30);
        clickOn(new javafx.geometry.Point2D(200, 200));   // the dimmed screen around the prompt
        assertTrue(shown("still-there"));

        clickOn("#end-visit");
        assertTrue(attractShown());
    }

    @Test
    void whenTheCountdownRunsOutEveryBitOfTheVisitIsGone() throws Exception {
        countdownSeconds(1);
        startKiosk("--idle-timeout=2");
        startVisit();

        // A visitor scrolls the routes page, then on the route map picks a step, a pathway,
        // zooms in and turns on the list view, and copies something.
        clickOn(tabHeader("tab-routes"));
        interact(() -> lookup("#page-routes").queryAs(ScrollPane.class).setVvalue(1));
        clickOn(tabHeader("tab-route-map"));
        RouteMapView map = routeMap();
        double fittedZoom = map.canvas().zoom();
        clickOn("#step-stp");
        interact(() -> lookup("#pathway-chooser").queryAs(ComboBox.class).getSelectionModel().select(2));
        clickOn("#zoom-in");
        clickOn("#list-toggle");
        interact(() -> {
            ClipboardContent copied = new ClipboardContent();
            copied.putString("my predicted grades: 7, 6, 6");
            Clipboard.getSystemClipboard().setContent(copied);
        });
        // ...and enters a grade on "Am I on track?".
        clickOn(tabHeader("tab-on-track"));
        clickOn("#qual-subject");
        write("Maths");
        type(KeyCode.TAB);
        write("7");
        type(KeyCode.ENTER);
        assertTrue(allText(lookup("#qual-list").query()).contains("GCSE Maths, grade 7"));
        WeakReference<Node> oldQualifications = new WeakReference<>(lookup("#my-qualifications").query());
        RouteMapViewModel model = map.model();
        assertEquals("stp", model.selectedStepProperty().get());
        assertTrue(model.pathwayProperty().get() != null && model.detailOpenProperty().get() && model.listViewProperty().get());
        assertTrue(map.canvas().zoom() > fittedZoom);
        WeakReference<Node> oldVisit = new WeakReference<>(lookup("#profile-tabs").query().getParent());
        WeakReference<RouteMapViewModel> oldModel = new WeakReference<>(model);
        map = null;
        model = null;

        waitUntil(5, () -> shown("still-there"));
        waitUntil(5, this::attractShown);

        // Nothing of it is on screen, in memory or on disk.
        assertFalse(isTreeVisible(lookup("#profile-tabs").query()));
        forgetTestFxEventRecord();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                System.gc();
                return oldVisit.get() == null && oldModel.get() == null && oldQualifications.get() == null;
            });
        } catch (TimeoutException e) {
            // Said below, reference by reference.
        }
        assertNull(oldVisit.get(), "the visit's window is gone from memory");
        assertNull(oldModel.get(), "and so is its route map");
        assertNull(oldQualifications.get(), "and the qualifications the visitor entered");
        assertFalse(fx(() -> Clipboard.getSystemClipboard().hasString()), "nothing left on the clipboard");
        assertEquals(List.of(), files(logDir), "nothing written to the log folder");
        // Beside the settings, only the day's totals: that a visit used "Am I on track?", never what it entered.
        Path counts = configDir.resolve("insights").resolve("visit-counts.txt");
        waitUntil(5, () -> listed(configDir).equals(List.of(counts)));
        String written = Files.readString(counts);
        assertTrue(written.contains(" on-track=1 ") && written.contains(" visits=1"), written);
        assertFalse(written.toLowerCase(java.util.Locale.ROOT).contains("maths") || written.contains("grade"), written);

        // The next visitor starts from nothing.
        startVisit();
        assertEquals("Overview", selectedTab());
        clickOn(tabHeader("tab-routes"));
        assertEquals(0, lookup("#page-routes").match(n -> n.getScene() == stage.getScene()).queryAs(ScrollPane.class).getVvalue());
        clickOn(tabHeader("tab-route-map"));
        RouteMapView fresh = routeMap();
        RouteMapViewModel freshModel = fresh.model();
        assertNull(freshModel.selectedStepProperty().get());
        assertNull(freshModel.pathwayProperty().get());
        assertFalse(freshModel.detailOpenProperty().get());
        assertFalse(freshModel.listViewProperty().get());
        assertFalse(lookup("#list-toggle").match(n -> n.getScene() == stage.getScene()).queryAs(ToggleButton.class).isSelected());
        assertEquals(fittedZoom, fresh.canvas().zoom(), 1e-9, "fitted again");
        assertTrue(lookup("#step-detail").match(n -> n.getScene() == stage.getScene()).tryQuery().isEmpty());
        clickOn(tabHeader("tab-on-track"));
        assertTrue(allText(lookup("#qual-list").match(n -> n.getScene() == stage.getScene()).query())
                .contains("Nothing added yet"), "no qualifications carried over");
    }

    /**
     * Key presses, one after another for longer than the idle timeout, keep the prompt away; it
     * comes a whole idle timeout after the last. No sleeping: the keys are pressed as fast as the
     * robot goes (far less than the 2 s timeout apart, however loaded the machine), and the
     * prompt, once up, stays up (other input does not answer it), so checking once at the end
     * sees one that came at any time.
     */
    @Test
    void keysKeepAVisitGoingLikeTouches() throws TimeoutException {
        countdownSeconds(3);
        startKiosk("--idle-timeout=2");
        startVisit();
        long visitStarted = System.nanoTime();
        long lastKey;
        do {
            type(KeyCode.SHIFT);
            lastKey = System.nanoTime();
        } while (lastKey - visitStarted < TimeUnit.MILLISECONDS.toNanos(3_000));
        assertFalse(shown("still-there"), "three seconds of key presses keep a 2 s idle timeout's prompt away");

        waitUntil(5, () -> shown("still-there"));
        long untilPrompt = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastKey);
        assertTrue(untilPrompt >= 1_000, "the prompt comes an idle timeout after the last key, not " + untilPrompt + " ms");
    }

    private static List<Path> listed(Path dir) {
        try {
            return files(dir);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
