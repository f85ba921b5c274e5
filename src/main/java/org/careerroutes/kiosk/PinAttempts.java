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

    private final LongSupplier clock;
    private int failures;
    private long waitUntil;

    /** @param clock nanoseconds from a fixed but arbitrary origin, as {@code System::nanoTime} */
    public PinAttempts(LongSupplier clock) {
        this.clock = clock;
        this.waitUntil = clock.getAsLong();
    }

    /** How long until another attempt may be made; zero when it may be made now. */
    public Duration waitLeft() {
        return Duration.ofNanos(Math.max(0, waitUntil - clock.getAsLong()));
    }

    public boolean mayTry() {
        return waitLeft().isZero();
    }

    public void failed() {
        failures++;
        waitUntil = clock.getAsLong() + waitAfter(failures).toNanos();
    }

    public void succeeded() {
        failures = 0;
        waitUntil = clock.getAsLong();
    }

    /** The wait after this many wrong PINs in a row: 1 s, 2 s, 4 s ... up to a minute. */
    static Duration waitAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
