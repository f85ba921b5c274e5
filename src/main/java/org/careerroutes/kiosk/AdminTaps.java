package org.careerroutes.kiosk;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The hidden touch gesture that opens the PIN prompt: five taps on the top-left corner of the
 * screen within three seconds. Counts taps; the view decides what is a tap on the corner.
 */
public final class AdminTaps {

    public static final int TAPS = 5;
    public static final Duration WITHIN = Duration.ofSeconds(3);
    /** The corner's size in pixels, from the screen's top-left. */
    public static final double CORNER = 48;

    private final LongSupplier clock;
    private final Deque<Long> taps = new ArrayDeque<>();

    /** @param clock nanoseconds from a fixed but arbitrary origin, as {@code System::nanoTime} */
    public AdminTaps(LongSupplier clock) {
        this.clock = clock;
    }

    public static boolean inCorner(double sceneX, double sceneY) {
        return sceneX >= 0 && sceneY >= 0 && sceneX < CORNER && sceneY < CORNER;
    }

    /** Records a tap on the corner; true when it completes the gesture (and the count starts again). */
    public boolean tap() {
        long now = clock.getAsLong();
        taps.addLast(now);
        while (now - taps.peekFirst() > WITHIN.toNanos()) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }

    /** A tap anywhere else breaks the sequence. */
    public void elsewhere() {
        taps.clear();
    }
}
