package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The "how to become one" part of a profile: an introduction and the routes themselves. */
public record EntryRoutes(Section introduction, List<EntryRoute> routes) {

    public EntryRoutes {
        Objects.requireNonNull(introduction, "introduction");
        routes = List.copyOf(routes);
    }

    public Optional<EntryRoute> route(String id) {
        return routes.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
