package org.careerroutes.kiosk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The kiosk's cycle of visits, without a screen: the attract screen until someone touches it; a
 * visit while they keep using it; a "Still there?" countdown once they have been idle for the
 * idle timeout; and the attract screen again when the countdown runs out. Time comes from an
 * injected clock (nanoseconds, as {@link System#nanoTime()}), so the rules are tested without
 * waiting and are not fooled by the wall clock being changed.
 *
 * <p>The view calls {@link #input()} for each input event, {@link #stillHere()} for the
 * prompt's button, and {@link #update()} when {@link #untilNextUpdate()} has passed.
 */
public final class KioskSession {

    public enum Phase { ATTRACT, VISIT, STILL_THERE }

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final long idleTimeout;
    private final long countdown;
    private final LongSupplier clock;
    private Phase phase = Phase.ATTRACT;
    private long lastInput;
    private long promptShown;

    /**
     * @param idleTimeout how long a visit may go without input before the prompt appears
     * @param countdown   how long the prompt waits for an answer before the visit ends
     * @param clock       nanoseconds from a fixed but arbitrary origin, as {@code System::nanoTime}
     */
    public KioskSession(Duration idleTimeout, Duration countdown, LongSupplier clock) {
        this.idleTimeout = positive(idleTimeout, "idleTimeout").toNanos();
        this.countdown = positive(countdown, "countdown").toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }

    public Phase phase() {
        return phase;
    }

    /**
     * A touch, click or key press. On the attract screen it starts a visit (and returns true);
     * during a visit it restarts the idle time. While the prompt is up it changes nothing: only
     * the prompt's own button ({@link #stillHere()}) answers it.
     */
    public boolean input() {
        update();
        if (phase == Phase.ATTRACT) {
            phase = Phase.VISIT;
            lastInput = clock.getAsLong();
            return true;
        }
        if (phase == Phase.VISIT) {
            lastInput = clock.getAsLong();
        }
        return false;
    }

    /** The visitor answered the prompt: the visit goes on, with the idle time started again. */
    public void stillHere() {
        update();
        if (phase == Phase.STILL_THERE) {
            phase = Phase.VISIT;
            lastInput = clock.getAsLong();
        }
    }

    /** Ends the visit at once (the visitor chose to, or something went wrong). */
    public void endVisit() {
        phase = Phase.ATTRACT;
    }

    /**
     * Catches up with the clock: a visit idle for the idle timeout shows the prompt, and a prompt
     * shown for the whole countdown ends the visit. The countdown starts when the prompt is
     * noticed here, never earlier, so a visitor always gets all of it (even after the machine
     * slept).
     */
    public Phase update() {
        long now = clock.getAsLong();
        if (phase == Phase.VISIT && now - lastInput >= idleTimeout) {
            phase = Phase.STILL_THERE;
            promptShown = now;
        } else if (phase == Phase.STILL_THERE && now - promptShown >= countdown) {
            phase = Phase.ATTRACT;
        }
        return phase;
    }

    /** Whole seconds left on the prompt's countdown, rounded up; 0 when the prompt is not up. */
    public int secondsLeft() {
        if (phase != Phase.STILL_THERE) {
            return 0;
        }
        long left = Math.max(0, countdown - (clock.getAsLong() - promptShown));
        return (int) ((left + SECOND - 1) / SECOND);
    }

    /**
     * When {@link #update()} should next be called: when the idle timeout would run out, or, on
     * the prompt, when the seconds shown go down by one. Empty on the attract screen, where only
     * input changes anything.
     */
    public Optional<Duration> untilNextUpdate() {
        long now = clock.getAsLong();
        switch (phase) {
            case VISIT:
                return Optional.of(Duration.ofNanos(Math.max(0, idleTimeout - (now - lastInput))));
            case STILL_THERE:
                long left = Math.max(0, countdown - (now - promptShown));
                long toNextSecond = left - (secondsLeft() - 1L) * SECOND;
                return Optional.of(Duration.ofNanos(Math.max(0, Math.min(left, toNextSecond))));
            default:
                return Optional.empty();
        }
    }
}
