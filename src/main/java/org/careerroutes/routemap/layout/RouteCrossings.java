package org.careerroutes.routemap.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Counts crossings from a layout's geometry, independently of how the layout ordered its
 * columns: for each gap between adjacent columns, the segment of each route that spans the gap,
 * and the pairs of those whose ends come in opposite orders on the two sides.
 */
final class RouteCrossings {

    private RouteCrossings() {
    }

    static int count(GraphIndex graph, MapLayout layout) {
        if (layout.edges().size() != graph.edgeCount() || layout.stages().size() != graph.stageCount()) {
            throw new IllegalArgumentException("the layout has " + layout.edges().size() + " routes and "
                    + layout.stages().size() + " stages, the input " + graph.edgeCount() + " edges and "
                    + graph.stageCount() + " stages: it was not made from this input");
        }
        ColumnAssignment columns = ColumnAssignment.of(graph);
        int count = columns.columnCount();
        if (count < 2) {
            return 0;
        }
        double[] left = new double[count];
        double[] right = new double[count];
        Arrays.fill(left, Double.POSITIVE_INFINITY);
        Arrays.fill(right, Double.NEGATIVE_INFINITY);
        for (int node = 0; node < graph.nodeCount(); node++) {
            Box box = box(layout, graph.nodes.get(node).id());
            int c = columns.columnOf[node];
            left[c] = Math.min(left[c], box.x());
            right[c] = Math.max(right[c], box.right());
        }
        for (int c = 0; c < count; c++) {
            if (left[c] == Double.POSITIVE_INFINITY) {
                // A column without nodes is an empty stage's only column: its band.
                StageBand band = layout.stages().get(columns.stageOfColumn[c]);
                left[c] = band.x();
                right[c] = band.right();
            }
        }
        int[] segments = new int[count - 1];
        for (int e = 0; e < graph.edgeCount(); e++) {
            for (int g = columns.columnOf[graph.edgeFrom[e]]; g < columns.columnOf[graph.edgeTo[e]]; g++) {
                segments[g]++;
            }
        }
        double[][] leftY = new double[count - 1][];
        double[][] rightY = new double[count - 1][];
        for (int g = 0; g < count - 1; g++) {
            leftY[g] = new double[segments[g]];
            rightY[g] = new double[segments[g]];
        }
        int[] filled = new int[count - 1];
        for (int e = 0; e < graph.edgeCount(); e++) {
            List<Point> points = layout.edges().get(e).points();
            int i = 0;
            for (int g = columns.columnOf[graph.edgeFrom[e]]; g < columns.columnOf[graph.edgeTo[e]]; g++) {
                // The gap's middle lies inside the one segment that spans the gap.
                double middle = (right[g] + left[g + 1]) / 2;
                while (i + 2 < points.size() && points.get(i + 1).x() <= middle) {
                    i++;
                }
                leftY[g][filled[g]] = points.get(i).y();
                rightY[g][filled[g]++] = points.get(i + 1).y();
            }
        }
        long total = 0;
        for (int g = 0; g < count - 1; g++) {
            double[] rightLevels = levels(rightY[g]);
            total += CrossingCounter.count(ranks(leftY[g], levels(leftY[g])), ranks(rightY[g], rightLevels),
                    rightLevels.length);
        }
        return Math.toIntExact(total);
    }

    private static Box box(MapLayout layout, String id) {
        Box box = layout.nodes().get(id);
        if (box == null) {
            throw new IllegalArgumentException("the layout has no box for node '" + id + "'");
        }
        return box;
    }

    /** The distinct values, ascending. */
    private static double[] levels(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int[] ranks(double[] values, double[] levels) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = Arrays.binarySearch(levels, values[i]);
        }
        return ranks;
    }
}
