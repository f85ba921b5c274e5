package org.careerroutes.kiosk;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.careerroutes.kit.ProfileText;

import java.util.Arrays;
import java.util.Optional;

/**
 * The staff PIN prompt that leaves kiosk mode, with a number pad for the touch screen (a
 * keyboard's digits, Backspace, Enter and Escape work too). The PIN is checked off the JavaFX
 * thread, as checking takes a moment on purpose; a wrong one locks the pad for a while (see
 * {@link PinAttempts}). Without a configured PIN it says how kiosk mode is stopped instead.
 */
final class PinPrompt extends Overlay {

    static final String NO_PIN = "No kiosk PIN is set on this computer, so kiosk mode cannot be left from "
            + "the screen. The IT technician can set one with --set-kiosk-pin, or stop the app from the "
            + "operating system (see docs/kiosk.md in the app's folder).";
    private static final String ENTER = "Enter the kiosk PIN to leave kiosk mode.";

    private final Optional<KioskPin> pin;
    private final PinAttempts attempts;
    private final Runnable onAccepted;
    private final Runnable onClosed;
    private final char[] entered = new char[KioskPin.MAX_DIGITS];
    private int length;
    /** Counts openings, so a check that ends after the prompt was closed is not acted on. */
    private int opening;
    private final Label dots = ProfileText.text("", KioskStyles.PIN_DOTS);
    private final Label message = ProfileText.text(ENTER, KioskStyles.PIN_MESSAGE);
    private final GridPane pad = new GridPane();
    private final Button cancel = new Button("Cancel");
    private final Timeline waitTicker = new Timeline(new KeyFrame(Duration.millis(250), e -> showWait()));

    /**
     * @param onAccepted the right PIN was entered
     * @param onClosed   the prompt was closed without it
     */
    PinPrompt(Optional<KioskPin> pin, PinAttempts attempts, Runnable onAccepted, Runnable onClosed) {
        super("pin-prompt", "pin-card");
        this.pin = pin;
        this.attempts = attempts;
        this.onAccepted = onAccepted;
        this.onClosed = onClosed;
        Label title = ProfileText.text("Staff only", KioskStyles.KIOSK_CARD_TITLE);
        message.setId("pin-message");
        dots.setId("pin-dots");
        cancel.setId("pin-cancel");
        cancel.getStyleClass().add(KioskStyles.KIOSK_SECONDARY);
        cancel.setOnAction(e -> close());
        waitTicker.setCycleCount(Timeline.INDEFINITE);

        pad.setId("pin-pad");
        pad.getStyleClass().add(KioskStyles.PIN_PAD);
        pad.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            pad.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        pad.add(key("\u232b", "pin-delete", "Delete the last digit", this::deleteDigit), 0, 3);
        pad.add(digitKey(0), 1, 3);
        Button ok = key("OK", "pin-ok", "Check the PIN", this::submit);
        ok.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        pad.add(ok, 2, 3);

        HBox buttons = new HBox(cancel);
        buttons.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        buttons.setAlignment(Pos.CENTER);
        if (pin.isPresent()) {
            card.getChildren().addAll(title, message, dots, pad, buttons);
        } else {
            message.setText(NO_PIN);
            cancel.setText("Close");
            card.getChildren().addAll(title, message, buttons);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showDots();
    }

    void open() {
        opening++;
        clear();
        if (pin.isPresent()) {
            message.setText(ENTER);
            showWait();
        }
        reveal(pin.isPresent() && !pad.isDisabled() ? pad.getChildren().get(0) : cancel);
    }

    void close() {
        dispose();
        hide();
        onClosed.run();
    }

    /** Forgets what was typed and stops its timer; a check still running is then ignored (but counted). */
    void dispose() {
        opening++;
        clear();
        waitTicker.stop();
    }

    private Button digitKey(int digit) {
        return key(Integer.toString(digit), "pin-key-" + digit, Integer.toString(digit), () -> addDigit((char) ('0' + digit)));
    }

    private static Button key(String text, String id, String accessibleText, Runnable action) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add(KioskStyles.PIN_KEY);
        key.setAccessibleText(accessibleText);
        key.setOnAction(e -> action.run());
        return key;
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey() && pin.isPresent()) {
            if (!pad.isDisabled()) {
                // "5" for DIGIT5, "Numpad 5" for NUMPAD5.
                addDigit(code.getName().charAt(code.getName().length() - 1));
            }
        } else if (code == KeyCode.BACK_SPACE) {
            deleteDigit();
        } else if (code == KeyCode.ENTER) {
            submit();
        } else if (code == KeyCode.ESCAPE) {
            close();
        } else {
            return;
        }
        e.consume();
    }

    private void addDigit(char digit) {
        if (digit < '0' || digit > '9' || length == entered.length) {
            return;
        }
        entered[length++] = digit;
        showDots();
    }

    private void deleteDigit() {
        if (length > 0) {
            entered[--length] = '\0';
            showDots();
        }
    }

    private void clear() {
        Arrays.fill(entered, '\0');
        length = 0;
        showDots();
    }

    private void showDots() {
        dots.setText(length == 0 ? " " : "\u25cf ".repeat(length).strip());
        dots.setAccessibleText(length + (length == 1 ? " digit entered" : " digits entered"));
    }

    private void submit() {
        if (pin.isEmpty() || pad.isDisabled() || length == 0) {
            return;
        }
        if (!attempts.mayTry()) {
            showWait();
            return;
        }
        char[] attempt = Arrays.copyOf(entered, length);
        clear();
        pad.setDisable(true);
        message.setText("Checking\u2026");
        int checking = opening;
        Thread check = new Thread(() -> {
            boolean right;
            try {
                right = pin.get().matches(attempt);
            } finally {
                KioskPin.wipe(attempt);
            }
            Platform.runLater(() -> checked(right, checking));
        }, "kiosk-pin-check");
        check.setDaemon(true);
        check.start();
    }

    private void checked(boolean right, int checking) {
        if (right) {
            attempts.succeeded();
        } else {
            attempts.failed();
        }
        if (checking != opening) {
            return;
        }
        if (right) {
            hide();
            onAccepted.run();
        } else {
            showWait();
        }
    }

    /** While a wrong PIN's wait lasts, the pad is locked and says for how long. */
    private void showWait() {
        java.time.Duration left = attempts.waitLeft();
        if (left.isZero()) {
            waitTicker.stop();
            boolean wasLocked = pad.isDisabled();
            pad.setDisable(false);
            if (wasLocked) {
                message.setText(ENTER);
                pad.getChildren().get(0).requestFocus();
            }
            return;
        }
        long seconds = (left.toMillis() + 999) / 1000;
        message.setText("That PIN is not right. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
        pad.setDisable(true);
        if (waitTicker.getStatus() != Timeline.Status.RUNNING) {
            waitTicker.play();
        }
    }
}
