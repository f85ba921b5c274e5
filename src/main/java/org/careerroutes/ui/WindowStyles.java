package org.careerroutes.ui;

import javafx.css.PseudoClass;

/** The window's style-class names (shell, search, dialogs), shared with app.css, and its states. */
public final class WindowStyles {

    /** A label that a search went to, until the next search hit or until search closes. */
    public static final PseudoClass SEARCH_HIT = PseudoClass.getPseudoClass("search-hit");

    public static final String CLOSE_BUTTON = "close-button";
    public static final String DIALOG_BODY = "dialog-body";
    public static final String MAIN_WINDOW = "main-window";
    /** A tab's content, holding its page once it is built. */
    public static final String PAGE_HOLDER = "page-holder";
    public static final String REDUCED_MOTION = "reduced-motion";
    public static final String SEARCH_PANEL = "search-panel";
    /** A word of the search in a result: bold and underlined, not only coloured. */
    public static final String SEARCH_MATCH = "search-match";
    public static final String SEARCH_RESULT_PLACE = "search-result-place";
    public static final String SEARCH_SNIPPET = "search-snippet";
    public static final String SEARCH_SNIPPET_TEXT = "search-snippet-text";
    public static final String SHORTCUT_GRID = "shortcut-grid";
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    public static final String SHORTCUT_WHAT = "shortcut-what";
    public static final String ABOUT_BODY = "about-body";
    public static final String DIALOG_SCROLL = "dialog-scroll";
    /** New profile from text: the window, its column of text and report, its preview, its status line and buttons. */
    public static final String NEW_PROFILE_WINDOW = "new-profile-window";
    public static final String IMPORT_COLUMN = "import-column";
    public static final String IMPORT_PREVIEW = "import-preview";
    public static final String IMPORT_STATUS = "import-status";
    public static final String IMPORT_ACTIONS = "import-actions";
    /** The problems of a watched profile file, shown above the tabs (--watch). */
    public static final String CONTENT_PROBLEMS = "content-problems";

    private WindowStyles() {
    }
}
