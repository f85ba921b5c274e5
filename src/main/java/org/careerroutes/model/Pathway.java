package org.careerroutes.model;

import java.util.List;
import java.util.Objects;

/** A named route through the map, step by step, e.g. "Degree, then the Scientist Training Programme". */
public record Pathway(String id, String title, List<String> steps) {

    public Pathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }
}
