package org.careerroutes.jobs;

import java.util.Locale;

/**
 * The kinds of way into a job that the Jobs page filters by ("Ways in"), in the order it lists
 * them. An imported profile's route is named by its kind ({@code university}, {@code college},
 * {@code apprenticeship}, {@code work}, {@code volunteering}, {@code direct-application}: see
 * docs/content-format.md); any other route (a named programme, "other routes") is {@link #OTHER}.
 */
public enum RouteType {
    UNIVERSITY("university", "University", "a university course"),
    COLLEGE("college", "College", "a college course"),
    APPRENTICESHIP("apprenticeship", "Apprenticeship", "an apprenticeship"),
    WORK("work", "Starting in a junior job", "starting in a junior job"),
    VOLUNTEERING("volunteering", "Volunteering", "volunteering"),
    DIRECT("direct-application", "Applying directly", "applying directly"),
    OTHER("other", "Other routes", "another route");

    private final String id;
    private final String label;
    private final String phrase;

    RouteType(String id, String label, String phrase) {
        this.id = id;
        this.label = label;
        this.phrase = phrase;
    }

    /** As the index file and the filters' node ids name it: "direct-application". */
    public String id() {
        return id;
    }

    /** As a filter's choice reads: "Starting in a junior job". */
    public String label() {
        return label;
    }

    /** In the middle of a sentence: "an apprenticeship", "starting in a junior job". */
    public String phrase() {
        return phrase;
    }

    /**
     * The kind of a route by its id: the kind's own id, or the kind's id with a number after it
     * (a second route of one kind, "apprenticeship-2"); anything else is {@link #OTHER}.
     */
    public static RouteType ofRoute(String routeId) {
        String id = routeId.toLowerCase(Locale.ROOT);
        for (RouteType type : values()) {
            if (type != OTHER && (id.equals(type.id) || id.matches(java.util.regex.Pattern.quote(type.id) + "-\\d+"))) {
                return type;
            }
        }
        return OTHER;
    }

    /** The kind an index file names, by {@link #id()}. */
    public static java.util.Optional<RouteType> byId(String id) {
        for (RouteType type : values()) {
            if (type.id.equals(id)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
