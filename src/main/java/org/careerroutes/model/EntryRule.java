package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One usual entry requirement as a rule the app can check: "five GCSEs at grades 9 to 4
 * including two sciences" is GCSE, count 5, minimum grade "4", including two of "science".
 *
 * @param qualification   what is counted
 * @param count           how many at least; a double award counts as two
 * @param minGrade        the lowest grade that counts, in the qualification's scale; empty for any
 * @param including       subjects the counted qualifications must include, each met by a different one
 * @param step            the route-map step where the qualification is gained, for marking the map
 * @param helps           true when it is not required but helps an application ("relevant experience")
 * @param mayBeConsidered rules which, all met, mean an application may be considered even though
 *                        this rule is not met ("a 2:2 with a relevant higher degree")
 * @param words           the profile's own words for this requirement ("two or three A levels,
 *                        including maths and physics"), said instead of words made from the rule
 */
public record EntryRule(RuleQualification qualification, int count, Optional<String> minGrade,
                        List<SubjectNeed> including, Optional<String> step, boolean helps,
                        List<EntryRule> mayBeConsidered, Optional<String> words) {

    public EntryRule {
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(minGrade, "minGrade");
        including = List.copyOf(including);
        Objects.requireNonNull(step, "step");
        mayBeConsidered = List.copyOf(mayBeConsidered);
        Objects.requireNonNull(words, "words");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }

    /** A rule in words made from it, without the profile's own. */
    public EntryRule(RuleQualification qualification, int count, Optional<String> minGrade,
                     List<SubjectNeed> including, Optional<String> step, boolean helps,
                     List<EntryRule> mayBeConsidered) {
        this(qualification, count, minGrade, including, step, helps, mayBeConsidered, Optional.empty());
    }

    /** The lowest grade's rank, or 0 when any grade counts. */
    public int minRank() {
        return minGrade.flatMap(qualification.scale()::rank).orElse(0);
    }

    /**
     * The rule as a student reads it: the profile's own words when it gives them ("two or three A
     * levels, including maths and physics"), else {@link #describeFromRule()}.
     */
    public String describe() {
        return words.orElseGet(this::describeFromRule);
    }

    /**
     * The rule in plain English, made from the rule, e.g. "five GCSEs at grade 4 or above,
     * including two sciences", "two A levels, including maths and physics", "a first or 2:1
     * degree in a relevant science or engineering subject".
     */
    public String describeFromRule() {
        if (qualification == RuleQualification.EXPERIENCE && !including.isEmpty()
                && including.stream().mapToInt(SubjectNeed::count).sum() >= count) {
            return Words.joinWith("and", including.stream().map(SubjectNeed::describe).toList());
        }
        StringBuilder text = new StringBuilder();
        text.append(count == 1 ? Words.withArticle(qualification.name(1)) : Words.number(count) + " " + qualification.name(count));
        minGrade.ifPresent(grade -> {
            if (qualification == RuleQualification.DEGREE) {
                // "a first or 2:1 degree" reads better than "a degree at a first or 2:1".
                text.setLength(0);
                text.append(count == 1 ? qualification.scale().atLeast(grade) + " degree"
                        : Words.number(count) + " degrees, each " + qualification.scale().atLeast(grade));
            } else {
                text.append(" at ").append(qualification.scale().atLeast(grade));
            }
        });
        if (!including.isEmpty()) {
            boolean oneSubject = count == 1 && including.size() == 1 && including.get(0).count() == 1;
            text.append(oneSubject ? " in " : ", including ")
                    .append(Words.joinWith("and", including.stream().map(SubjectNeed::describe).toList()));
        }
        return text.toString();
    }
}
