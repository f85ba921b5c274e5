package org.careerroutes.kiosk;

/** Kiosk mode's style-class names, shared with kiosk.css, so a rename is one edit. */
public final class KioskStyles {

    public static final String ATTRACT_BRAND = "attract-brand";
    public static final String ATTRACT_NOTICE = "attract-notice";
    public static final String ATTRACT_SCREEN = "attract-screen";
    public static final String ATTRACT_SUMMARY = "attract-summary";
    public static final String ATTRACT_TITLE = "attract-title";
    public static final String ATTRACT_TOUCH = "attract-touch";
    public static final String KIOSK_BAR = "kiosk-bar";
    public static final String KIOSK_BAR_NOTE = "kiosk-bar-note";
    public static final String KIOSK_BUTTONS = "kiosk-buttons";
    public static final String KIOSK_CARD = "kiosk-card";
    public static final String KIOSK_CARD_TITLE = "kiosk-card-title";
    public static final String KIOSK_OVERLAY = "kiosk-overlay";
    public static final String KIOSK_PRIMARY = "kiosk-primary";
    public static final String KIOSK_ROOT = "kiosk-root";
    public static final String KIOSK_SCRIM = "kiosk-scrim";
    public static final String KIOSK_SECONDARY = "kiosk-secondary";
    public static final String QUESTION_ANSWER = "question-answer";
    public static final String QUESTION_CARD = "question-card";
    public static final String QUESTION_TEXT = "question-text";
    public static final String REPORT_BAR = "report-bar";
    public static final String REPORT_BAR_HELD_BACK = "report-bar-held-back";
    public static final String REPORT_CARD = "report-card";
    public static final String REPORT_COUNT = "report-count";
    public static final String REPORT_DAY = "report-day";
    public static final String REPORT_LABEL = "report-label";
    public static final String REPORT_NOTE = "report-note";
    public static final String REPORT_ROWS = "report-rows";
    public static final String REPORT_SECTION = "report-section";
    public static final String PIN_DOTS = "pin-dots";
    public static final String PIN_KEY = "pin-key";
    public static final String PIN_MESSAGE = "pin-message";
    public static final String PIN_PAD = "pin-pad";
    public static final String PIN_PROBLEM_LIST = "pin-problem-list";
    public static final String PIN_PROBLEMS = "pin-problems";
    public static final String SHOWCASE_CARD = "showcase-card";
    public static final String SHOWCASE_DETAIL = "showcase-detail";
    public static final String SHOWCASE_HEADLINE = "showcase-headline";
    public static final String SHOWCASE_LABEL = "showcase-label";
    public static final String STILL_THERE_COUNTDOWN = "still-there-countdown";

    private KioskStyles() {
    }
}
