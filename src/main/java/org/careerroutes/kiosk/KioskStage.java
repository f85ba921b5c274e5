package org.careerroutes.kiosk;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds the kiosk's window full screen, without decorations, and shut against the usual ways out
 * (close requests, Alt+F4, Ctrl+W, Ctrl+Q, F11, the full-screen exit key) until it is unlocked.
 * What the app cannot block (Ctrl+Alt+Del, Alt+Tab, the Windows key) is the operating system's
 * job: see docs/kiosk.md.
 *
 * <p>If the window is ever hidden some other way while locked, or will not come back from being
 * minimised, it has been closed from outside the app: it says so, and the app ends with a status
 * that is not 0, so that whatever watches it (a systemd unit, Windows' Shell Launcher) starts it
 * again, where one running with no window would sit there unseen. (A window destroyed from
 * outside under X11 is not hidden as far as JavaFX knows: it shows as minimised, and un-minimising
 * it only makes it minimised again, over and over.) {@code Platform.setImplicitExit} is left on
 * for the same reason.
 */
final class KioskStage {

    /** Minimised more often than this within {@link #RESTORE_SPAN}: the window will not stay, it has gone. */
    static final int MOST_RESTORES = 10;
    static final java.time.Duration RESTORE_SPAN = java.time.Duration.ofSeconds(2);

    private final Stage stage;
    private final EventHandler<WindowEvent> refuseClose = Event::consume;
    private final EventHandler<KeyEvent> refuseKeys = e -> {
        if (isWayOut(e)) {
            e.consume();
        }
    };
    private final ChangeListener<Boolean> stayFullScreen;
    private final ChangeListener<Boolean> stayOpen;
    private final ChangeListener<Boolean> watchShowing;
    private final Runnable closedFromOutside;
    /** When the window was last minimised and put back, to tell a window that will not stay. */
    private final Deque<Long> restores = new ArrayDeque<>();
    /** A moment after putting the window back: still minimised, it is not coming back. */
    private final PauseTransition restoreCheck = new PauseTransition(Duration.seconds(1));
    private boolean gone;
    private KeyCombination oldExitKey;
    private String oldExitHint;

    /** @param closedFromOutside told, once, when the window is hidden while locked or will not come back */
    KioskStage(Stage stage, Runnable closedFromOutside) {
        this.stage = stage;
        this.closedFromOutside = closedFromOutside;
        watchShowing = (obs, was, showing) -> {
            if (!showing) {
                gone();
            }
        };
        stayFullScreen = (obs, was, now) -> {
            if (!now && !gone) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        };
        stayOpen = (obs, was, iconified) -> {
            if (iconified) {
                restore();
            }
        };
        restoreCheck.setOnFinished(e -> {
            if (stage.isIconified()) {
                gone();
            }
        });
    }

    /** Un-minimises the window, unless it has been minimised again and again: then it has gone. */
    private void restore() {
        long now = System.nanoTime();
        restores.addLast(now);
        while (now - restores.peekFirst() > RESTORE_SPAN.toNanos()) {
            restores.removeFirst();
        }
        if (restores.size() > MOST_RESTORES) {
            gone();
            return;
        }
        Platform.runLater(() -> stage.setIconified(false));
        restoreCheck.playFromStart();
    }

    private void gone() {
        if (gone) {
            return;
        }
        gone = true;
        // Stop putting back a window that is not there.
        stage.iconifiedProperty().removeListener(stayOpen);
        restoreCheck.stop();
        closedFromOutside.run();
    }

    /**
     * Key presses that would close, hide or leave the window, or open a file: consumed before
     * anything else sees them. Escape is not among them: it only closes things inside the app
     * (the route map's details, a prompt), since the full-screen exit key is switched off.
     */
    static boolean isWayOut(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean command = e.isShortcutDown() || e.isControlDown() || e.isMetaDown();
        return switch (code) {
            case F4 -> e.isAltDown() || command;
            case F11 -> true;
            case SPACE -> e.isAltDown();
            case W, Q, N, O, P, S, H, M -> command;
            default -> false;
        };
    }

    /**
     * Shows the stage, screen-sized from its first frame, then full screen and locked. (A stage
     * must be shown before it goes full screen under headless Monocle.)
     */
    void showLocked() {
        if (stage.getStyle() != StageStyle.UNDECORATED) {
            stage.initStyle(StageStyle.UNDECORATED);
        }
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        oldExitKey = stage.getFullScreenExitKeyCombination();
        oldExitHint = stage.getFullScreenExitHint();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuseClose);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, refuseKeys);
        stage.show();
        stage.requestFocus();
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(stayFullScreen);
        stage.iconifiedProperty().addListener(stayOpen);
        stage.showingProperty().addListener(watchShowing);
    }

    /** Gives the stage back as it was, for leaving kiosk mode. */
    void unlock() {
        stage.showingProperty().removeListener(watchShowing);
        restoreCheck.stop();
        stage.fullScreenProperty().removeListener(stayFullScreen);
        stage.iconifiedProperty().removeListener(stayOpen);
        stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuseClose);
        stage.removeEventFilter(KeyEvent.KEY_PRESSED, refuseKeys);
        stage.setFullScreen(false);
        stage.setFullScreenExitKeyCombination(oldExitKey);
        stage.setFullScreenExitHint(oldExitHint);
    }
}
