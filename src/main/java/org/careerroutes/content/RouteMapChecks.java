package org.careerroutes.content;

import org.careerroutes.content.RouteMapReader.Placed;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.Pathway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the route map as a graph: unique ids, known stages and nodes, edges that go forward
 * and make no cycle, pathways whose steps are joined by edges, and no step that no pathway
 * reaches. Each problem is reported where it was written.
 */
final class RouteMapChecks {

    private final Problems problems;
    private final List<Placed<MapStage>> stages;
    private final List<Placed<MapNode>> nodes;
    private final List<Placed<MapEdge>> edges;
    private final List<Placed<Pathway>> pathways;
    private final Set<String> stageIdsAsWritten;
    private final Set<String> nodeIdsAsWritten;

    private final Map<String, Integer> stageOrder = new HashMap<>();
    private final Map<String, Placed<MapNode>> nodeById = new LinkedHashMap<>();
    /** Edges between known nodes, without duplicates or self-loops: the graph the other checks use. */
    private final Map<String, List<Placed<MapEdge>>> outgoing = new LinkedHashMap<>();
    /** The same edges as the nodes each node leads to, to tell at once whether two steps are joined. */
    private final Map<String, Set<String>> successors = new HashMap<>();

    RouteMapChecks(Problems problems, List<Placed<MapStage>> stages, List<Placed<MapNode>> nodes,
                   List<Placed<MapEdge>> edges, List<Placed<Pathway>> pathways,
                   Set<String> stageIdsAsWritten, Set<String> nodeIdsAsWritten) {
        this.problems = problems;
        this.stageIdsAsWritten = stageIdsAsWritten;
        this.nodeIdsAsWritten = nodeIdsAsWritten;
        this.stages = stages;
        this.nodes = nodes;
        this.edges = edges;
        this.pathways = pathways;
    }

    void run() {
        checkStages();
        checkNodes();
        checkEdges();
        checkCycles();
        checkPathways();
        checkEveryNodeIsReached();
    }

    private void checkStages() {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Placed<MapStage> stage : stages) {
            JsonNode at = stage.at("id");
            Integer first = firstLine.putIfAbsent(stage.value().id(), at.line());
            if (first != null) {
                problems.error(at, () -> "duplicate stage id " + Echo.quoted(stage.value().id())
                        + " (first used at line " + first + ")");
            } else {
                stageOrder.put(stage.value().id(), stageOrder.size());
            }
        }
    }

    private void checkNodes() {
        for (Placed<MapNode> node : nodes) {
            MapNode value = node.value();
            Placed<MapNode> first = nodeById.putIfAbsent(value.id(), node);
            if (first != null) {
                problems.error(node.at("id"), () -> "duplicate node id " + Echo.quoted(value.id()) + " (first used at line "
                        + first.at("id").line() + ")");
            }
            if (!stageIdsAsWritten.contains(value.stage())) {
                problems.error(node.at("stage"), () -> "unknown stage " + Echo.quoted(value.stage()) + " for node "
                        + Echo.quoted(value.id()) + "; " + (stageIdsAsWritten.isEmpty()
                        ? "no stage in \"stages\" has an id to name"
                        : "the stages are: " + Echo.list(stageIdsAsWritten)));
            }
        }
    }

    private void checkEdges() {
        Set<String> seen = new HashSet<>();
        for (Placed<MapEdge> edge : edges) {
            MapEdge e = edge.value();
            boolean known = knownNode(edge, "from", e.from(), "edge") & knownNode(edge, "to", e.to(), "edge");
            if (!known) {
                continue;
            }
            if (e.from().equals(e.to())) {
                problems.error(edge.at("to"), () -> "edge from " + Echo.quoted(e.from()) + " to itself");
                continue;
            }
            if (!seen.add(edgeKey(e.from(), e.to()))) {
                problems.error(edge.fields().node(), () -> "the edge from " + Echo.quoted(e.from()) + " to "
                        + Echo.quoted(e.to())
                        + " is given twice");
                continue;
            }
            Integer fromStage = stageOrder.get(nodeById.get(e.from()).value().stage());
            // a node in an unknown stage is reported once, at the node
            Integer toStage = stageOrder.get(nodeById.get(e.to()).value().stage());
            if (fromStage != null && toStage != null && toStage < fromStage) {
                problems.error(edge.at("to"), () -> "edge from " + Echo.quoted(e.from()) + " goes back to "
                        + Echo.quoted(e.to())
                        + " in an earlier stage; edges run left to right, from stage to later stage");
                continue;
            }
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(edge);
            successors.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
        }
    }

    /** Whether {@code id} is a node that was read; reports it only when no node has that id at all. */
    private boolean knownNode(Placed<?> part, String key, String id, String what) {
        if (nodeById.containsKey(id)) {
            return true;
        }
        if (!nodeIdsAsWritten.contains(id)) {
            problems.error(part.at(key), () -> what + " names an unknown node " + Echo.quoted(id));
        }
        return false;
    }

    /** Depth-first search; an edge back to a node still on the stack closes a cycle. */
    private void checkCycles() {
        Map<String, Integer> state = new HashMap<>();   // absent: unvisited, 1: on stack, 2: done
        for (String start : nodeById.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> nextEdge = new ArrayDeque<>();
            path.push(start);
            nextEdge.push(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                String node = path.peek();
                int index = nextEdge.pop();
                List<Placed<MapEdge>> out = outgoing.getOrDefault(node, List.of());
                if (index >= out.size()) {
                    state.put(node, 2);
                    path.pop();
                    continue;
                }
                nextEdge.push(index + 1);
                Placed<MapEdge> edge = out.get(index);
                String next = edge.value().to();
                Integer nextState = state.get(next);
                if (nextState == null) {
                    state.put(next, 1);
                    path.push(next);
                    nextEdge.push(0);
                } else if (nextState == 1) {
                    problems.error(edge.at("to"), () -> "the edges make a cycle: " + cycle(path, next));
                }
            }
        }
    }

    /** The cycle as "c → d → c"; a long one as its first steps, "…" and how many steps it has. */
    private static String cycle(Deque<String> path, String closing) {
        List<String> onStack = new ArrayList<>(path);
        java.util.Collections.reverse(onStack);
        List<String> loop = new ArrayList<>(onStack.subList(onStack.indexOf(closing), onStack.size()));
        loop.add(closing);
        if (loop.size() <= Echo.MAX_LISTED) {
            return loop.stream().map(Echo::bare).collect(Collectors.joining(" \u2192 "));
        }
        return loop.subList(0, Echo.MAX_LISTED - 1).stream().map(Echo::bare).collect(Collectors.joining(" \u2192 "))
                + " \u2192 \u2026 \u2192 " + Echo.bare(closing) + " (" + (loop.size() - 1) + " steps)";
    }

    private void checkPathways() {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Placed<Pathway> pathway : pathways) {
            Pathway p = pathway.value();
            Integer first = firstLine.putIfAbsent(p.id(), pathway.at("id").line());
            if (first != null) {
                problems.error(pathway.at("id"), () -> "duplicate pathway id " + Echo.quoted(p.id())
                        + " (first used at line " + first + ")");
            }
            // The steps as written: one with a problem of its own (reported already) is skipped, and
            // the steps either side of it are not checked for an edge between them.
            String previous = null;
            for (JsonNode at : ((JsonNode.Array) pathway.at("steps")).elements()) {
                String step = at instanceof JsonNode.Text text && !text.value().isBlank() ? text.value() : null;
                if (step != null && !nodeById.containsKey(step) && !nodeIdsAsWritten.contains(step)) {
                    problems.error(at, () -> "pathway " + Echo.quoted(p.id()) + " names an unknown node "
                            + Echo.quoted(step));
                } else if (step != null && previous != null && nodeById.containsKey(step)
                        && nodeById.containsKey(previous) && !joined(previous, step)) {
                    String from = previous;
                    problems.error(at, () -> "pathway " + Echo.quoted(p.id()) + ": steps " + Echo.quoted(from) + " and "
                            + Echo.quoted(step) + " are not joined by an edge");
                }
                previous = step;
            }
        }
    }

    private boolean joined(String from, String to) {
        return successors.getOrDefault(from, Set.of()).contains(to);
    }

    private static String edgeKey(String from, String to) {
        return from + "\u0000" + to;
    }

    /** Every node must be a pathway's step or lead on from one, or no student would find it. */
    private void checkEveryNodeIsReached() {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        pathways.forEach(p -> p.value().steps().stream().filter(nodeById::containsKey).forEach(todo::add));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (reached.add(node)) {
                outgoing.getOrDefault(node, List.of()).forEach(e -> todo.push(e.value().to()));
            }
        }
        for (Map.Entry<String, Placed<MapNode>> node : nodeById.entrySet()) {
            if (!reached.contains(node.getKey())) {
                problems.error(node.getValue().at("id"), () -> "node " + Echo.quoted(node.getKey())
                        + " is on no pathway, and no pathway leads to it");
            }
        }
    }
}
