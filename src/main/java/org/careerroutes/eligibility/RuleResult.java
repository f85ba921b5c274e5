package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRule;

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
 */
public record RuleResult(EntryRule rule, Outcome outcome, List<String> missing, Optional<String> alternative) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        missing = List.copyOf(missing);
        Objects.requireNonNull(alternative, "alternative");
    }

    public RuleResult(EntryRule rule, Outcome outcome, List<String> missing) {
        this(rule, outcome, missing, Optional.empty());
    }

    /** True for a rule that only helps an application: it never decides a verdict. */
    public boolean onlyHelps() {
        return rule.helps();
    }

    /** One line for the student, e.g. "Not yet: you need maths and physics at A level". */
    public String describe() {
        String what = org.careerroutes.model.Words.capitalise(rule.describe());
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
            case PREDICTED -> what + ": your predicted grades meet this";
            case MAY_BE_CONSIDERED -> what + ": not met, but what you have may be considered";
            case NOT_YET -> what + ": you need " + String.join("; ", missing);
            case NO_RULES, OTHER_ROUTE -> what;
        };
    }
}
