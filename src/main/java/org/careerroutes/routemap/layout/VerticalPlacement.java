package org.careerroutes.routemap.layout;

/**
 * Gives every vertex a top y, keeping each column's order and gaps, and bringing each vertex
 * level with its neighbours so that most edges run straight.
 *
 * <p>Each pass fixes one column at a time: every vertex asks for the mean centre of its
 * neighbours in the column just placed, and the column takes the positions closest to those
 * wishes (least squares) that keep its order and gaps. That closest fit is an isotonic
 * regression, solved exactly in linear time by pooling adjacent violators; unlike pushing
 * overlapping boxes down one by one, it moves a crowded group to straddle its wishes.
 */
final class VerticalPlacement {

    /** Sweeps each way; straight edges settle after a few, and every pass is linear. */
    private static final int PASSES = 4;
    /** How much a vertex without neighbours on the side in use wants to stay where it is. */
    private static final double STAY_WEIGHT = 0.25;

    private final LayerGraph graph;
    private final int[][] order;
    private final double gap;
    private final double[] top;
    private final double[] wish;
    private final double[] weight;
    // Pool stack of the regression, reused across columns.
    private final double[] poolWeight;
    private final double[] poolMean;
    private final int[] poolEnd;

    private VerticalPlacement(LayerGraph graph, int[][] order, double gap) {
        this.graph = graph;
        this.order = order;
        this.gap = gap;
        int n = graph.vertexCount;
        top = new double[n];
        int tallest = 0;
        for (int[] column : order) {
            tallest = Math.max(tallest, column.length);
        }
        wish = new double[tallest];
        weight = new double[tallest];
        poolWeight = new double[tallest];
        poolMean = new double[tallest];
        poolEnd = new int[tallest];
    }

    /** Top y of every vertex; the smallest is {@code firstTop}. */
    static double[] place(LayerGraph graph, int[][] order, double rowGap, double firstTop) {
        VerticalPlacement placement = new VerticalPlacement(graph, order, rowGap);
        placement.stackColumns();
        int columns = order.length;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int c = 1; c < columns; c++) {
                placement.align(order[c], true, false);
            }
            for (int c = columns - 2; c >= 0; c--) {
                placement.align(order[c], false, true);
            }
        }
        // A last pass that listens to both sides, so a node between two others sits between them.
        for (int c = 0; c < columns; c++) {
            placement.align(order[c], true, true);
        }
        placement.moveTo(firstTop);
        placement.settle();
        return placement.top;
    }

    private void stackColumns() {
        for (int[] column : order) {
            double y = 0;
            for (int vertex : column) {
                top[vertex] = y;
                y += graph.heightOf[vertex] + gap;
            }
        }
    }

    private void align(int[] column, boolean useLeft, boolean useRight) {
        if (column.length == 0) {
            return;
        }
        // Offsets turn "each box below the previous one plus the gap" into "z never decreases",
        // where z = top - offset: the form isotonic regression solves.
        double offset = 0;
        for (int i = 0; i < column.length; i++) {
            int vertex = column[i];
            double sum = 0;
            int count = 0;
            if (useLeft) {
                for (int k = 0; k < graph.neighbourCount(vertex, true); k++) {
                    sum += centre(graph.neighbour(vertex, true, k));
                    count++;
                }
            }
            if (useRight) {
                for (int k = 0; k < graph.neighbourCount(vertex, false); k++) {
                    sum += centre(graph.neighbour(vertex, false, k));
                    count++;
                }
            }
            double wantedTop = count == 0 ? top[vertex] : sum / count - graph.heightOf[vertex] / 2;
            wish[i] = wantedTop - offset;
            weight[i] = count == 0 ? STAY_WEIGHT : count;
            offset += graph.heightOf[vertex] + gap;
        }
        fitNonDecreasing(column.length);
        offset = 0;
        int pool = 0;
        for (int i = 0; i < column.length; i++) {
            while (poolEnd[pool] <= i) {
                pool++;
            }
            top[column[i]] = poolMean[pool] + offset;
            offset += graph.heightOf[column[i]] + gap;
        }
    }

    /** Pool adjacent violators over wish[0..n) with weights; leaves pools in poolMean/poolEnd. */
    private void fitNonDecreasing(int n) {
        int pools = 0;
        for (int i = 0; i < n; i++) {
            poolWeight[pools] = weight[i];
            poolMean[pools] = wish[i];
            poolEnd[pools] = i + 1;
            pools++;
            while (pools > 1 && poolMean[pools - 2] > poolMean[pools - 1]) {
                double merged = poolWeight[pools - 2] + poolWeight[pools - 1];
                poolMean[pools - 2] = (poolMean[pools - 2] * poolWeight[pools - 2]
                        + poolMean[pools - 1] * poolWeight[pools - 1]) / merged;
                poolWeight[pools - 2] = merged;
                poolEnd[pools - 2] = poolEnd[pools - 1];
                pools--;
            }
        }
    }

    private double centre(int vertex) {
        return top[vertex] + graph.heightOf[vertex] / 2;
    }

    private void moveTo(double firstTop) {
        double lowest = Double.POSITIVE_INFINITY;
        for (double y : top) {
            lowest = Math.min(lowest, y);
        }
        if (lowest != Double.POSITIVE_INFINITY) {
            for (int v = 0; v < top.length; v++) {
                top[v] = top[v] - lowest + firstTop;
            }
        }
    }

    /**
     * The fit keeps the gaps in exact arithmetic, but rounding can leave a box a hair over the
     * one above; this pushes such a box down, computing the bottom exactly as {@link Box} does.
     */
    private void settle() {
        for (int[] column : order) {
            for (int i = 1; i < column.length; i++) {
                int above = column[i - 1];
                top[column[i]] = Math.max(top[column[i]], top[above] + graph.heightOf[above] + gap);
            }
        }
    }
}
