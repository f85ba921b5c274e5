package org.careerroutes.routemap;

import javafx.css.PseudoClass;

/**
 * The route map's style-class names, shared with routemap.css so a rename is one edit, and the
 * states its steps and lines show as pseudo-classes.
 */
public final class MapStyles {

    /** A step selected (its details open, or the one the keyboard is on). */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** A step or line on the highlighted route(s). */
    public static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");
    /** A step or line off the highlighted route(s), faded. */
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    public static final String MAP_STEP = "map-step";
    /** Followed by a kind's key: {@code kind-qualification}. */
    public static final String KIND = "kind-";
    public static final String KIND_ICON = "kind-icon";

    public static final String CLOSE_BUTTON = "close-button";
    public static final String CRUMB = "crumb";
    public static final String CRUMB_SEPARATOR = "crumb-separator";
    public static final String CRUMBS = "crumbs";
    public static final String DETAIL_DURATION = "detail-duration";
    public static final String DETAIL_HEADING = "detail-heading";
    public static final String DETAIL_MARK = "detail-mark";
    public static final String DETAIL_MARK_DETAIL = "detail-mark-detail";
    public static final String EDGE_ARROW = "edge-arrow";
    public static final String EDGE_LINE = "edge-line";
    public static final String ENTRY_REQUIREMENTS = "entry-requirements";
    public static final String FILL_OR_SCROLL = "fill-or-scroll";
    public static final String LEGEND_FADED_BOX = "legend-faded-box";
    public static final String LEGEND_HEADING = "legend-heading";
    public static final String LEGEND_ITEM = "legend-item";
    public static final String MAP_CANVAS = "map-canvas";
    public static final String MAP_EDGE = "map-edge";
    public static final String MAP_LAYER = "map-layer";
    public static final String MAP_LEGEND = "map-legend";
    public static final String MAP_STATUS = "map-status";
    public static final String MAP_TOOL = "map-tool";
    public static final String MAP_TOOLBAR = "map-toolbar";
    public static final String MAP_TOP = "map-top";
    public static final String MAP_VERDICTS = "map-verdicts";
    public static final String MAKE_MINE = "make-mine";
    public static final String MAP_NOTE = "map-note";
    public static final String MAP_PICTURE = "map-picture";
    public static final String MAP_NOTES = "map-notes";
    public static final String PLAN_MARK = "plan-mark";
    public static final String PLAN_CHOICE = "plan-choice";
    public static final String PLAN_PART = "plan-part";
    public static final String ROUTE_BAR = "route-bar";
    public static final String ROUTE_BAR_CONTENT = "route-bar-content";
    public static final String VERDICTS_TOGGLE = "verdicts-toggle";
    public static final String DETAIL_SUBTITLE = "detail-subtitle";
    public static final String OPTIONAL = "optional";
    public static final String PATHWAY_CHOOSER = "pathway-chooser";
    public static final String PATHWAY_STEPS = "pathway-steps";
    public static final String PATHWAY_TEXT = "pathway-text";
    public static final String READ_MORE = "read-more";
    public static final String ROUTE_MAP = "route-map";
    public static final String STAGE_BAND = "stage-band";
    public static final String STAGE_TITLE = "stage-title";
    public static final String STEP_DETAIL = "step-detail";
    public static final String STEP_DETAIL_BODY = "step-detail-body";
    public static final String STEP_DURATION = "step-duration";
    public static final String STEP_KIND = "step-kind";
    public static final String STEP_MARK = "step-mark";
    public static final String STEP_NUMBER = "step-number";
    public static final String STEP_TITLE = "step-title";
    public static final String STEP_TOP = "step-top";

    private MapStyles() {
    }
}
