package org.careerroutes.kit;

import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.util.List;

/**
 * Style-class names shared by the views and the stylesheets, so a rename is one edit, and the
 * states the shared widgets show as pseudo-classes.
 */
public final class Styles {

    public static final String PAGE = "page";
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String TITLE = "title";
    public static final String LEAD = "lead";
    public static final String HEADING_1 = "heading-1";
    public static final String HEADING_2 = "heading-2";
    public static final String HEADING_3 = "heading-3";
    public static final String BODY_TEXT = "body-text";
    public static final String BULLET_LIST = "bullet-list";
    public static final String BULLET_ITEM = "bullet-item";
    public static final String BULLET = "bullet";
    public static final String CARD = "card";
    public static final String CALLOUT = "callout";
    public static final String CALLOUT_BADGE = "callout-badge";
    public static final String FACT = "fact";
    public static final String FACT_LABEL = "fact-label";
    public static final String FACT_SOURCE = "fact-source";
    public static final String CHIP = "chip";
    public static final String CHIPS = "chips";
    public static final String SECTION_LINK = "section-link";
    public static final String SECTION_LINK_TITLE = "section-link-title";
    public static final String SECTION_LINK_TEASER = "section-link-teaser";
    public static final String GROUP_HEADING = "group-heading";
    public static final String FOOTER = "footer";
    public static final String MUTED = "muted";
    public static final String PROBLEM_LIST = "problem-list";
    public static final String BLOCKS = "blocks";
    public static final String BULLET_CELL = "bullet-cell";
    public static final String PAGE_BACKDROP = "page-backdrop";
    public static final String SECTION = "section";
    /** A note a student writes ({@link NoteBox}), and its counter, with states {@code :near-limit}, {@code :full}, {@code :cut}. */
    public static final String NOTE_BOX = "note-box";
    public static final String NOTE_COUNT = "note-count";
    /** Content scrolled sideways with its own bar ({@link SideScroller}). */
    public static final String SIDE_SCROLLER = "side-scroller";
    /** A message that says something went wrong (a form's, a save's, a file's), as a state: {@code :problem}. */
    public static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** A mark: a symbol and a few words in a chip, coloured by its state (and never by colour alone). */
    public static final String MARK = "step-mark";
    /** The states a mark can show, as pseudo-classes: {@code .step-mark:met}, {@code :not-yet}… */
    public static final List<String> MARK_STATES = List.of("met", "predicted", "considered", "not-yet", "some", "helps",
            "other-route", "later");

    private Styles() {
    }

    /** Gives a mark one state of {@link #MARK_STATES} (or none, for null), clearing the others. */
    public static void markState(Node mark, String state) {
        if (state != null && !MARK_STATES.contains(state)) {
            throw new IllegalArgumentException("not a mark state: " + state);
        }
        for (String each : MARK_STATES) {
            mark.pseudoClassStateChanged(PseudoClass.getPseudoClass(each), each.equals(state));
        }
    }
}
