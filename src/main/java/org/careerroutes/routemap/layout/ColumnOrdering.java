package org.careerroutes.routemap.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * Orders the vertices inside each column to reduce crossings: barycenter sweeps, alternately
 * left to right and right to left, from the content order and then from a few seeded shuffles,
 * keeping the best order seen. The content order itself is the first candidate, so the result
 * never has more crossings than the author's order.
 */
final class ColumnOrdering {

    /** Sweeps after which barycenters rarely improve a map of this kind any further. */
    static final int DEFAULT_SWEEPS = 8;
    /** Restarts for a small map; a real profile's map (tens of nodes) gets them all. */
    private static final int MAX_RESTARTS = 16;
    /**
     * Vertices plus segments swept over all restarts: a map of a few hundred nodes gets several,
     * one of a thousand (some 5,000 vertices with its passing edges) gets one, larger ones none.
     */
    private static final long RESTART_BUDGET = 20_000;
    private static final long SHUFFLE_SEED = 20_261_124L;

    private final LayerGraph graph;
    private final int[][] order;
    /** Position of each vertex in its column, kept in step with {@link #order}. */
    private final int[] position;
    private final double[] barycenter;

    private ColumnOrdering(LayerGraph graph, int[][] start) {
        this.graph = graph;
        this.order = copy(start);
        this.position = new int[graph.vertexCount];
        this.barycenter = new double[graph.vertexCount];
        for (int[] column : order) {
            recordPositions(column);
        }
    }

    /**
     * The best order found: per column, vertex ids top to bottom. Sweeps get stuck where the
     * author's order put a whole branch on the wrong side (every single move then adds
     * crossings), so after the sweeps from content order come sweeps from shuffled orders,
     * many for a small map and fewer as maps grow, so big maps stay within their time budget.
     * The shuffles come from a fixed seed, so the result is still the same on every run; on a
     * tie the earlier start wins, so an author's order is only left for a strictly better one.
     */
    static int[][] order(LayerGraph graph, int sweeps) {
        int[][] content = graph.initialOrder();
        Candidate best = new Candidate(content, crossings(graph, content));
        if (sweeps == 0) {
            return best.order;
        }
        best = new ColumnOrdering(graph, content).sweepFrom(best, sweeps, true);
        int restarts = restarts(graph);
        Random shuffler = new Random(SHUFFLE_SEED);
        for (int r = 0; r < restarts && best.crossings > 0; r++) {
            int[][] start = copy(content);
            for (int[] column : start) {
                shuffle(column, shuffler);
            }
            best = new ColumnOrdering(graph, start).sweepFrom(best, sweeps, r % 2 == 1);
        }
        return best.order;
    }

    /** Sweeps this ordering and returns whichever is better: the best it met, or {@code best}. */
    private Candidate sweepFrom(Candidate best, int sweeps, boolean rightwardsFirst) {
        for (int sweep = 0; sweep < sweeps && best.crossings > 0; sweep++) {
            sweep(rightwardsFirst == (sweep % 2 == 0));
            long crossings = crossings();
            if (crossings < best.crossings) {
                best = new Candidate(copy(order), crossings);
            }
        }
        return best;
    }

    static int restarts(LayerGraph graph) {
        int size = graph.vertexCount;
        for (int[] gap : graph.gapLeft) {
            size += gap.length;
        }
        return (int) Math.min(MAX_RESTARTS, RESTART_BUDGET / Math.max(1, size));
    }

    private static void shuffle(int[] column, Random random) {
        for (int i = column.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = column[i];
            column[i] = column[j];
            column[j] = swap;
        }
    }

    private record Candidate(int[][] order, long crossings) {
    }

    /** Total crossings of an order, over all gaps. */
    static long crossings(LayerGraph graph, int[][] order) {
        int[] position = new int[graph.vertexCount];
        for (int[] column : order) {
            for (int i = 0; i < column.length; i++) {
                position[column[i]] = i;
            }
        }
        long total = 0;
        for (int gap = 0; gap < graph.gapLeft.length; gap++) {
            int[] left = graph.gapLeft[gap];
            int[] right = graph.gapRight[gap];
            int[] leftPosition = new int[left.length];
            int[] rightPosition = new int[right.length];
            for (int i = 0; i < left.length; i++) {
                leftPosition[i] = position[left[i]];
                rightPosition[i] = position[right[i]];
            }
            total += CrossingCounter.count(leftPosition, rightPosition, order[gap + 1].length);
        }
        return total;
    }

    private long crossings() {
        return crossings(graph, order);
    }

    /**
     * Reorders each column by the mean position of its neighbours in the column just done:
     * left to right ({@code rightwards}) uses left neighbours, the other way right ones.
     */
    private void sweep(boolean rightwards) {
        int columns = order.length;
        if (rightwards) {
            for (int c = 1; c < columns; c++) {
                reorder(order[c], true);
            }
        } else {
            for (int c = columns - 2; c >= 0; c--) {
                reorder(order[c], false);
            }
        }
    }

    private void reorder(int[] column, boolean byLeftNeighbours) {
        for (int i = 0; i < column.length; i++) {
            int vertex = column[i];
            int count = graph.neighbourCount(vertex, byLeftNeighbours);
            if (count == 0) {
                // Without neighbours on that side a vertex keeps its place, roughly.
                barycenter[vertex] = i;
            } else {
                double sum = 0;
                for (int k = 0; k < count; k++) {
                    sum += position[graph.neighbour(vertex, byLeftNeighbours, k)];
                }
                barycenter[vertex] = sum / count;
            }
        }
        sortByBarycenter(column);
        recordPositions(column);
    }

    /**
     * A stable merge sort by barycenter, written out to avoid boxing: equal barycenters keep
     * their previous order, which itself descends from content order, so every tie is settled
     * the same way on every run.
     */
    private void sortByBarycenter(int[] column) {
        if (column.length < 2) {
            return;
        }
        int[] buffer = new int[column.length];
        mergeSort(column, buffer, 0, column.length);
    }

    private void mergeSort(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(a, buffer, from, middle);
        mergeSort(a, buffer, middle, to);
        if (barycenter[a[middle - 1]] <= barycenter[a[middle]]) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = middle;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < middle && barycenter[buffer[i]] <= barycenter[buffer[j]])) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }

    private void recordPositions(int[] column) {
        for (int i = 0; i < column.length; i++) {
            position[column[i]] = i;
        }
    }

    private static int[][] copy(int[][] order) {
        int[][] copy = new int[order.length][];
        for (int c = 0; c < order.length; c++) {
            copy[c] = Arrays.copyOf(order[c], order[c].length);
        }
        return copy;
    }
}
