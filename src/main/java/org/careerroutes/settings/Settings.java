package org.careerroutes.settings;

import java.util.Optional;

/**
 * What a student can set, with the defaults a new user gets.
 *
 * @param textScale     text size in percent of normal, 100 to 200 in steps of 10
 * @param highContrast  the high-contrast colours
 * @param reducedMotion no animations
 * @param window        where the window was, to put it back there
 */
public record Settings(int textScale, boolean highContrast, boolean reducedMotion, Optional<WindowBounds> window) {

    public static final int MIN_TEXT_SCALE = 100;
    public static final int MAX_TEXT_SCALE = 200;
    public static final int TEXT_SCALE_STEP = 10;

    public static final Settings DEFAULTS = new Settings(100, false, false, Optional.empty());

    public Settings {
        if (textScale < MIN_TEXT_SCALE || textScale > MAX_TEXT_SCALE) {
            throw new IllegalArgumentException("text scale out of range: " + textScale);
        }
        if (window == null) {
            throw new NullPointerException("window");
        }
    }

    public Settings withTextScale(int percent) {
        int stepped = Math.round(percent / (float) TEXT_SCALE_STEP) * TEXT_SCALE_STEP;
        return new Settings(Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, stepped)), highContrast, reducedMotion, window);
    }

    public Settings withHighContrast(boolean on) {
        return new Settings(textScale, on, reducedMotion, window);
    }

    public Settings withReducedMotion(boolean on) {
        return new Settings(textScale, highContrast, on, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(textScale, highContrast, reducedMotion, Optional.of(bounds));
    }

    /** A window's place and size on the desktop, and whether it was maximised. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximised) {
        public WindowBounds {
            if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("not a window's bounds");
            }
        }
    }
}
