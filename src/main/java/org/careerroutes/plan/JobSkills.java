package org.careerroutes.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A job's related skills with what the student says about each, from their record: what the
 * Skills and subjects tab lets them rate, My plan and the handout list, and the kiosk's code sums
 * up. A skill the job lists twice (but for capitals and spaces) is one skill, as in the record
 * ({@link StudentRecord#skillKey}). A name no record could keep (a line break in it, or longer
 * than {@value StudentRecord#MAX_SKILL_NAME} characters: only a hand-made profile has one) is
 * listed apart, shown but not rated. Pure: no JavaFX.
 *
 * @param skills    the job's skills a student can rate, in the job's order and spelling
 * @param unratable the job's skills whose names a record cannot keep
 */
public record JobSkills(List<Skill> skills, List<String> unratable) {

    public JobSkills {
        skills = List.copyOf(skills);
        unratable = List.copyOf(unratable);
    }

    /**
     * One of the job's skills.
     *
     * @param name       as the job spells it
     * @param reflection what the student says about it (kept under this name or one that matches it); empty for nothing
     */
    public record Skill(String name, Optional<SkillReflection> reflection) {
        public Skill {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reflection, "reflection");
        }

        public Optional<SkillRating> rating() {
            return reflection.flatMap(SkillReflection::rating);
        }

        /** "When I showed it", or "" for nothing written. */
        public String shownWhen() {
            return reflection.map(SkillReflection::shownWhen).orElse("").strip();
        }
    }

    /** The skills a job lists, with what the record says about each. */
    public static JobSkills of(List<String> listed, StudentRecord record) {
        List<Skill> skills = new ArrayList<>();
        List<String> unratable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : listed) {
            if (!StudentRecord.isSkillName(name)) {
                if (!name.isBlank() && !unratable.contains(name)) {
                    unratable.add(name);
                }
            } else if (seen.add(StudentRecord.skillKey(name))) {
                skills.add(new Skill(name, record.skill(name)));
            }
        }
        return new JobSkills(skills, unratable);
    }

    /** How many of the job's skills the student gave this rating. */
    public int count(SkillRating rating) {
        return (int) skills.stream().filter(s -> s.rating().equals(Optional.of(rating))).count();
    }

    /** The skills the student said something about (a rating, or when they showed it). */
    public List<Skill> said() {
        return skills.stream().filter(s -> s.reflection().isPresent()).toList();
    }

    /** Whether the student has rated none of the job's skills nor written about any. */
    public boolean nothingSaid() {
        return said().isEmpty();
    }

    /**
     * The ratings in a few words: "3 of 8 confident, 2 getting there, 1 not yet"; "none of the 8
     * rated yet" when nothing is rated.
     */
    public String summary() {
        int confident = count(SkillRating.CONFIDENT);
        int gettingThere = count(SkillRating.GETTING_THERE);
        int notYet = count(SkillRating.NOT_YET);
        if (confident + gettingThere + notYet == 0) {
            return skills.size() == 1 ? "not rated yet" : "none of the " + skills.size() + " rated yet";
        }
        StringBuilder words = new StringBuilder(confident + " of " + skills.size() + " confident");
        if (gettingThere > 0) {
            words.append(", ").append(gettingThere).append(" getting there");
        }
        if (notYet > 0) {
            words.append(", ").append(notYet).append(" not yet");
        }
        return words.toString();
    }
}
