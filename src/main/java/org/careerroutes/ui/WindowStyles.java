package org.careerroutes.ui;

import javafx.css.PseudoClass;

/** The window's style-class names (shell, search, dialogs), shared with app.css, and its states. */
public final class WindowStyles {

    /** A label that a search went to, until the next search hit or until search closes. */
    public static final PseudoClass SEARCH_HIT = PseudoClass.getPseudoClass("search-hit");

    public static final String CLOSE_BUTTON = "close-button";
    public static final String DIALOG_BODY = "dialog-body";
    public static final String MAIN_WINDOW = "main-window";
    public static final String REDUCED_MOTION = "reduced-motion";
    public static final String SEARCH_PANEL = "search-panel";
    public static final String SHORTCUT_GRID = "shortcut-grid";
    public static final String SHORTCUT_KEYS = "shortcut-keys";

    private WindowStyles() {
    }
}
