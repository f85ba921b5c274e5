package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step on the route map.
 *
 * @param id       unique among the map's nodes
 * @param stage    the id of the stage it stands in
 * @param title    its label on the map
 * @param kind     what sort of step it is (shown by an icon and a word, not by colour alone)
 * @param about    what it is, in the profile's own words
 * @param duration how long it usually takes, where known
 * @param link     the route id or section key of the profile that tells more about it
 */
public record MapNode(String id, String stage, String title, NodeKind kind, List<Block> about,
                      Optional<StepDuration> duration, Optional<String> link) {

    public MapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        about = List.copyOf(about);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(link, "link");
    }
}
