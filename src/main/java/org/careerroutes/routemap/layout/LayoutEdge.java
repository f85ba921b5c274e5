package org.careerroutes.routemap.layout;

import java.util.Objects;

/** A way on from one step to the next: {@code from} leads to {@code to}. */
public record LayoutEdge(String from, String to) {

    public LayoutEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
