package org.careerroutes.handout.view;

/** Style-class names of the handout's preview, code and messages (handout.css). */
final class HandoutStyles {
    /** Over a kiosk's screen: the whole overlay, the dimmed screen under it, and the card on it. */
    static final String OVERLAY = "take-home-overlay";
    static final String SCRIM = "take-home-scrim";
    static final String CARD = "take-home-card";
    static final String TITLE = "take-home-title";
    static final String BUTTONS = "take-home-buttons";
    /** What happened (printing, printed, why not); with the state {@code :busy} while it happens. */
    static final String MESSAGE = "take-home-message";
    static final String PREVIEW = "handout-preview";
    static final String PAGES = "handout-pages";
    static final String PAGE = "handout-page";
    static final String CODE_TEXT = "plan-code-text";
    /** Beside the code: what was shortened to fit it. */
    static final String CODE_SHORTENED = "plan-code-shortened";

    private HandoutStyles() {
    }
}
