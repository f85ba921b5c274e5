package org.careerroutes.compare.view;

import javafx.css.PseudoClass;

/** Compare routes' style-class names, shared with compare.css, and the states of a timeline step. */
final class CompareStyles {

    /** A timeline step the student is in now. */
    static final PseudoClass NOW = PseudoClass.getPseudoClass("now");
    /** A timeline step whose length is not known: an open box. */
    static final PseudoClass VARIES = PseudoClass.getPseudoClass("varies");

    static final String CONTENT = "compare-content";
    static final String CHOOSERS = "compare-choosers";
    static final String CHOICE_ROW = "compare-pathway-boxes";
    static final String TABLE = "compare-table";
    static final String CELL = "compare-cell";
    static final String ROW_HEADING = "compare-row-heading";
    static final String COLUMN_HEADING = "compare-column-heading";
    static final String SOURCE = "compare-source";
    static final String PAID = "compare-paid";
    static final String VERDICT = "compare-verdict";

    static final String TIMELINE_SCROLL = "timeline-scroll";
    static final String CHART = "timeline-chart";
    static final String AXIS = "timeline-axis";
    static final String TICK = "timeline-tick";
    static final String ROW_TITLE = "timeline-title";
    static final String DONE = "timeline-done";
    static final String STEP = "timeline-step";
    static final String MOMENT = "timeline-moment";
    static final String AFTER = "timeline-after";
    /** The line in place of a route's bars when it is not meant for the student (the PTP for a graduate). */
    static final String NOT_FOR_YOU = "timeline-not-for-you";
    static final String WORDS = "timeline-text";
    static final String WORDS_TITLE = "timeline-text-title";

    private CompareStyles() {
    }
}
