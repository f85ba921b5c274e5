package org.careerroutes.plan;

import java.util.Optional;

/**
 * How a student says they are doing with a skill ("How am I doing with this?"). Shown in words,
 * never by colour alone.
 */
public enum SkillRating implements Keyed {
    CONFIDENT("confident", "Confident"),
    GETTING_THERE("getting-there", "Getting there"),
    NOT_YET("not-yet", "Not yet");

    private final String key;
    private final String word;

    SkillRating(String key, String word) {
        this.key = key;
        this.word = word;
    }

    /** How the rating is written in a plan file, e.g. "getting-there". */
    @Override
    public String key() {
        return key;
    }

    /** The rating in words, e.g. "Getting there". */
    public String word() {
        return word;
    }

    /** The rating a plan file's key names, if it names one. */
    public static Optional<SkillRating> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
