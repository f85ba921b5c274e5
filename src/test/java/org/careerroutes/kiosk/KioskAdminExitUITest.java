package org.careerroutes.kiosk;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff leave kiosk mode with the hidden gesture and the PIN from the machine settings. */
class KioskAdminExitUITest extends KioskUITestBase {

    private void pressAdminChord() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void tapPin(String digits) {
        for (char digit : digits.toCharArray()) {
            clickOn("#pin-key-" + digit);
        }
        clickOn("#pin-ok");
    }

    /** Where visits are counted (the default), the right PIN offers the Fair report and leaving. */
    private void leaveFromStaffChoices() throws TimeoutException {
        waitUntil(5, () -> isTreeVisible(lookup("#pin-leave").query()));
        assertEquals(PinPrompt.STAFF, message());
        assertTrue(isTreeVisible(lookup("#pin-fair-report").query()), "the Fair report is offered");
        clickOn("#pin-leave");
    }

    private String message() {
        return lookup("#pin-message").match(n -> n.getScene() == stage.getScene()).queryAs(Label.class).getText();
    }

    @Test
    void aWrongPinIsRefusedWithADelayAndTheRightOneExits() throws Exception {
        configurePin("2468");
        QuitRecordingApp app = startKiosk();
        startVisit();

        pressAdminChord();
        assertTrue(shown("pin-prompt"));
        assertTrue(lookup("#profile-tabs").query().isDisabled(), "the visit beneath cannot be touched");

        tapPin("1357");
        waitUntil(5, () -> message().startsWith("That PIN is not right."));
        assertTrue(message().matches("That PIN is not right\\. Try again in 1 second\\."), message());
        assertTrue(lookup("#pin-pad").query().isDisabled(), "the pad is locked for the delay");
        clickOn("#pin-key-2");   // refused meanwhile
        assertEquals("", lookup("#pin-dots").queryAs(Label.class).getText().strip());
        assertFalse(app.quit);
        assertTrue(stage.isShowing());

        waitUntil(5, () -> !lookup("#pin-pad").query().isDisabled());
        assertEquals("Enter the kiosk PIN to leave kiosk mode.", message());
        tapPin("2468");

        leaveFromStaffChoices();
        waitUntil(5, () -> app.quit);
    }

    @Test
    void aKioskStartsWithThePadLockedForAMinuteSoThatRestartingItGivesNoQuickTries() throws Exception {
        pinLockedAtStart = true;
        configurePin("2468");
        QuitRecordingApp app = startKiosk();
        startVisit();
        pressAdminChord();
        assertTrue(shown("pin-prompt"));
        waitUntil(5, () -> message().startsWith("The kiosk has just started"));
        assertTrue(message().matches("The kiosk has just started: the PIN can be entered in (60|59|58) seconds\\."), message());
        assertTrue(lookup("#pin-pad").query().isDisabled(), "the pad is locked");
        tapPin("2468");   // refused while locked: the digits are dropped
        assertFalse(app.quit);
        assertEquals("", lookup("#pin-dots").queryAs(Label.class).getText().strip());
    }

    private void typeWrongPin(KeyCode digit) {
        type(digit, digit, digit, digit, KeyCode.ENTER);
    }

    private boolean padLocked() {
        return lookup("#pin-pad").match(n -> n.getScene() == stage.getScene()).query().isDisabled();
    }

    private String dots() {
        return lookup("#pin-dots").match(n -> n.getScene() == stage.getScene()).queryAs(Label.class).getText();
    }

    /**
     * The PIN is hashed with the real count here, so that a check takes a noticeable moment (a
     * few tenths of a second) and the prompt can be closed and opened again while it runs. Two
     * wrong PINs first, so that the wait after the third (4 seconds) leaves time to type into the
     * reopened pad.
     */
    @Test
    void theLockoutSurvivesReopeningThePadAndDigitsTypedDuringACheckOrTheWaitAreDropped() throws Exception {
        KioskConfig.writePin(configDir, KioskPin.create("2468".toCharArray()));
        QuitRecordingApp app = startKiosk();
        startVisit();
        pressAdminChord();
        typeWrongPin(KeyCode.DIGIT1);
        waitUntil(10, () -> message().equals("That PIN is not right. Try again in 1 second."));
        waitUntil(10, () -> !padLocked());
        typeWrongPin(KeyCode.DIGIT3);
        waitUntil(10, () -> message().equals("That PIN is not right. Try again in 2 seconds."));
        waitUntil(10, () -> !padLocked());

        typeWrongPin(KeyCode.DIGIT5);
        type(KeyCode.ESCAPE);
        assertFalse(shown("pin-prompt"));
        pressAdminChord();
        assertTrue(message().equals(PinPrompt.CHECKING) || message().startsWith("That PIN is not right."),
                "the reopened pad is still locked: " + message());
        assertTrue(padLocked());
        // Typed into the reopened pad while the third attempt is checked, or in the wait after it.
        typeWrongPin(KeyCode.DIGIT7);
        assertEquals(" ", dots(), "nothing typed while locked");
        clickOn("#pin-key-9");
        assertEquals(" ", dots());

        waitUntil(10, () -> message().startsWith("That PIN is not right."));
        type(KeyCode.ESCAPE);
        pressAdminChord();
        assertTrue(message().startsWith("That PIN is not right. Try again in"), "the wait outlives the pad: " + message());
        assertTrue(padLocked());

        waitUntil(10, () -> !padLocked());
        assertEquals(PinPrompt.ENTER, message());
        typeWrongPin(KeyCode.DIGIT0);
        waitUntil(10, () -> message().startsWith("That PIN is not right."));
        assertEquals("That PIN is not right. Try again in 8 seconds.", message(),
                "the fourth wrong PIN in a row: nothing typed while locked was checked or counted");
        assertFalse(app.quit);
    }

    @Test
    void fiveTapsOnTheTopLeftCornerOpenThePromptAndTheKeyboardWorksToo() throws Exception {
        configurePin("135790");
        QuitRecordingApp app = startKiosk();
        Point2D corner = new Point2D(stage.getX() + 10, stage.getY() + 10);
        for (int i = 0; i < 5; i++) {
            clickOn(corner);
        }
        assertTrue(shown("pin-prompt"), "five taps, even from the attract screen");

        type(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT5, KeyCode.DIGIT7);
        assertEquals("\u25cf \u25cf \u25cf \u25cf", lookup("#pin-dots").queryAs(Label.class).getText());
        type(KeyCode.BACK_SPACE);
        type(KeyCode.ESCAPE);
        assertFalse(shown("pin-prompt"), "Escape closes it");
        assertFalse(lookup("#profile-tabs").query().isDisabled());

        pressAdminChord();
        assertEquals(" ", lookup("#pin-dots").queryAs(Label.class).getText(), "what was typed is forgotten");
        type(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT5, KeyCode.DIGIT7, KeyCode.DIGIT9, KeyCode.DIGIT0, KeyCode.ENTER);
        leaveFromStaffChoices();
        waitUntil(5, () -> app.quit);
    }

    @Test
    void withoutAConfiguredPinTheKioskCannotBeLeftAndSaysHowToStopIt() throws TimeoutException {
        QuitRecordingApp app = startKiosk();
        startVisit();
        pressAdminChord();
        assertTrue(shown("pin-prompt"));
        assertEquals(PinPrompt.NO_PIN, message());
        assertTrue(lookup("#pin-pad").tryQuery().map(Node::getScene).isEmpty(), "no number pad");
        type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.ENTER);
        clickOn("#pin-cancel");
        assertFalse(shown("pin-prompt"));
        assertFalse(app.quit);
        assertTrue(stage.isShowing());
    }

    @Test
    void aVisitThatEndsWhileThePromptIsOpenTakesThePromptWithIt() throws Exception {
        configurePin("2468");
        countdownSeconds(1);
        startKiosk("--idle-timeout=1");
        startVisit();
        pressAdminChord();
        type(KeyCode.DIGIT2, KeyCode.DIGIT4);
        waitUntil(8, this::attractShown);
        assertFalse(shown("pin-prompt"));
        pressAdminChord();
        assertEquals(" ", lookup("#pin-dots").match(n -> n.getScene() == stage.getScene()).queryAs(Label.class).getText(),
                "nothing typed survives the visit");
    }
}
