package org.careerroutes.routemap.layout;

import java.util.List;
import java.util.Objects;

/**
 * Where an edge is drawn: a polyline from the middle of the source's right side to the middle of
 * the target's left side. It is horizontal inside every column it touches (so it never cuts
 * through another box) and straight, possibly sloping, across each gap between columns.
 */
public record EdgeRoute(String from, String to, List<Point> points) {

    public EdgeRoute {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        points = List.copyOf(points);
    }
}
