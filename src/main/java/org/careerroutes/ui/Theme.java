package org.careerroutes.ui;

import java.util.List;
import java.util.Objects;

/** The stylesheets, in cascade order: colours first, so another palette only replaces that file. */
public final class Theme {

    private Theme() {
    }

    public static List<String> stylesheets() {
        return List.of(url("colors.css"), url("app.css"), url("routemap.css"));
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
