package org.careerroutes.eligibility;

import org.careerroutes.model.Checkpoint;

import java.util.List;
import java.util.Objects;

/** How a student stands against a later checkpoint on a route, such as the STP after a degree. */
public record CheckpointResult(Checkpoint checkpoint, Outcome outcome, List<RuleResult> results) {

    public CheckpointResult {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(outcome, "outcome");
        results = List.copyOf(results);
    }
}
