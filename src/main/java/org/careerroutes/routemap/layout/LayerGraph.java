package org.careerroutes.routemap.layout;

import java.util.Arrays;

/**
 * The graph the ordering and placement steps work on: real nodes plus one dummy vertex in every
 * column an edge passes through, so that every segment joins two adjacent columns. Vertices
 * {@code 0..n-1} are the real nodes (same index as in {@link GraphIndex}); dummies follow.
 */
final class LayerGraph {

    final int realCount;
    final int vertexCount;
    final int[] columnOf;
    final double[] heightOf;
    /** For each input edge, its vertices from source to target (dummies in between). */
    final int[][] chains;
    /** For each gap between column c and c+1, the segments crossing it: their left and right vertex. */
    final int[][] gapLeft;
    final int[][] gapRight;
    private final int[] leftStart;
    private final int[] leftNeighbours;
    private final int[] rightStart;
    private final int[] rightNeighbours;
    /** The node whose place in content order a vertex starts from: itself, or a dummy's source. */
    private final int[] contentNode;
    private final int columnCount;

    LayerGraph(GraphIndex graph, ColumnAssignment columns, double dummyHeight) {
        realCount = graph.nodeCount();
        columnCount = columns.columnCount();
        int edges = graph.edgeCount();
        int dummies = 0;
        for (int e = 0; e < edges; e++) {
            dummies += span(columns, graph, e) - 1;
        }
        vertexCount = realCount + dummies;
        columnOf = new int[vertexCount];
        heightOf = new double[vertexCount];
        contentNode = new int[vertexCount];
        for (int v = 0; v < realCount; v++) {
            columnOf[v] = columns.columnOf[v];
            heightOf[v] = graph.nodes.get(v).height();
            contentNode[v] = v;
        }
        chains = new int[edges][];
        int[] segmentsPerGap = new int[Math.max(0, columnCount - 1)];
        int next = realCount;
        for (int e = 0; e < edges; e++) {
            int from = graph.edgeFrom[e];
            int span = span(columns, graph, e);
            int[] chain = new int[span + 1];
            chain[0] = from;
            chain[span] = graph.edgeTo[e];
            for (int k = 1; k < span; k++) {
                int dummy = next++;
                chain[k] = dummy;
                columnOf[dummy] = columnOf[from] + k;
                heightOf[dummy] = dummyHeight;
                contentNode[dummy] = from;
            }
            for (int k = 0; k < span; k++) {
                segmentsPerGap[columnOf[from] + k]++;
            }
            chains[e] = chain;
        }
        gapLeft = new int[segmentsPerGap.length][];
        gapRight = new int[segmentsPerGap.length][];
        for (int g = 0; g < segmentsPerGap.length; g++) {
            gapLeft[g] = new int[segmentsPerGap[g]];
            gapRight[g] = new int[segmentsPerGap[g]];
        }
        int[] filled = new int[segmentsPerGap.length];
        int[] leftCount = new int[vertexCount];
        int[] rightCount = new int[vertexCount];
        for (int[] chain : chains) {
            for (int k = 0; k + 1 < chain.length; k++) {
                int gap = columnOf[chain[k]];
                gapLeft[gap][filled[gap]] = chain[k];
                gapRight[gap][filled[gap]++] = chain[k + 1];
                rightCount[chain[k]]++;
                leftCount[chain[k + 1]]++;
            }
        }
        leftStart = prefixSums(leftCount);
        rightStart = prefixSums(rightCount);
        leftNeighbours = new int[leftStart[vertexCount]];
        rightNeighbours = new int[rightStart[vertexCount]];
        int[] leftFill = Arrays.copyOf(leftStart, vertexCount);
        int[] rightFill = Arrays.copyOf(rightStart, vertexCount);
        for (int g = 0; g < gapLeft.length; g++) {
            for (int i = 0; i < gapLeft[g].length; i++) {
                rightNeighbours[rightFill[gapLeft[g][i]]++] = gapRight[g][i];
                leftNeighbours[leftFill[gapRight[g][i]]++] = gapLeft[g][i];
            }
        }
    }

    int columnCount() {
        return columnCount;
    }

    boolean isDummy(int vertex) {
        return vertex >= realCount;
    }

    /** Neighbours in the previous column ({@code towardsLeft}) or in the next one. */
    int neighbourCount(int vertex, boolean towardsLeft) {
        return towardsLeft ? leftStart[vertex + 1] - leftStart[vertex] : rightStart[vertex + 1] - rightStart[vertex];
    }

    int neighbour(int vertex, boolean towardsLeft, int i) {
        return towardsLeft ? leftNeighbours[leftStart[vertex] + i] : rightNeighbours[rightStart[vertex] + i];
    }

    /**
     * The starting order of every column: real nodes in content order, and each dummy where its
     * edge's source comes in content order. Dummies are numbered in edge order, after all real
     * nodes, so sorting by (content node, vertex) puts dummies of one source in edge order.
     * An author's order is thus the first candidate, and it is kept unless sweeps beat it.
     */
    int[][] initialOrder() {
        int[] sizes = new int[columnCount];
        for (int v = 0; v < vertexCount; v++) {
            sizes[columnOf[v]]++;
        }
        long[][] keyed = new long[columnCount][];
        for (int c = 0; c < columnCount; c++) {
            keyed[c] = new long[sizes[c]];
        }
        int[] filled = new int[columnCount];
        for (int v = 0; v < vertexCount; v++) {
            keyed[columnOf[v]][filled[columnOf[v]]++] = ((long) contentNode[v] << 32) | v;
        }
        int[][] order = new int[columnCount][];
        for (int c = 0; c < columnCount; c++) {
            Arrays.sort(keyed[c]);
            order[c] = new int[sizes[c]];
            for (int i = 0; i < sizes[c]; i++) {
                order[c][i] = (int) keyed[c][i];
            }
        }
        return order;
    }

    private static int span(ColumnAssignment columns, GraphIndex graph, int edge) {
        return columns.columnOf[graph.edgeTo[edge]] - columns.columnOf[graph.edgeFrom[edge]];
    }

    private static int[] prefixSums(int[] counts) {
        int[] start = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        return start;
    }
}
