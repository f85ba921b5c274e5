package org.careerroutes.pages;

/** The tabs of a profile, in tab-bar order. Ctrl+1..9 follows this order, and Ctrl+0 is the tenth. */
public enum ProfileSection {
    OVERVIEW("Overview", "overview"),
    DUTIES("What you'll do", "duties"),
    ROUTES("How to become one", "routes"),
    ROUTE_MAP("Route map", "route-map"),
    ON_TRACK("Am I on track?", "on-track"),
    SKILLS("Skills and subjects", "skills"),
    WORKPLACES("Workplaces", "workplaces"),
    CAREER_PATH("Career path", "career-path"),
    COMPARE("Compare routes", "compare"),
    MY_PLAN("My plan", "my-plan");

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

    /** The digit that goes with Ctrl to jump to this tab: 1 to 9, then 0 for the tenth; empty after that. */
    public java.util.Optional<Integer> shortcutDigit() {
        return digitFor(ordinal() + 1);
    }

    /** The digit for the tab at this place (1 for the first). */
    static java.util.Optional<Integer> digitFor(int place) {
        if (place <= 9) {
            return java.util.Optional.of(place);
        }
        return place == 10 ? java.util.Optional.of(0) : java.util.Optional.empty();
    }

    /** The keys that jump to the tabs, as the shortcut list says them: "Ctrl+1 … Ctrl+9, Ctrl+0". */
    public static String shortcutRange() {
        return rangeFor(values().length);
    }

    static String rangeFor(int count) {
        if (count <= 9) {
            return "Ctrl+1 \u2026 Ctrl+" + count;
        }
        return "Ctrl+1 \u2026 Ctrl+9, Ctrl+0";
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
