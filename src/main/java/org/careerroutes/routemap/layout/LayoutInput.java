package org.careerroutes.routemap.layout;

import java.util.List;

/**
 * What to lay out.
 *
 * @param stages stage ids, left to right
 * @param nodes  the steps in content order; the order breaks ties, so the same content always
 *               gives the same picture
 * @param edges  the links between steps; they must not form a cycle nor lead to an earlier stage
 */
public record LayoutInput(List<String> stages, List<LayoutNode> nodes, List<LayoutEdge> edges) {

    public LayoutInput {
        stages = List.copyOf(stages);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
