package org.careerroutes.plan;

/**
 * What a student has said about one step of the route map. Shown in words and a symbol, never by
 * colour alone.
 */
public enum StepMark implements Keyed {
    DONE("done", "Done", "☑"),
    CONSIDERING("considering", "Considering", "☆"),
    NOT_FOR_ME("not-for-me", "Not for me", "⊘");

    private final String key;
    private final String word;
    private final String symbol;

    StepMark(String key, String word, String symbol) {
        this.key = key;
        this.word = word;
        this.symbol = symbol;
    }

    /** How the mark is written in a plan file, e.g. "not-for-me". */
    @Override
    public String key() {
        return key;
    }

    /** The mark in words, e.g. "Not for me". */
    public String word() {
        return word;
    }

    public String symbol() {
        return symbol;
    }

    /** The mark as a student reads it: symbol and word, e.g. "☑ Done". */
    public String label() {
        return symbol + " " + word;
    }

    /** The mark a plan file's key names, if it names one. */
    public static java.util.Optional<StepMark> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
