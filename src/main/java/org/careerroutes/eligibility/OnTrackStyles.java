package org.careerroutes.eligibility;

import javafx.css.PseudoClass;

/** "Am I on track?"'s style-class names, shared with app.css, and the states of its form's message. */
public final class OnTrackStyles {
    /** The form's message says what was done. */
    public static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");

    public static final String FIELD_LABEL = "field-label";
    public static final String FORM_FIELD = "form-field";
    public static final String FORM_MESSAGE = "form-message";
    public static final String HEADING_4 = "heading-4";
    public static final String MISSING_ITEM = "missing-item";
    public static final String MISSING_LIST = "missing-list";
    public static final String ON_TRACK_COLUMNS = "on-track-columns";
    public static final String ON_TRACK_NO_RULES = "on-track-no-rules";
    public static final String QUALIFICATION_FIELDS = "qualification-fields";
    public static final String QUALIFICATION_LIST = "qualification-list";
    public static final String QUALIFICATION_ROW = "qualification-row";
    public static final String QUALIFICATIONS_FORM = "qualifications-form";
    public static final String ROUTE_VERDICTS = "route-verdicts";
    public static final String RULE_LINE = "rule-line";
    public static final String RULE_LINES = "rule-lines";
    public static final String VERDICT_ALTERNATIVE = "verdict-alternative";
    public static final String VERDICT_CARD = "verdict-card";
    public static final String VERDICT_HEADLINE = "verdict-headline";
    public static final String VERDICT_REACHED = "verdict-reached";
    public static final String VERDICTS_EMPTY = "verdicts-empty";

    private OnTrackStyles() {
    }
}
