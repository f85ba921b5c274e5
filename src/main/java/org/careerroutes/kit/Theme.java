package org.careerroutes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stylesheets, in cascade order: colours first, so another palette (high-contrast.css) only
 * overrides that file. {@link Appearance} adds the user's choices.
 */
public final class Theme {

    private Theme() {
    }

    public static List<String> stylesheets() {
        return List.of(url("colors.css"), url("app.css"), url("routemap.css"));
    }

    /** The app's stylesheets, then the kiosk's. */
    public static List<String> kioskStylesheets() {
        List<String> all = new java.util.ArrayList<>(stylesheets());
        all.add(kioskStylesheet());
        return List.copyOf(all);
    }

    /** The kiosk's stylesheet (larger type, touch-sized controls), added after the others. */
    public static String kioskStylesheet() {
        return url("kiosk.css");
    }

    static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
