package org.careerroutes.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dialogs grow with the text size: at 200% every control sits inside its dialog, no words are
 * cut short ("Cl…"), and the dialog still fits a 1024x768 school screen.
 */
class LayoutOfDialogsUITest extends AppUITestBase {

    private void launchWithText(int textScale) throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new SettingsStore(settingsDir).save(Settings.DEFAULTS.withTextScale(textScale));
        launchAt1024x768();
    }

    @ParameterizedTest(name = "{0} at 200% text")
    @ValueSource(strings = {"settings-dialog", "shortcuts-dialog", "about-dialog"})
    void everyControlIsInsideTheDialogAndNothingIsCutShort(String id) throws TimeoutException, IOException {
        launchWithText(200);
        switch (id) {
            case "settings-dialog" -> press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
            case "shortcuts-dialog" -> type(KeyCode.F1);
            default -> clickOn("#footer-about");
        }
        Window dialog = windowWith(id).orElseThrow(() -> new AssertionError(id + " is shown"));
        Scene scene = dialog.getScene();
        assertEquals(30.0, ((DialogPane) scene.getRoot().lookup("#" + id)).lookupButton(ButtonType.CLOSE) instanceof Labeled l
                ? l.getFont().getSize() : 0, 0.5, "the dialog's own words are at 200% (30 px)");

        DialogPane shownPane = (DialogPane) scene.getRoot().lookup("#" + id);
        assertEquals(List.of(), problems(scene), id + " at 200% in a " + dialog.getWidth() + "x" + dialog.getHeight()
                + " window; the dialog wants " + shownPane.prefWidth(-1) + "x" + shownPane.prefHeight(-1));
        assertTrue(dialog.getWidth() <= 1024 && dialog.getHeight() <= 768,
                id + " fits a 1024x768 screen: " + dialog.getWidth() + "x" + dialog.getHeight());
        Button close = (Button) ((DialogPane) scene.getRoot().lookup("#" + id)).lookupButton(ButtonType.CLOSE);
        assertEquals("Close", shownText(close), "the Close button shows its word in full");
    }

    @Test
    void theProblemsInAProfileAreShownInFullAt200Percent() throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new SettingsStore(settingsDir).save(Settings.DEFAULTS.withTextScale(200));
        java.nio.file.Path bad = Files.writeString(settingsDir.resolve("bad.json"), "{\n  \"id\": 3\n}\n");
        launch("--content=" + bad);
        Window dialog = windowWith("problems-dialog").orElseThrow(() -> new AssertionError("problems dialog shown"));
        assertEquals(List.of(), problems(dialog.getScene()), "the problems dialog at 200%");
        assertTrue(dialog.getWidth() <= 1024, "fits a 1024 px screen: " + dialog.getWidth());
    }

    @Test
    void theSettingsDialogGrowsWhenTheTextSizeIsTurnedUpWhileItIsOpen() throws TimeoutException, IOException {
        launchWithText(100);
        // The window at the screen's right edge: the dialog, placed over it, grows towards that edge.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        interact(() -> stage.setX(screen.getMaxX() - stage.getWidth()));
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        Window dialog = windowWith("settings-dialog").orElseThrow();
        double before = dialog.getWidth();
        clickOn("#text-size");
        for (int i = 0; i < 12; i++) {
            type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("200%", lookup("#text-size-value").queryAs(Labeled.class).getText());
        assertTrue(dialog.getWidth() > before, "wider at 200%: " + before + " -> " + dialog.getWidth());
        assertEquals(List.of(), problems(dialog.getScene()), "settings turned up to 200% while open");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Rectangle2D placed = new javafx.geometry.Rectangle2D(dialog.getX(), dialog.getY(),
                dialog.getWidth(), dialog.getHeight());
        assertTrue(placed.getMinX() >= screen.getMinX() && placed.getMaxX() <= screen.getMaxX()
                        && placed.getMinY() >= screen.getMinY() && placed.getMaxY() <= screen.getMaxY(),
                "the dialog stays on the screen " + screen + " as it grows: " + placed);
    }

    @Test
    void aSettingsProblemAtLargeTextShowsItsHeadlineAndMessageInFull() throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        Files.writeString(new SettingsStore(settingsDir).file(), "textScale=200\nhighContrast=maybe\n", StandardCharsets.UTF_8);
        launchAt1024x768();
        Window message = windowWith("settings-problem").orElseThrow(() -> new AssertionError("the user is told"));
        DialogPane pane = (DialogPane) message.getScene().getRoot().lookup("#settings-problem");
        assertEquals(List.of(), problems(message.getScene()), "the settings problem at 200%");
        TextArea text = (TextArea) pane.lookup("#settings-problem-text");
        WaitForAsyncUtils.waitForFxEvents();
        for (Node bar : text.lookupAll(".scroll-bar")) {
            javafx.scene.control.ScrollBar scroll = (javafx.scene.control.ScrollBar) bar;
            assertTrue(scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL || !scroll.isVisible()
                    || scroll.getVisibleAmount() >= scroll.getMax() - scroll.getMin(), "the whole message is in view");
        }
        assertTrue(message.getWidth() <= 1024, "fits a 1024 px screen: " + message.getWidth());
    }

    /** Controls reaching past the dialog's edges, and words cut short, in a dialog's scene. */
    private List<String> problems(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        List<String> found = new ArrayList<>();
        collect(scene.getRoot(), scene.getWidth(), scene.getHeight(), found);
        return found;
    }

    private static void collect(Node node, double width, double height, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && !(control.getParent() instanceof Control) && !insideScrollPane(control)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
                found.add(describe(control) + " at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " to "
                        + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + " in a " + Math.round(width) + "x"
                        + Math.round(height) + " dialog");
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            if (shown != null && !shown.equals(full)) {
                found.add(full + " -> " + shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, width, height, found);
            }
        }
    }

    /** Inside a scrolling area a control need only be reachable by scrolling; the area itself must be in the dialog. */
    private static boolean insideScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /** What a Labeled's skin draws, which ends in "…" when the words do not fit. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Control control) {
        String name = control instanceof Labeled l ? "\"" + l.getText() + "\"" : control.getClass().getSimpleName();
        return control.getId() != null ? name + " #" + control.getId() : name;
    }
}
