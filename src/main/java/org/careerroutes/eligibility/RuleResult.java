package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.Words;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a student's qualifications stand against one rule.
 *
 * @param rule        the rule
 * @param outcome     met, met by predictions, may be considered, or not yet
 * @param missing     what is still needed, each a phrase that follows "you need", e.g. "one more
 *                    GCSE at grade 4 or above", "maths and physics at A level"; empty when met
 * @param alternative for a rule not met, a sentence on what else may be considered, when the
 *                    student is on the way to it: "Your 2:2 with a master's degree or doctorate in a
 *                    relevant science or engineering subject may be considered."
 * @param considered  for a rule that may be considered, what of the student's may be: "your 2:2
 *                    with your master's or doctorate in medical physics"
 * @param note        for a rule met, how, when a rule of more than one qualification made it so:
 *                    "Your master's or doctorate in medical physics counts for the degree's subject: ..."
 * @param expected    for a rule met by results not had yet, true when those are all courses still
 *                    being studied (a degree, an HND), whose results are "expected", not "predicted"
 * @param shortBy     for a rule not met, how many more qualifications (or halves of a double award)
 *                    it still needs, counting predicted results: how far the student is from it, to
 *                    find the nearest of a route's ways in; 0 when met
 */
public record RuleResult(EntryRule rule, Outcome outcome, List<String> missing, Optional<String> alternative,
                         Optional<String> considered, Optional<String> note, boolean expected, int shortBy) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        missing = List.copyOf(missing);
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(note, "note");
    }

    public RuleResult(EntryRule rule, Outcome outcome, List<String> missing) {
        this(rule, outcome, missing, Optional.empty(), Optional.empty(), Optional.empty(), false,
                outcome.isOpen() ? 0 : Math.max(1, missing.size()));
    }

    static RuleResult notYet(EntryRule rule, List<String> missing, Optional<String> alternative, int shortBy) {
        return new RuleResult(rule, Outcome.NOT_YET, missing, alternative, Optional.empty(), Optional.empty(), false,
                shortBy);
    }

    static RuleResult mayBeConsidered(EntryRule rule, List<String> missing, Optional<String> considered, int shortBy) {
        return new RuleResult(rule, Outcome.MAY_BE_CONSIDERED, missing, Optional.empty(), considered, Optional.empty(),
                false, shortBy);
    }

    static RuleResult met(EntryRule rule, Outcome outcome, Optional<String> note, boolean expected) {
        return new RuleResult(rule, outcome, List.of(), Optional.empty(), Optional.empty(), note, expected, 0);
    }

    /** True for a rule that only helps an application: it never decides a verdict. */
    public boolean onlyHelps() {
        return rule.helps();
    }

    /** One line for the student, e.g. "Not yet: you need maths and physics at A level". */
    public String describe() {
        String what = Words.capitalise(rule.describe());
        if (rule.helps()) {
            return switch (outcome) {
                case MEETS -> "Helps your application: " + rule.describe();
                case PREDICTED -> "Helps your application once your predicted results are confirmed: " + rule.describe();
                default -> "It would help your application to have "
                        + (missing.isEmpty() ? rule.describe() : String.join("; ", missing));
            };
        }
        String only = missing.size() == 1 ? missing.get(0) : "";
        if (outcome == Outcome.NOT_YET && only.startsWith(rule.describe())) {
            return what + ": not yet" + only.substring(rule.describe().length());
        }
        return switch (outcome) {
            case MEETS -> what + ": you have this";
            case PREDICTED -> what + (expected ? ": your expected result meets this"
                    : ": your predicted grades meet this");
            case MAY_BE_CONSIDERED -> what + ": not met, but " + considered.orElse("what you have") + " may be considered";
            case NOT_YET -> what + ": you need " + String.join("; ", missing);
            case NO_RULES, OTHER_ROUTE -> what;
        };
    }
}
