package org.careerroutes.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stylesheets, in cascade order: colours first, so another palette (high-contrast.css) only
 * overrides that file. The window's appearance adds the user's choices.
 */
public final class Theme {

    /** The normal text size in pixels; every other size in the stylesheets is in em. */
    public static final double BASE_FONT_PX = 15;

    private Theme() {
    }

    /**
     * The controls' base look (buttons, fields, tabs, dialogs): AtlantaFX's Primer Light, in its
     * pre-compiled binary form, which loads faster than its CSS. colors.css maps its colours to
     * the app's palette, so the controls follow the pages and the high-contrast palette.
     */
    public static String baseStylesheet() {
        return new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS();
    }

    /** The app's stylesheets, in cascade order. */
    public static List<String> stylesheets() {
        return List.of(url("colors.css"), url("app.css"), routeMapStylesheet());
    }

    /** The route map's own stylesheet: a window adds it only once it first builds a map. */
    public static String routeMapStylesheet() {
        return url("routemap.css");
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

    public static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
