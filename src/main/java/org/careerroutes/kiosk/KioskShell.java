package org.careerroutes.kiosk;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.careerroutes.kiosk.KioskSession.Phase;
import org.careerroutes.kit.Theme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Kiosk mode's window: the attract screen, a visit, the "Still there?" prompt and the staff PIN
 * prompt, all in one full-screen window that cannot be closed. The rules of the cycle live in
 * {@link KioskSession}; this class feeds it input and time and shows what it decides.
 *
 * <p>Each visit gets a new root in the kiosk's one scene: a fresh {@link Visit} with the attract
 * screen and the prompts over it ({@link KioskScreen}). When a visit ends (the countdown ran out,
 * the visitor ended it, or something went wrong) the old root is dropped whole, with everything
 * the visitor did in it. (The scene itself is kept: a new root is a lighter change than a new
 * scene with its own native drawing surface, and the full-screen stage is left alone.) Where the
 * kiosk counts visits, what a visit did is added to the day's totals as it ends
 * ({@link VisitCounting}), and a visitor who ends their own visit is asked the one-tap question.
 */
public final class KioskShell {

    /** The hidden key chord that opens the PIN prompt (Cmd for Ctrl on a Mac). */
    public static final KeyCombination ADMIN_CHORD = new KeyCodeCombination(KeyCode.K,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN, KeyCombination.ALT_DOWN);

    /**
     * @param idleTimeout without input for this long, a visit shows "Still there?"
     * @param countdown   the prompt waits this long for an answer before the visit ends
     * @param pinLockedAtStart the PIN pad starts as if after many wrong PINs (see {@link PinAttempts})
     */
    public record Timing(java.time.Duration idleTimeout, java.time.Duration countdown, boolean pinLockedAtStart) {
        public Timing {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(countdown, "countdown");
        }
    }

    private final Stage stage;
    private final KioskStage lock;
    private final ObservableValue<Stand> stand;
    /** How many attract screens have been shown: each starts its showcase one card further on. */
    private int screensShown;
    private final Supplier<Visit> visits;
    private final KioskConfig settings;
    /** The kiosk's one PIN check: its wait after wrong PINs outlives every prompt and visit. */
    private final Optional<PinCheck> pinCheck;
    private final ErrorLog errorLog;
    /** The kiosk's visit counts; empty where it counts none. */
    private final Optional<VisitCounting> counting;
    private final Runnable exit;
    private final Runnable closedFromOutside;
    /** The right PIN was entered: the window closing now is the app ending, not something from outside. */
    private boolean leaving;
    private final KioskSession session;
    private final AdminTaps adminTaps = new AdminTaps(System::nanoTime);
    private final PauseTransition timer = new PauseTransition();
    private final WakeGesture wakeGesture = new WakeGesture();
    private final EventHandler<InputEvent> onInput = this::onInput;
    private final EventHandler<InputEvent> onPopupInput = this::onPopupInput;
    private final ListChangeListener<Window> watchPopups = this::watchPopups;
    private Thread.UncaughtExceptionHandler oldFxHandler;
    private Thread.UncaughtExceptionHandler oldDefaultHandler;
    private boolean recovering;

    private Scene scene;
    /** One visit's screen; replaced, with everything in it, when the visit ends. */
    private KioskScreen screen;

    /**
     * @param stand   what the stand offers, as the attract screen tells it: one job, or several
     *                (followed as a folder of jobs is read)
     * @param visits  makes a fresh visit each time one is needed
     * @param settings the machine's kiosk settings: the PIN that leaves kiosk mode (without one it
     *                 cannot be left from the screen) and what in them could not be understood,
     *                 which staff see on the PIN prompt
     * @param counting the kiosk's visit counts, where it counts them (see {@link KioskConfig#insights()})
     * @param exit     leaves the app, after the right PIN
     * @param closedFromOutside the window was closed by something other than the staff PIN: the
     *                 app must end, with a status that says so, to be started again
     */
    public KioskShell(Stage stage, ObservableValue<Stand> stand, Supplier<Visit> visits, Timing timing, KioskConfig settings,
                      ErrorLog errorLog, Optional<VisitCounting> counting, Runnable exit, Runnable closedFromOutside) {
        this.stage = stage;
        this.lock = new KioskStage(stage, this::windowClosed);
        this.stand = stand;
        this.visits = visits;
        this.settings = settings;
        this.pinCheck = settings.pin().map(pin -> PinCheck.onItsOwnThread(pin, timing.pinLockedAtStart()));
        this.errorLog = errorLog;
        this.counting = counting;
        this.exit = exit;
        this.closedFromOutside = closedFromOutside;
        this.session = new KioskSession(timing.idleTimeout(), timing.countdown(), System::nanoTime);
        timer.setOnFinished(e -> show(session.update()));
    }

    /** Shows the attract screen, full screen and locked. Call on the JavaFX thread. */
    public void start() {
        Thread fx = Thread.currentThread();
        oldFxHandler = fx.getUncaughtExceptionHandler();
        oldDefaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler handler = (thread, error) -> recover(error);
        fx.setUncaughtExceptionHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(handler);

        stage.setTitle("Career Routes");
        stage.addEventFilter(InputEvent.ANY, onInput);
        Window.getWindows().addListener(watchPopups);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        scene = new Scene(new StackPane(), screen.getWidth(), screen.getHeight());
        scene.getStylesheets().setAll(Theme.kioskStylesheets());
        stage.setScene(scene);
        counting.ifPresent(VisitCounting::start);
        newScreen(false);
        lock.showLocked();
    }

    /** Undoes {@link #start()}: for leaving kiosk mode as the app stops. */
    public void stop() {
        timer.stop();
        disposeScreen();
        counting.ifPresent(VisitCounting::stop);
        Window.getWindows().removeListener(watchPopups);
        stage.removeEventFilter(InputEvent.ANY, onInput);
        lock.unlock();
        Thread.currentThread().setUncaughtExceptionHandler(oldFxHandler);
        Thread.setDefaultUncaughtExceptionHandler(oldDefaultHandler);
    }

    /** The staff PIN was entered: kiosk mode ends. */
    private void leave() {
        leaving = true;
        exit.run();
    }

    private void windowClosed() {
        if (leaving) {
            return;
        }
        errorLog.note("The kiosk window was closed by something other than the staff PIN: the app ends with a status"
                + " that is not 0, so that it can be started again.");
        closedFromOutside.run();
    }

    /** Shows something to read (such as the About text) over the visit, with a Close button. */
    public void showInfo(Node content) {
        screen.showInfo(content);
    }

    /** Ends the visit now and shows the attract screen for the next person. */
    public void endVisit() {
        session.endVisit();
        show(Phase.ATTRACT);
    }

    /**
     * The visitor ended their visit (Start again, End my visit): as {@link #endVisit()}, and where
     * visits are counted the attract screen asks whether they found out something new.
     */
    private void endedByVisitor() {
        session.endVisit();
        newScreen(true);
        schedule();
    }

    /**
     * An exception nobody caught: written to the error log (type and stack only) and the kiosk
     * starts again on the attract screen. The visitor never sees a stack trace.
     */
    void recover(Throwable error) {
        errorLog.record(error);
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::startAgain);
        } else {
            startAgain();
        }
    }

    private void startAgain() {
        if (recovering) {
            return;
        }
        recovering = true;
        try {
            endVisit();
        } catch (RuntimeException again) {
            errorLog.record(again);
        } finally {
            recovering = false;
        }
    }

    private void show(Phase phase) {
        switch (phase) {
            case ATTRACT -> newScreen(false);
            case STILL_THERE -> screen.showStillThere(session.secondsLeft());
            case VISIT -> screen.hideStillThere();
        }
        schedule();
    }

    /** Wakes up when the session next has something to decide, if ever. */
    private void schedule() {
        Optional<java.time.Duration> next = session.untilNextUpdate();
        if (next.isEmpty()) {
            timer.stop();
            return;
        }
        timer.setDuration(Duration.millis(Math.max(20, next.get().toMillis() + 1)));
        timer.playFromStart();
    }

    /**
     * Builds the screen for the next visitor: a fresh visit behind the attract screen, and fresh
     * prompts. The old screen, and everything in it, is dropped; what its visit did is counted
     * first, where visits are counted. Whatever a visitor could have put on the clipboard is
     * cleared too.
     *
     * @param ask the visitor ended the visit themselves: ask the one-tap question (if it was counted)
     */
    private void newScreen(boolean ask) {
        boolean counted = counting.map(VisitCounting::visitEnded).orElse(false);
        disposeScreen();
        wakeGesture.reset();
        PinPrompt.Factory pins = onClosed -> new PinPrompt(pinCheck, settings.pinUnreadable(), settings.problems(),
                new Staff(), onClosed);
        screen = new KioskScreen(scene, visits.get(), stand, screensShown++, new KioskScreen.Hooks() {
            @Override
            public void stillHere() {
                KioskShell.this.stillHere();
            }

            @Override
            public void endedByVisitor() {
                KioskShell.this.endedByVisitor();
            }
        }, pins, counting);
        if (ask && counted) {
            screen.ask(answer -> counting.ifPresent(c -> c.answered(answer)));
        }
        Clipboard.getSystemClipboard().clear();
    }

    /** What the right PIN leads to. */
    private final class Staff implements PinPrompt.Staff {
        @Override
        public void rightPin() {
            counting.ifPresent(VisitCounting::staffVisit);
        }

        @Override
        public void leave() {
            KioskShell.this.leave();
        }

        @Override
        public Optional<Runnable> report() {
            return counting.map(c -> () -> screen.openFairReport());
        }
    }

    /** Stops what the old screen had running, takes its shortcuts away and closes any pop-up it left open. */
    private void disposeScreen() {
        if (screen != null) {
            screen.dispose();
        }
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage) {
                window.hide();
            }
        }
    }

    private void wake() {
        counting.ifPresent(c -> screen.visit().countInto(c.visitStarted()));
        screen.wake();
        schedule();
    }

    private void stillHere() {
        session.stillHere();
        show(session.phase());
    }

    private void openPinPrompt() {
        if (session.phase() == Phase.ATTRACT) {
            session.input();
            wake();
        }
        screen.openPinPrompt();
    }

    private void onInput(InputEvent e) {
        EventType<? extends InputEvent> type = e.getEventType();
        if (type == KeyEvent.KEY_PRESSED && ADMIN_CHORD.match((KeyEvent) e)) {
            e.consume();
            openPinPrompt();
            return;
        }
        if (type == MouseEvent.MOUSE_PRESSED) {
            MouseEvent press = (MouseEvent) e;
            if (!AdminTaps.inCorner(press.getSceneX(), press.getSceneY())) {
                adminTaps.elsewhere();
            } else if (adminTaps.tap()) {
                e.consume();
                openPinPrompt();
                return;
            }
        }
        if (!WakeGesture.isActivity(type)) {
            return;
        }
        if (wakeGesture.swallow(e)) {
            session.input();
            return;
        }
        if (session.phase() == Phase.ATTRACT) {
            if (screen.forTheQuestion(e)) {
                return;   // the one-tap question's own buttons: no visit starts
            }
            // Nothing on the attract screen is for the page beneath: the press starts a visit.
            e.consume();
            if (WakeGesture.isPress(type) && session.input()) {
                wakeGesture.begin();
                wake();
            }
            return;
        }
        session.input();
        counting.ifPresent(VisitCounting::activity);
    }

    /** Input on a pop-up (a drop-down list) keeps the visit going too. (Pop-ups exist only during a visit.) */
    private void onPopupInput(InputEvent e) {
        if (WakeGesture.isActivity(e.getEventType()) && session.phase() != Phase.ATTRACT) {
            session.input();
            counting.ifPresent(VisitCounting::activity);
        }
    }

    private void watchPopups(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window removed : change.getRemoved()) {
                removed.removeEventFilter(InputEvent.ANY, onPopupInput);
            }
            for (Window added : change.getAddedSubList()) {
                if (added != stage) {
                    added.addEventFilter(InputEvent.ANY, onPopupInput);
                }
            }
        }
    }
}
