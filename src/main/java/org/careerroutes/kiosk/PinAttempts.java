package org.careerroutes.kiosk;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Slows down guessing the kiosk PIN: after a wrong PIN the next attempt must wait, 1 second
 * after the first, doubling with each wrong PIN in a row up to a minute. A right PIN starts
 * again from nothing. Lives as long as the app, so closing and reopening the PIN prompt does not
 * skip the wait.
 */
public final class PinAttempts {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** Enough doublings of the first wait to reach the longest. */
    private static final int MOST_DOUBLINGS = 10;

    private final LongSupplier clock;
    private int failures;
    private long waitUntil;
    private boolean tried;

    /** @param clock nanoseconds from a fixed but arbitrary origin, as {@code System::nanoTime} */
    public PinAttempts(LongSupplier clock) {
        this(clock, 0);
    }

    private PinAttempts(LongSupplier clock, int failures) {
        this.clock = clock;
        this.failures = failures;
        this.waitUntil = clock.getAsLong() + waitAfter(failures).toNanos();
    }

    /**
     * As a kiosk starts: as if after many wrong PINs, so the first attempt waits a minute and so
     * does each after a wrong one, until the right PIN. The count lives only as long as the app,
     * so an app made to start again (a window closed from outside ends it, and its supervisor
     * starts it) must not begin with fresh, quick tries: at most one a minute, however often it
     * starts.
     */
    public static PinAttempts lockedAtStart(LongSupplier clock) {
        return new PinAttempts(clock, MOST_DOUBLINGS + 1);
    }

    /** How long until another attempt may be made; zero when it may be made now. */
    public Duration waitLeft() {
        return Duration.ofNanos(Math.max(0, waitUntil - clock.getAsLong()));
    }

    public boolean mayTry() {
        return waitLeft().isZero();
    }

    /** Whether a PIN has been tried since the app started. */
    public boolean anyTried() {
        return tried;
    }

    public void failed() {
        tried = true;
        failures++;
        waitUntil = clock.getAsLong() + waitAfter(failures).toNanos();
    }

    public void succeeded() {
        tried = true;
        failures = 0;
        waitUntil = clock.getAsLong();
    }

    /** The wait after this many wrong PINs in a row: 1 s, 2 s, 4 s ... up to a minute. */
    static Duration waitAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, MOST_DOUBLINGS);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
