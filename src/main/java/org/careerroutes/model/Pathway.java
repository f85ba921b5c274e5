package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named route through the map, step by step, e.g. "Degree, then the Scientist Training Programme".
 *
 * @param route the entry route (of "How to become one") it follows, whose rules say whether a
 *              student's qualifications meet it; empty when it follows none
 */
public record Pathway(String id, String title, List<String> steps, Optional<String> route) {

    public Pathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        Objects.requireNonNull(route, "route");
    }
}
