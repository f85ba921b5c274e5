package org.careerroutes.routemap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input checked and turned into arrays indexed by node position in content order, so that the
 * later steps work on ints rather than on strings and maps.
 */
final class GraphIndex {

    final List<String> stages;
    final List<LayoutNode> nodes;
    final List<LayoutEdge> edges;
    /** The stage index of each node. */
    final int[] stageOf;
    final int[] edgeFrom;
    final int[] edgeTo;
    /** Node indices in an order where every edge goes forward; ties keep content order. */
    final int[] topologicalOrder;
    private final int[] predecessorStart;
    private final int[] predecessors;

    private GraphIndex(LayoutInput input, int[] stageOf, int[] edgeFrom, int[] edgeTo) {
        this.stages = input.stages();
        this.nodes = input.nodes();
        this.edges = input.edges();
        this.stageOf = stageOf;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        int n = nodes.size();
        predecessorStart = new int[n + 1];
        for (int target : edgeTo) {
            predecessorStart[target + 1]++;
        }
        for (int i = 0; i < n; i++) {
            predecessorStart[i + 1] += predecessorStart[i];
        }
        predecessors = new int[edgeTo.length];
        int[] fill = predecessorStart.clone();
        for (int e = 0; e < edgeTo.length; e++) {
            predecessors[fill[edgeTo[e]]++] = edgeFrom[e];
        }
        topologicalOrder = topologicalOrder();
    }

    /** Checks the input; every problem is an IllegalArgumentException that names what is wrong. */
    static GraphIndex of(LayoutInput input) {
        Objects.requireNonNull(input, "input");
        Map<String, Integer> stageIndex = new HashMap<>();
        for (String stage : input.stages()) {
            if (stageIndex.putIfAbsent(Objects.requireNonNull(stage, "stage id"), stageIndex.size()) != null) {
                throw new IllegalArgumentException("stage '" + stage + "' is listed twice");
            }
        }
        List<LayoutNode> nodes = input.nodes();
        Map<String, Integer> nodeIndex = new HashMap<>();
        int[] stageOf = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            LayoutNode node = nodes.get(i);
            Integer stage = stageIndex.get(node.stage());
            if (stage == null) {
                throw new IllegalArgumentException("node '" + node.id() + "' is in unknown stage '" + node.stage() + "'");
            }
            if (!(node.width() > 0) || !(node.height() > 0)
                    || Double.isInfinite(node.width()) || Double.isInfinite(node.height())) {
                throw new IllegalArgumentException("node '" + node.id() + "' must have a positive, finite size, was "
                        + node.width() + " x " + node.height());
            }
            if (nodeIndex.putIfAbsent(node.id(), i) != null) {
                throw new IllegalArgumentException("node '" + node.id() + "' is listed twice");
            }
            stageOf[i] = stage;
        }
        List<LayoutEdge> edges = input.edges();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            LayoutEdge edge = edges.get(e);
            from[e] = known(nodeIndex, edge, edge.from());
            to[e] = known(nodeIndex, edge, edge.to());
            if (stageOf[to[e]] < stageOf[from[e]]) {
                throw new IllegalArgumentException("edge " + describe(edge) + " goes back from stage '"
                        + nodes.get(from[e]).stage() + "' to the earlier stage '" + nodes.get(to[e]).stage() + "'");
            }
        }
        return new GraphIndex(input, stageOf, from, to);
    }

    int nodeCount() {
        return nodes.size();
    }

    int edgeCount() {
        return edgeFrom.length;
    }

    int stageCount() {
        return stages.size();
    }

    int predecessorCount(int node) {
        return predecessorStart[node + 1] - predecessorStart[node];
    }

    int predecessor(int node, int i) {
        return predecessors[predecessorStart[node] + i];
    }

    private static int known(Map<String, Integer> nodeIndex, LayoutEdge edge, String id) {
        Integer index = nodeIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("edge " + describe(edge) + " names unknown node '" + id + "'");
        }
        return index;
    }

    private static String describe(LayoutEdge edge) {
        return "'" + edge.from() + "' -> '" + edge.to() + "'";
    }

    /** Kahn's algorithm with a first-in-first-out queue seeded in content order. */
    private int[] topologicalOrder() {
        int n = nodes.size();
        int[] waiting = new int[n];
        int[] successorStart = new int[n + 1];
        for (int e = 0; e < edgeFrom.length; e++) {
            waiting[edgeTo[e]]++;
            successorStart[edgeFrom[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            successorStart[i + 1] += successorStart[i];
        }
        int[] successors = new int[edgeFrom.length];
        int[] fill = successorStart.clone();
        for (int e = 0; e < edgeFrom.length; e++) {
            successors[fill[edgeFrom[e]]++] = edgeTo[e];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int node = order[head++];
            for (int s = successorStart[node]; s < successorStart[node + 1]; s++) {
                if (--waiting[successors[s]] == 0) {
                    order[tail++] = successors[s];
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("the edges form a cycle: " + describeCycle(waiting));
        }
        return order;
    }

    /**
     * Names one cycle among the nodes Kahn's algorithm could not place. Each of them still waits
     * for a predecessor that is also unplaced, so walking back through such predecessors must
     * come round to a node already seen.
     */
    private String describeCycle(int[] waiting) {
        int[] seenAt = new int[nodes.size()];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int node = 0;
        while (waiting[node] == 0) {
            node++;
        }
        while (seenAt[node] < 0) {
            seenAt[node] = walk.size();
            walk.add(node);
            int next = -1;
            for (int i = 0; i < predecessorCount(node) && next < 0; i++) {
                if (waiting[predecessor(node, i)] > 0) {
                    next = predecessor(node, i);
                }
            }
            node = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[node], walk.size()));
        Collections.reverse(cycle);
        // Start from the member listed first in the content, so the message does not depend on
        // where the walk happened to enter the cycle.
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        StringBuilder text = new StringBuilder();
        for (int member : cycle) {
            text.append('\'').append(nodes.get(member).id()).append("' -> ");
        }
        return text.append('\'').append(nodes.get(cycle.get(0)).id()).append('\'').toString();
    }
}
