package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A machine whose kiosk settings are there but cannot be understood starts locked in kiosk mode,
 * not as the desktop app, even without --kiosk; staff see what was wrong behind the PIN, and
 * without a PIN that can be read nothing lets anyone out.
 */
class KioskFailsClosedUITest extends KioskUITestBase {

    private void pressAdminChord() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private String text(String id) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene()).queryAs(Label.class).getText();
    }

    /** Starts the app as a plain start would, with no options: only the machine's settings can make it a kiosk. */
    private QuitRecordingApp startPlainly() throws Exception {
        QuitRecordingApp made = new QuitRecordingApp(environment(), List.of());
        launch(made);
        return made;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk=true\nidle-timeout=9\\u00G0\n", "kiosk=yes\n", "kiosk=True\n", "kiosk=tr\\u0G65\n", "folder"})
    void aCorruptSettingsFileStartsLockedOnTheAttractScreen(String settings) throws Exception {
        if (settings.equals("folder")) {
            Files.createDirectory(configDir.resolve(KioskConfig.FILE_NAME));
        } else {
            Files.writeString(configDir.resolve(KioskConfig.FILE_NAME), settings);
        }
        QuitRecordingApp app = startPlainly();

        assertTrue(attractShown(), "the attract screen, not the desktop app");
        assertTrue(stage.isFullScreen());
        assertTrue(lookup("#menu-bar").tryQuery().isEmpty(), "no menu: no File, Open");
        startVisit();
        assertEquals("Overview", selectedTab());
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertEquals(1, listTargetWindows().stream().filter(w -> w.isShowing()).count(), "no file chooser");
        assertTrue(lookup("#menu-bar").tryQuery().isEmpty());

        String log = Files.readString(logDir.resolve(ErrorLog.FILE_NAME));
        assertTrue(log.contains("The kiosk settings could not all be understood, so kiosk mode is on"), log);
        assertTrue(log.contains(configDir.resolve(KioskConfig.FILE_NAME).toString()), log);
        assertFalse(app.quit);
    }

    @Test
    void withAnUnreadablePinThePadSaysSoShowsWhyAndLetsNoOneOut() throws Exception {
        configurePin("2468");
        String file = Files.readString(configDir.resolve(KioskConfig.FILE_NAME));
        Files.writeString(configDir.resolve(KioskConfig.FILE_NAME), file.replace("pin.iterations=1000", "pin.iterations=1"));
        QuitRecordingApp app = startKiosk();
        startVisit();

        pressAdminChord();
        assertTrue(shown("pin-prompt"));
        assertEquals(PinPrompt.PIN_UNREADABLE, text("pin-message"));
        String problems = text("pin-problems");
        assertTrue(problems.contains("the kiosk PIN is damaged (pin.iterations is 1, fewer than the 1000 this version writes); "
                + "set it again with --set-kiosk-pin"), problems);
        assertTrue(lookup("#pin-pad").tryQuery().map(Node::getScene).isEmpty(), "no number pad");
        assertFalse(isTreeVisible(lookup("#pin-leave").query()));

        type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8, KeyCode.ENTER);
        assertFalse(app.quit, "not even the PIN that was set");
        clickOn("#pin-cancel");
        assertFalse(shown("pin-prompt"));
        assertFalse(app.quit);
        assertTrue(stage.isShowing());
    }

    @Test
    void aFolderInTheSettingsPlaceMeansThePinCouldNotBeRead() throws Exception {
        Files.createDirectory(configDir.resolve(KioskConfig.FILE_NAME));
        startKiosk();
        pressAdminChord();
        assertEquals(PinPrompt.PIN_UNREADABLE, text("pin-message"), "not \"No kiosk PIN is set\"");
        assertEquals(configDir.resolve(KioskConfig.FILE_NAME) + ": is a folder, not a file", text("pin-problems"));
    }

    @Test
    void theRightPinShowsWhatCouldNotBeUnderstoodBeforeLeaving() throws Exception {
        configurePin("2468");
        Files.writeString(configDir.resolve(KioskConfig.FILE_NAME), "idle_timeout=90\n", StandardOpenOption.APPEND);
        QuitRecordingApp app = startPlainly();
        assertTrue(attractShown(), "an unknown setting: kiosk mode, though kiosk= is not set");

        pressAdminChord();
        assertEquals(PinPrompt.ENTER, text("pin-message"));
        assertFalse(isTreeVisible(lookup("#pin-problems").query()), "nothing for a passer-by to read before the PIN");
        type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8, KeyCode.ENTER);

        waitUntil(5, () -> isTreeVisible(lookup("#pin-leave").query()));
        assertEquals(PinPrompt.PROBLEMS, text("pin-message"));
        assertTrue(text("pin-problems").endsWith(":6: unknown setting \"idle_timeout\""), text("pin-problems"));
        assertFalse(app.quit, "staff read first, then leave");
        clickOn("#pin-leave");
        assertTrue(app.quit);
    }
}
