package org.careerroutes.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How long a step usually takes.
 *
 * @param text   as shown, e.g. "3 years"
 * @param months the same in months, for adding up a route's timeline
 * @param source where the figure comes from, when it is not the profile text itself
 */
public record StepDuration(String text, int months, Optional<String> source) {

    public StepDuration {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative");
        }
    }
}
