package org.careerroutes.model;

import java.util.Objects;

/**
 * A way from one step to the next.
 *
 * @param optional true for a step that helps but is not required (drawn dashed)
 */
public record MapEdge(String from, String to, boolean optional) {

    public MapEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
