package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A route's verdict for a student: whether they meet the usual requirements to start it, what
 * they are missing in plain English, and how they stand against its later checkpoints.
 *
 * @param outcome the verdict on starting the route; later checkpoints do not change it
 */
public record RouteVerdict(EntryRoute route, Outcome outcome, List<RuleResult> toStart,
                           List<CheckpointResult> later) {

    public RouteVerdict {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(outcome, "outcome");
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
    }

    /** What is still needed to start the route, in the order of its rules. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        toStart.stream().filter(r -> !r.onlyHelps() && !r.outcome().isOpen()).forEach(r -> missing.addAll(r.missing()));
        return missing;
    }

    /**
     * The verdict in one sentence: "You meet the usual entry requirements", "Predicted grades
     * meet it", "Not yet: you need one more GCSE at grade 4 or above; maths and physics at A level".
     */
    public String summary() {
        if (outcome == Outcome.NOT_YET) {
            return "Not yet: you need " + String.join("; ", missing());
        }
        if (outcome == Outcome.MAY_BE_CONSIDERED) {
            return "You may be considered: you do not meet the usual requirements, but what you have may be "
                    + "accepted";
        }
        return outcome.headline();
    }

    /** Every rule's result, to start and at later checkpoints. */
    public Stream<RuleResult> allResults() {
        return Stream.concat(toStart.stream(), later.stream().flatMap(c -> c.results().stream()));
    }
}
