package org.careerroutes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The stylesheets, in cascade order: colours first, so another palette only replaces that file. */
public final class Theme {

    private Theme() {
    }

    public static List<String> stylesheets() {
        return List.of(url("colors.css"), url("app.css"), url("routemap.css"));
    }

    /** The app's stylesheets, then the kiosk's: larger type and touch-sized controls. */
    public static List<String> kioskStylesheets() {
        List<String> all = new ArrayList<>(stylesheets());
        all.add(url("kiosk.css"));
        return List.copyOf(all);
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
