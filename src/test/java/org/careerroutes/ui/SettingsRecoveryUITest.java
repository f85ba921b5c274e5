package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerroutes.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A settings file with a later version's setting, a byte-order mark and one bad value loses nothing. */
class SettingsRecoveryUITest extends AppUITestBase {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theGoodSettingsAreUsedTheProblemIsShownInFullAndNothingIsLostOnClose() throws TimeoutException, IOException {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        Path file = new SettingsStore(settingsDir).file();
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        original.write(BYTE_ORDER_MARK);
        original.write("textScale=150\nfontFamily=Arial\nhighContrast=yes\nreducedMotion=true\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, original.toByteArray());

        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            launch();
        } finally {
            System.setErr(standardError);
        }

        Window message = windowWith("settings-problem").orElseThrow(() -> new AssertionError("the user is told"));
        DialogPane pane = (DialogPane) message.getScene().getRoot().lookup("#settings-problem");
        assertEquals("Some of your settings could not be read", pane.getHeaderText());
        assertFalse(((Stage) message).getTitle().toLowerCase().contains("reset"), ((Stage) message).getTitle());
        TextArea text = (TextArea) pane.lookup("#settings-problem-text");
        String shown = text.getText();
        assertTrue(shown.contains("line 3: highContrast must be true or false, not \"yes\""), shown);
        assertTrue(shown.contains("the rest of your settings were kept"), shown);
        assertTrue(shown.contains("copied to " + settingsDir.resolve("settings.properties.")), shown);
        assertFalse(shown.contains("fontFamily"), "a setting this version does not know is no problem: " + shown);
        assertTrue(wholeTextVisible(text), "the box is tall enough for the whole message");
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains(shown), "and it is on standard error: " + errors);

        assertEquals(22.5, lookup("#attribution").queryAs(javafx.scene.control.Label.class).getFont().getSize() / 0.9,
                0.3, "150% text is in effect");
        assertEquals(List.of(), badCopies(), "nothing is written before the settings are saved");

        clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertEquals(150, (int) lookup("#text-size").queryAs(Slider.class).getValue());
        assertTrue(lookup("#reduced-motion").queryAs(CheckBox.class).isSelected());
        assertFalse(lookup("#high-contrast").queryAs(CheckBox.class).isSelected(), "the bad value's default");
        type(KeyCode.ESCAPE);

        interact(stage::hide);

        List<String> saved = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(saved.containsAll(List.of("textScale=150", "reducedMotion=true", "highContrast=false",
                "fontFamily=Arial")), saved.toString());
        List<Path> copies = badCopies();
        assertEquals(1, copies.size(), copies.toString());
        assertArrayEquals(original.toByteArray(), Files.readAllBytes(copies.get(0)), "the copy is the file as it was");
        assertTrue(shown.contains(copies.get(0).toString()), "where the message said: " + shown);
    }

    /** No part of the text is hidden below the box's edge: its scroll bar, if any, has nowhere to go. */
    private static boolean wholeTextVisible(TextArea text) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : text.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && bar.isVisible() && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                return false;
            }
        }
        return true;
    }

    private List<Path> badCopies() throws IOException {
        try (Stream<Path> files = Files.list(settingsDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bad")).toList();
        }
    }
}
