package org.careerroutes.kiosk.insights;

/** The answers to the one-tap question "Did you find out something new?". */
public enum Answer {
    YES("yes", "Yes"),
    A_BIT("a-bit", "A bit"),
    NO("no", "No");

    /** The question, as the attract screen asks it after a visit. */
    public static final String QUESTION = "Did you find out something new?";

    private final String key;
    private final String words;

    Answer(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** Its name in the counts file and in node ids: "a-bit". */
    public String key() {
        return key;
    }

    /** As its button says it: "A bit". */
    public String words() {
        return words;
    }
}
