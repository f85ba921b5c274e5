package org.careerroutes.eligibility;

/** How a student's qualifications stand against a rule, a checkpoint or a whole route. */
public enum Outcome {
    /** Met by results already achieved. */
    MEETS("You meet the usual entry requirements", "\u2713", "Meets"),
    /** Met only when predicted results are counted. */
    PREDICTED("Predicted grades meet it", "\u25d1", "Predicted"),
    /** Not met, but what the student has may be considered (a 2:2 with a higher degree). */
    MAY_BE_CONSIDERED("You may be considered", "?", "May be considered"),
    NOT_YET("Not yet", "\u2717", "Not yet"),
    /** The route states no requirements the app can check. */
    NO_RULES("No requirements to check", "\u2013", "Not checked");

    private final String headline;
    private final String symbol;
    private final String shortName;

    Outcome(String headline, String symbol, String shortName) {
        this.headline = headline;
        this.symbol = symbol;
        this.shortName = shortName;
    }

    /** The verdict as a student reads it first, e.g. "Predicted grades meet it". */
    public String headline() {
        return headline;
    }

    /** A symbol shown beside the words, so the verdict never rests on colour. */
    public String symbol() {
        return symbol;
    }

    /** One or two words, for a badge: "Meets", "Not yet". */
    public String shortName() {
        return shortName;
    }

    /** Whether a student could start on this: met, or met by predictions. */
    public boolean isOpen() {
        return this == MEETS || this == PREDICTED;
    }

    /** The less favourable of two outcomes. */
    Outcome and(Outcome other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case NO_RULES -> 0;
            case MEETS -> 1;
            case PREDICTED -> 2;
            case MAY_BE_CONSIDERED -> 3;
            case NOT_YET -> 4;
        };
    }
}
