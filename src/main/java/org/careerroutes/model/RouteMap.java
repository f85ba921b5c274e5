package org.careerroutes.model;

import java.util.List;
import java.util.Optional;

/**
 * The route map: stages drawn left to right, the steps (nodes) in them, the edges between
 * steps, and named pathways through them. The loader guarantees that every id referred to
 * exists, that edges never go back to an earlier stage, that there is no cycle, and that each
 * pathway's steps are joined by edges.
 */
public record RouteMap(List<MapStage> stages, List<MapNode> nodes, List<MapEdge> edges, List<Pathway> pathways) {

    public RouteMap {
        stages = List.copyOf(stages);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        pathways = List.copyOf(pathways);
    }

    public Optional<MapNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<MapStage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Pathway> pathway(String id) {
        return pathways.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The nodes of one stage, in content order. */
    public List<MapNode> nodesIn(String stageId) {
        return nodes.stream().filter(n -> n.stage().equals(stageId)).toList();
    }
}
