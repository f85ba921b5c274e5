package org.careerroutes.eligibility;

/** How a student's qualifications stand against a rule, a checkpoint or a whole route. */
public enum Outcome {
    /** Met by results already achieved. */
    MEETS("You meet the usual entry requirements", "\u2713", "met"),
    /** Met only when predicted results are counted. */
    PREDICTED("Predicted grades meet it", "\u25d1", "predicted"),
    /** Not met, but what the student has may be considered (a 2:2 with a higher degree). */
    MAY_BE_CONSIDERED("You may be considered", "?", "considered"),
    NOT_YET("Not yet", "\u2717", "not-yet"),
    /** The route states no requirements the app can check. */
    NO_RULES("No requirements to check", "\u2013", "none"),
    /**
     * The route is meant for people without something the student has ("If you do not have a
     * degree..."), so another route fits them: neither a pass nor a "not yet".
     */
    OTHER_ROUTE("Another route fits", "\u2192", "other-route");

    private final String headline;
    private final String symbol;
    private final String styleKey;

    Outcome(String headline, String symbol, String styleKey) {
        this.headline = headline;
        this.symbol = symbol;
        this.styleKey = styleKey;
    }

    /** The verdict as a student reads it first, e.g. "Predicted grades meet it". */
    public String headline() {
        return headline;
    }

    /** A symbol shown beside the words, so the verdict never rests on colour. */
    public String symbol() {
        return symbol;
    }

    /** The style key shared by verdicts and the route map's marks: "met", "predicted", "not-yet"... */
    public String styleKey() {
        return styleKey;
    }

    /** Whether a student could start on this: met, or met by predictions. */
    public boolean isOpen() {
        return this == MEETS || this == PREDICTED;
    }

    /** The less favourable of two outcomes. */
    public static Outcome worseOf(Outcome a, Outcome b) {
        return a.rank() >= b.rank() ? a : b;
    }

    private int rank() {
        return switch (this) {
            case NO_RULES -> 0;
            case MEETS -> 1;
            case PREDICTED -> 2;
            case MAY_BE_CONSIDERED -> 3;
            case NOT_YET -> 4;
            case OTHER_ROUTE -> 5;
        };
    }
}
