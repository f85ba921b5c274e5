package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A route's verdict for a student: whether they meet the usual requirements to start it, what
 * they are missing in plain English, and how they stand against its later checkpoints.
 *
 * @param outcome the verdict: on starting the route, or on the later checkpoint the student has
 *                reached (see {@code reached})
 * @param reached the later checkpoint the student is judged at: one whose qualifications they
 *                have entered (a degree, for the STP), once they can start the route; empty while
 *                they are judged on starting it
 */
public record RouteVerdict(EntryRoute route, Outcome outcome, List<RuleResult> toStart,
                           List<CheckpointResult> later, Optional<CheckpointResult> reached) {

    public RouteVerdict {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(outcome, "outcome");
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
        Objects.requireNonNull(reached, "reached");
    }

    /** What is still needed, to start the route or at the checkpoint reached, in the order of its rules. */
    public List<String> missing() {
        List<RuleResult> deciding = reached.map(CheckpointResult::results).orElse(toStart);
        List<String> missing = new ArrayList<>();
        deciding.stream().filter(r -> !r.onlyHelps() && !r.outcome().isOpen()).forEach(r -> missing.addAll(r.missing()));
        return missing;
    }

    /**
     * The verdict in one sentence: "You meet the usual entry requirements", "Predicted grades
     * meet it", "Not yet: you need one more GCSE at grade 4 or above; maths and physics at A level".
     */
    public String summary() {
        // "Not yet: to apply for the STP, you need ..." when judged at a later checkpoint.
        String at = reached.map(c -> Words.lowerFirst(c.checkpoint().title()) + ", ").orElse("");
        if (outcome == Outcome.NOT_YET) {
            return "Not yet: " + at + "you need " + String.join("; ", missing());
        }
        if (outcome == Outcome.MAY_BE_CONSIDERED) {
            return "You may be considered: " + at + "you do not meet the usual requirements, but what you have "
                    + "may be accepted";
        }
        return outcome.headline() + (outcome == Outcome.MEETS
                ? reached.map(c -> " " + Words.lowerFirst(c.checkpoint().title())).orElse("") : "");
    }

    /** Every rule's result, to start and at later checkpoints. */
    public Stream<RuleResult> allResults() {
        return Stream.concat(toStart.stream(), later.stream().flatMap(c -> c.results().stream()));
    }
}
