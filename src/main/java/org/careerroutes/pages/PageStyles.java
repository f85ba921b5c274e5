package org.careerroutes.pages;

/** The text pages' own style-class names (the shared ones are in the kit's Styles), so a rename is one edit. */
public final class PageStyles {

    public static final String ENTRY_REQUIREMENTS = "entry-requirements";
    public static final String JUMP_LINK = "jump-link";
    public static final String JUMP_LINKS = "jump-links";
    public static final String ROUTE_CARD = "route-card";
    public static final String SECTION = "section";
    public static final String SECTION_LINKS = "section-links";

    private PageStyles() {
    }
}
