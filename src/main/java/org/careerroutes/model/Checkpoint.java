package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Requirements met later on a route, such as those for the Scientist Training Programme after
 * a degree. They are checked and shown, but do not decide whether a student can start the route.
 *
 * @param title   what the checkpoint is for, e.g. "To apply for the Scientist Training Programme"
 * @param rules   its rules, all needed (except those that only help)
 * @param source  where the requirements come from, when not from the profile's own words
 * @param checked the month the source was checked, as YYYY-MM, with a source
 * @param step    the route-map step these are the entry requirements of (the STP), if the profile says
 */
public record Checkpoint(String title, List<EntryRule> rules, Optional<String> source, Optional<String> checked,
                         Optional<String> step) {

    public Checkpoint {
        Objects.requireNonNull(title, "title");
        rules = List.copyOf(rules);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(step, "step");
    }

    /** A checkpoint that names no step of the route map as its own. */
    public Checkpoint(String title, List<EntryRule> rules, Optional<String> source, Optional<String> checked) {
        this(title, rules, source, checked, Optional.empty());
    }
}
