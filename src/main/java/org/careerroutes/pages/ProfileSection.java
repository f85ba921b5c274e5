package org.careerroutes.pages;

/** The tabs of a profile, in tab-bar order. Ctrl+1.. follows this order. */
public enum ProfileSection {
    OVERVIEW("Overview", "overview"),
    DUTIES("What you'll do", "duties"),
    ROUTES("How to become one", "routes"),
    ROUTE_MAP("Route map", "route-map"),
    ON_TRACK("Am I on track?", "on-track"),
    SKILLS("Skills and subjects", "skills"),
    WORKPLACES("Workplaces", "workplaces"),
    CAREER_PATH("Career path", "career-path"),
    COMPARE("Compare routes", "compare");

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

    /**
     * The tab that shows a topic: a section key of the content format (e.g. "careerPath"), or
     * anything else (a route id, "entryRoutes", "registration"), which lives on How to become one.
     */
    public static ProfileSection forTopic(String topic) {
        switch (topic) {
            case "summary":
                return OVERVIEW;
            case "duties":
                return DUTIES;
            case "skills":
            case "subjects":
                return SKILLS;
            case "workplaces":
                return WORKPLACES;
            case "careerPath":
                return CAREER_PATH;
            case "routeMap":
                return ROUTE_MAP;
            default:
                return ROUTES;
        }
    }
}
