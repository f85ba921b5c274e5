package org.careerroutes.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * What a student says about one of their skills: how they are doing with it, and when they
 * showed it ("Led my team in the Year 10 robotics project"). Either may be left out; one with
 * neither is no reflection, and a {@link StudentRecord} does not keep it.
 *
 * @param rating    how they are doing, if they said
 * @param shownWhen when they showed it, one line of at most {@link StudentRecord#MAX_SHOWN_WHEN}
 *                  characters ("" for nothing)
 */
public record SkillReflection(Optional<SkillRating> rating, String shownWhen) {

    /** No rating and nothing written. */
    public static final SkillReflection NONE = new SkillReflection(Optional.empty(), "");

    public SkillReflection {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(shownWhen, "shownWhen");
        StudentRecord.requireLine(shownWhen, StudentRecord.MAX_SHOWN_WHEN, "\u201cwhen I showed it\u201d");
    }

    public static SkillReflection rated(SkillRating rating) {
        return new SkillReflection(Optional.of(rating), "");
    }

    /** True when it says nothing: no rating, and nothing (or only spaces) written. */
    public boolean isEmpty() {
        return rating.isEmpty() && shownWhen.isBlank();
    }

    public SkillReflection withRating(Optional<SkillRating> chosen) {
        return new SkillReflection(chosen, shownWhen);
    }

    public SkillReflection withShownWhen(String text) {
        return new SkillReflection(rating, text == null ? "" : text);
    }
}
