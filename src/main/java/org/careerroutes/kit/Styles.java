package org.careerroutes.ui;

/** Style-class names shared by the views and the stylesheets, so a rename is one edit. */
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

    private Styles() {
    }
}
