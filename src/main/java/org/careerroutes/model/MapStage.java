package org.careerroutes.model;

import java.util.Objects;

/** A column of the route map, such as "School" or "Registration". */
public record MapStage(String id, String title) {

    public MapStage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
