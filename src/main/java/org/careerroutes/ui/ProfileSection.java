package org.careerroutes.ui;

/** The tabs of a profile, in tab-bar order. Ctrl+1.. follows this order. */
public enum ProfileSection {
    OVERVIEW("Overview", "overview"),
    DUTIES("What you'll do", "duties"),
    ROUTES("How to become one", "routes"),
    SKILLS("Skills and subjects", "skills"),
    WORKPLACES("Where you could work", "workplaces"),
    CAREER_PATH("Career path", "career-path");

    private final String title;
    private final String key;

    ProfileSection(String title, String key) {
        this.title = title;
        this.key = key;
    }

    public String title() {
        return title;
    }

    /** The tab's node id, e.g. "tab-duties"; its page's id is "page-duties". */
    public String tabId() {
        return "tab-" + key;
    }

    public String pageId() {
        return "page-" + key;
    }
}
