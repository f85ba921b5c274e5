package org.careerroutes.routemap;

import org.careerroutes.model.MapEdge;
import org.careerroutes.model.RouteMap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Questions about the route map as a graph: what comes before and after a step. */
public final class RouteGraph {

    private final RouteMap map;
    private final Map<String, List<String>> successors = new LinkedHashMap<>();
    private final Map<String, List<String>> predecessors = new LinkedHashMap<>();

    public RouteGraph(RouteMap map) {
        this.map = map;
        map.nodes().forEach(n -> {
            successors.put(n.id(), new ArrayList<>());
            predecessors.put(n.id(), new ArrayList<>());
        });
        for (MapEdge edge : map.edges()) {
            successors.get(edge.from()).add(edge.to());
            predecessors.get(edge.to()).add(edge.from());
        }
    }

    public RouteMap map() {
        return map;
    }

    public List<String> successors(String node) {
        return List.copyOf(successors.getOrDefault(node, List.of()));
    }

    public List<String> predecessors(String node) {
        return List.copyOf(predecessors.getOrDefault(node, List.of()));
    }

    /** Every step on some route that passes through {@code node}: what leads to it, it, and what it leads to. */
    public Set<String> stepsOnRoutesThrough(String node) {
        Set<String> steps = new LinkedHashSet<>(reachable(node, predecessors::get));
        steps.addAll(reachable(node, successors::get));
        return steps;
    }

    /** The edges that lie on some route through {@code node}. */
    public Set<MapEdge> edgesOnRoutesThrough(String node) {
        Set<String> before = reachable(node, predecessors::get);
        Set<String> after = reachable(node, successors::get);
        Set<MapEdge> edges = new LinkedHashSet<>();
        for (MapEdge edge : map.edges()) {
            boolean leadsIn = before.contains(edge.from()) && before.contains(edge.to());
            boolean leadsOn = after.contains(edge.from()) && after.contains(edge.to());
            if (leadsIn || leadsOn) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** The edges joining consecutive steps of a pathway. */
    public Set<MapEdge> edgesOf(List<String> steps) {
        Set<MapEdge> edges = new LinkedHashSet<>();
        for (int i = 1; i < steps.size(); i++) {
            String from = steps.get(i - 1);
            String to = steps.get(i);
            map.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).forEach(edges::add);
        }
        return edges;
    }

    /** {@code start} and every node reached from it by following {@code next}. */
    private static Set<String> reachable(String start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (seen.add(node)) {
                next.apply(node).forEach(todo::push);
            }
        }
        return seen;
    }
}
