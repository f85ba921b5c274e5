package org.careerroutes.kiosk;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.careerroutes.kit.ProfileText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The staff PIN prompt that leaves kiosk mode, with a number pad for the touch screen (a
 * keyboard's digits, Backspace, Enter and Escape work too). Attempts go to the kiosk's one
 * {@link PinCheck}, which checks one at a time and keeps the wait after a wrong PIN; while it
 * checks or waits, the pad is locked and digits typed are dropped, and closing and reopening the
 * prompt changes nothing of that. When the kiosk settings had problems, the right PIN shows them
 * first, with a button to leave. Where the kiosk counts visits, the right PIN offers the Fair
 * report and leaving. Without a PIN that can be used it says why, what the technician does, and
 * any problems; then nothing leaves kiosk mode from the screen.
 */
final class PinPrompt extends Overlay {

    /** Makes the prompt for each new screen, around what it shares with the kiosk (its one PIN check). */
    interface Factory {
        PinPrompt make(Runnable onClosed);
    }

    /** What staff can do once the PIN is right. */
    interface Staff {
        /** The PIN was right: whatever staff do next, the visit in progress is theirs, not a visitor's. */
        void rightPin();

        /** Leaves kiosk mode. */
        void leave();

        /** Opens the Fair report; empty where the kiosk counts no visits. */
        Optional<Runnable> report();
    }

    static final String NO_PIN = "No kiosk PIN is set on this computer, so kiosk mode cannot be left from "
            + "the screen. The IT technician can set one with --set-kiosk-pin, or stop the app from the "
            + "operating system (see docs/kiosk.md in the app's folder).";
    static final String PIN_UNREADABLE = "The kiosk PIN on this computer could not be read, so kiosk mode cannot be "
            + "left from the screen. The IT technician fixes the kiosk settings (or sets the PIN again with "
            + "--set-kiosk-pin), then ends the app from the operating system so that it starts again "
            + "(see docs/kiosk.md in the app's folder).";
    static final String ENTER = "Enter the kiosk PIN to leave kiosk mode.";
    static final String CHECKING = "Checking\u2026";
    static final String PROBLEMS = "The PIN is right. These kiosk settings could not be understood, so this computer "
            + "started in kiosk mode with defaults in their place:";
    static final String STAFF = "The PIN is right.";

    private static final double BUTTON_GAP = 20;

    /** The most the problems take of the card's height before they scroll. */
    private static final double PROBLEMS_HEIGHT = 200;

    private final Optional<PinCheck> check;
    private final List<String> problems;
    private final Staff staff;
    private final Runnable onClosed;
    private final char[] entered = new char[KioskPin.MAX_DIGITS];
    private int length;
    /** Counts openings, so a check that ends after the prompt was closed is not acted on. */
    private int opening;
    /** The right PIN was entered and the settings' problems are shown, with the way out. */
    private boolean accepted;
    private final Label dots = ProfileText.text("", KioskStyles.PIN_DOTS);
    private final Label message = ProfileText.text(ENTER, KioskStyles.PIN_MESSAGE);
    private final ScrollPane problemList;
    private final GridPane pad = new GridPane();
    private final Button cancel = new Button("Cancel");
    private final Button leave = new Button("Leave kiosk mode");
    private final Button report = new Button("Fair report");
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> refresh()));

    /**
     * @param check         checks attempts at the PIN; empty when there is no PIN that can be used
     * @param pinUnreadable with no check, whether a PIN may be set but could not be read
     * @param problems      what in the kiosk settings could not be understood
     * @param staff         what the right PIN leads to: leaving, and the Fair report where visits are counted
     * @param onClosed      the prompt was closed without leaving
     */
    PinPrompt(Optional<PinCheck> check, boolean pinUnreadable, List<String> problems, Staff staff,
              Runnable onClosed) {
        super("pin-prompt", "pin-card");
        this.check = check;
        this.problems = List.copyOf(problems);
        this.staff = staff;
        this.onClosed = onClosed;
        Label title = ProfileText.text("Staff only", KioskStyles.KIOSK_CARD_TITLE);
        message.setId("pin-message");
        dots.setId("pin-dots");
        cancel.setId("pin-cancel");
        cancel.getStyleClass().add(KioskStyles.KIOSK_SECONDARY);
        cancel.setOnAction(e -> close());
        leave.setId("pin-leave");
        leave.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        leave.setOnAction(e -> {
            hide();
            staff.leave();
        });
        report.setId("pin-fair-report");
        report.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        report.setOnAction(e -> {
            dispose();
            hide();
            staff.report().ifPresent(Runnable::run);
        });
        ticker.setCycleCount(Timeline.INDEFINITE);

        Label problemText = ProfileText.text(String.join("\n", this.problems), KioskStyles.PIN_PROBLEMS);
        problemText.setId("pin-problems");
        problemList = new ScrollPane(problemText);
        problemList.setFitToWidth(true);
        // As tall as the wrapped text, up to a few lines; more scroll, so the buttons stay on a small screen.
        problemList.prefViewportHeightProperty().bind(Bindings.min(PROBLEMS_HEIGHT, problemText.heightProperty()));
        problemList.getStyleClass().add(KioskStyles.PIN_PROBLEM_LIST);

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

        // Three buttons after the right PIN: they wrap onto a second line rather than be cut short.
        FlowPane buttons = new FlowPane(BUTTON_GAP, BUTTON_GAP, report, leave, cancel);
        buttons.setAlignment(Pos.CENTER);
        buttons.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> card.getWidth() - card.getPadding().getLeft() - card.getPadding().getRight(),
                card.widthProperty(), card.paddingProperty()));
        for (Button button : List.of(report, leave, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (check.isPresent()) {
            card.getChildren().addAll(title, message, problemList, dots, pad, buttons);
            showEntry();
        } else {
            message.setText(pinUnreadable ? PIN_UNREADABLE : NO_PIN);
            cancel.setText("Close");
            card.getChildren().addAll(title, message, problemList, buttons);
            showOnly(!this.problems.isEmpty(), problemList);
            showOnly(false, leave, report);
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showDots();
    }

    void open() {
        opening++;
        clear();
        if (check.isPresent()) {
            accepted = false;
            message.setText(ENTER);
            showEntry();
            refresh();
        }
        reveal(check.isPresent() && !pad.isDisabled() ? pad.getChildren().get(0) : cancel);
    }

    void close() {
        dispose();
        hide();
        onClosed.run();
    }

    /** Forgets what was typed and stops its timer; a check still running goes on, and counts, but is not acted on here. */
    void dispose() {
        opening++;
        clear();
        ticker.stop();
    }

    private void showEntry() {
        showOnly(false, problemList, leave, report);
        showOnly(true, dots, pad);
    }

    private static void showOnly(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
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
        if (code.isDigitKey() && check.isPresent()) {
            // "5" for DIGIT5, "Numpad 5" for NUMPAD5.
            addDigit(code.getName().charAt(code.getName().length() - 1));
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

    /** An attempt may be typed: not while one is checked, nor during the wait after a wrong one. */
    private boolean mayType() {
        return check.isPresent() && !accepted && check.get().state() == PinCheck.State.READY;
    }

    private void addDigit(char digit) {
        if (!mayType() || digit < '0' || digit > '9' || length == entered.length) {
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
        if (!mayType() || length == 0) {
            refresh();
            return;
        }
        char[] attempt = Arrays.copyOf(entered, length);
        clear();
        int checking = opening;
        check.get().submit(attempt, right -> checked(right, checking));
        refresh();
    }

    private void checked(boolean right, int checking) {
        if (checking != opening || !isShown()) {
            return;
        }
        if (!right) {
            refresh();
            return;
        }
        staff.rightPin();
        if (!problems.isEmpty()) {
            // What could not be understood, and the way out (no report: a file with problems counts nothing).
            showAccepted(PROBLEMS, leave, problemList, leave);
        } else if (staff.report().isPresent()) {
            showAccepted(STAFF, report, report, leave);
        } else {
            hide();
            staff.leave();
        }
    }

    /** After the right PIN: the pad gives way to these, with focus on the first. */
    private void showAccepted(String text, Button focus, Node... shown) {
        accepted = true;
        ticker.stop();
        message.setText(text);
        showOnly(false, dots, pad, problemList, report, leave);
        showOnly(true, shown);
        focus.requestFocus();
    }

    /**
     * Shows what the kiosk's check allows: while it checks or waits, the pad is locked and says
     * so (and looks again every quarter second); then it opens again.
     */
    private void refresh() {
        if (check.isEmpty() || accepted) {
            return;
        }
        PinCheck.State state = check.get().state();
        if (state == PinCheck.State.READY) {
            ticker.stop();
            boolean wasLocked = pad.isDisabled();
            pad.setDisable(false);
            if (wasLocked) {
                message.setText(ENTER);
                if (isShown()) {
                    pad.getChildren().get(0).requestFocus();
                }
            }
            return;
        }
        if (state == PinCheck.State.CHECKING) {
            message.setText(CHECKING);
        } else {
            long seconds = (check.get().waitLeft().toMillis() + 999) / 1000;
            String inSeconds = seconds + (seconds == 1 ? " second." : " seconds.");
            message.setText(check.get().waitingSinceStart()
                    ? "The kiosk has just started: the PIN can be entered in " + inSeconds
                    : "That PIN is not right. Try again in " + inSeconds);
        }
        pad.setDisable(true);
        if (ticker.getStatus() != Timeline.Status.RUNNING) {
            ticker.play();
        }
    }
}
