package org.careerroutes.routemap.layout;

import java.util.Objects;

/**
 * A step on the route map, as the layout sees it: a box of a known size in one stage.
 *
 * @param id     unique among the map's nodes
 * @param stage  the id of the stage the step belongs to
 * @param width  the box's width, positive (the view measures its card before asking for a layout)
 * @param height the box's height, positive
 */
public record LayoutNode(String id, String stage, double width, double height) {

    public LayoutNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
    }
}
