package org.careerroutes.compare;

import java.util.List;
import java.util.Objects;

/**
 * What a comparison is of: the pathways side by side, where the student stands, and the school
 * year it is, as a student chose them on Compare routes: the handout lists the routes compared.
 *
 * @param pathways   the ids of the pathways compared, in the map's order
 * @param from       where the student stands
 * @param schoolYear the calendar year the school year began in
 */
public record CompareSelection(List<String> pathways, StartingPoint from, int schoolYear) {

    public CompareSelection {
        pathways = List.copyOf(pathways);
        Objects.requireNonNull(from, "from");
    }
}
