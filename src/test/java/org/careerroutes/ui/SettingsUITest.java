package org.careerroutes.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.careerroutes.routemap.StepView;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsUITest extends AppUITestBase {

    private double rootFontSize() {
        return lookup("#attribution").queryAs(javafx.scene.control.Label.class).getFont().getSize() / 0.9;
    }

    private void openSettings() {
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertTrue(windowWith("settings-dialog").isPresent(), "Ctrl+, opens the settings");
    }

    @Test
    void textSizeAppliesLiveEverywhereIncludingTheRouteMapAndIsKept() throws TimeoutException, IOException {
        launch();
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        StepView stp = lookup("#step-stp").queryAs(StepView.class);
        double stepWidthBefore = stp.getWidth();
        assertEquals(15, rootFontSize(), 0.2);

        openSettings();
        Slider size = lookup("#text-size").queryAs(Slider.class);
        interact(size::requestFocus);
        type(KeyCode.END);

        assertEquals(200, (int) size.getValue());
        assertEquals(30, rootFontSize(), 0.3, "the main window's text doubled");
        Window dialog = windowWith("settings-dialog").orElseThrow();
        assertTrue(dialog.getScene().getRoot().getStyle().contains("30.0px"), "the dialog follows too");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        StepView stpAfter = lookup("#step-stp").queryAs(StepView.class);
        assertTrue(stpAfter.getWidth() > stepWidthBefore * 1.8, "map steps grow with the text: " + stpAfter.getWidth());
        assertTrue(stpAfter.prefHeight(stpAfter.getWidth()) <= stpAfter.getHeight() + 0.5, "and still fit their text");

        String saved = Files.readString(new SettingsStore(settingsDir).file());
        assertTrue(saved.contains("textScale=200"), saved);
    }

    @Test
    void aClosedDialogNoLongerFollowsTheSettings() throws TimeoutException {
        launch();
        openSettings();
        Window first = windowWith("settings-dialog").orElseThrow();
        javafx.scene.Parent firstRoot = first.getScene().getRoot();
        type(KeyCode.ESCAPE);
        assertTrue(windowWith("settings-dialog").isEmpty());

        openSettings();
        Slider size = lookup("#text-size").queryAs(Slider.class);
        interact(size::requestFocus);
        type(KeyCode.END);
        assertTrue(!firstRoot.getStyle().contains("30.0px"), "the closed dialog was let go: " + firstRoot.getStyle());
    }

    @Test
    void highContrastSwapsThePalette() throws TimeoutException {
        launch();
        openSettings();
        clickOn("#high-contrast");
        assertTrue(lookup("#high-contrast").queryAs(CheckBox.class).isSelected());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        clickOn("#high-contrast");
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
    }

    @Test
    void reducedMotionIsMarkedOnTheWindow() throws TimeoutException {
        launch();
        openSettings();
        clickOn("#reduced-motion");
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("reduced-motion"));
    }

    @Test
    void settingsAreRestoredAtTheNextStart() throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new SettingsStore(settingsDir).save(Settings.DEFAULTS.withTextScale(150).withHighContrast(true));
        launch();
        assertEquals(22.5, rootFontSize(), 0.3);
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        assertTrue(windowWith("settings-problem").isEmpty());
    }

    @Test
    void aCorruptSettingsFileFallsBackToTheDefaultsAndSaysSo() throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        Files.writeString(new SettingsStore(settingsDir).file(), "textScale=enormous\n");
        launch();
        Window message = windowWith("settings-problem").orElseThrow(() -> new AssertionError("the user is told"));
        String text = allText(message.getScene().getRoot());
        assertTrue(text.contains("the defaults are used"), text);
        assertTrue(text.contains("textScale must be a whole number"), text);
        assertEquals(15, rootFontSize(), 0.2);
    }

    @Test
    void theWindowsPlaceIsSavedWhenItCloses() throws TimeoutException, IOException {
        launch();
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        interact(stage::hide);
        Settings saved = new SettingsStore(settingsDir).load().settings();
        Settings.WindowBounds bounds = saved.window().orElseThrow();
        assertEquals(40, bounds.x(), 0.5);
        assertEquals(1000, bounds.width(), 0.5);
    }
}
