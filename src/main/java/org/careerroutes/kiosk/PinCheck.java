package org.careerroutes.kiosk;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Checks attempts at the staff PIN one at a time, and holds the wait after wrong ones (see
 * {@link PinAttempts}). It belongs to the kiosk, not to a PIN prompt: closing the prompt and
 * opening it again, or a new visit with a new prompt, finds the same check still running and the
 * same wait, so neither starts a second check nor skips the wait.
 *
 * <p>Checking takes a moment on purpose (PBKDF2), so it runs on {@code worker}; its result comes
 * back on {@code results} (the JavaFX thread), where everything else here happens.
 */
final class PinCheck {

    enum State {
        /** An attempt may be made. */
        READY,
        /** An attempt is being checked: no other may be made. */
        CHECKING,
        /** The wait after a wrong PIN: no attempt may be made. */
        WAITING
    }

    private final KioskPin pin;
    private final PinAttempts attempts;
    private final Executor worker;
    private final Executor results;
    private boolean checking;

    PinCheck(KioskPin pin, PinAttempts attempts, Executor worker, Executor results) {
        this.pin = pin;
        this.attempts = attempts;
        this.worker = worker;
        this.results = results;
    }

    /**
     * The kiosk's check: each attempt on a thread of its own (the screen must not wait), results on
     * the JavaFX thread; locked at start as {@link PinAttempts#lockedAtStart} says, when asked.
     */
    static PinCheck onItsOwnThread(KioskPin pin, boolean lockedAtStart) {
        Executor aside = check -> {
            Thread thread = new Thread(check, "kiosk-pin-check");
            thread.setDaemon(true);
            thread.start();
        };
        PinAttempts attempts = lockedAtStart ? PinAttempts.lockedAtStart(System::nanoTime)
                : new PinAttempts(System::nanoTime);
        return new PinCheck(pin, attempts, aside, Platform::runLater);
    }

    State state() {
        if (checking) {
            return State.CHECKING;
        }
        return attempts.mayTry() ? State.READY : State.WAITING;
    }

    /** How long the wait after a wrong PIN still lasts; zero when there is none. */
    Duration waitLeft() {
        return attempts.waitLeft();
    }

    /** True while the wait is the one a kiosk starts with, before any PIN has been tried. */
    boolean waitingSinceStart() {
        return !attempts.anyTried() && !attempts.mayTry();
    }

    /**
     * Starts checking an attempt, unless one is being checked or the wait lasts. The attempt is
     * wiped once checked, or at once when refused.
     *
     * @param whenChecked told, on the results thread, whether it was the PIN; after the attempt
     *                    has been counted, so {@link #state()} already shows any new wait
     * @return whether the attempt is being checked
     */
    boolean submit(char[] attempt, Consumer<Boolean> whenChecked) {
        if (state() != State.READY) {
            KioskPin.wipe(attempt);
            return false;
        }
        checking = true;
        worker.execute(() -> {
            boolean right = false;
            try {
                right = pin.matches(attempt);
            } finally {
                KioskPin.wipe(attempt);
                boolean result = right;
                results.execute(() -> checked(result, whenChecked));
            }
        });
        return true;
    }

    private void checked(boolean right, Consumer<Boolean> whenChecked) {
        checking = false;
        if (right) {
            attempts.succeeded();
        } else {
            attempts.failed();
        }
        whenChecked.accept(right);
    }
}
