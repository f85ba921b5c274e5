package org.careerroutes.routemap.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays out a route map in layers (after Sugiyama): stages left to right, split into columns where
 * a stage has steps that lead to one another; crossings reduced by barycenter sweeps; boxes
 * brought level with their neighbours; edges routed through the columns they pass.
 *
 * <p>Deterministic: the same input and options give an equal {@link MapLayout} on every run, as
 * every tie is settled by previous position and, in the end, by content order, and the
 * ordering's restarts shuffle with a fixed seed.
 *
 * <p>Within a column, boxes are centred horizontally, and a column is as wide as its widest box.
 * A stage without nodes still gets one column, as wide as the column gap, so that its header has
 * a place and edges passing it bend through it like through any other column.
 */
public final class LayeredLayout {

    /** A passing edge never takes less height than this, so two of them never share a y. */
    private static final double MIN_PASSING_HEIGHT = 1;

    private LayeredLayout() {
    }

    /**
     * @throws IllegalArgumentException if a node's stage is unknown, an edge names an unknown
     *                                  node, leads to an earlier stage, or the edges form a cycle;
     *                                  also for duplicate ids and sizes that are not positive
     */
    public static MapLayout layout(LayoutInput input, LayoutOptions options) {
        return layout(input, options, ColumnOrdering.DEFAULT_SWEEPS);
    }

    /**
     * Edge-segment crossings between adjacent columns of a layout made by {@link #layout} from
     * the same input, read from the geometry of its routes.
     */
    public static int crossings(LayoutInput input, MapLayout layout) {
        return RouteCrossings.count(GraphIndex.of(input), layout);
    }

    /** With {@code sweeps} 0 the columns keep content order, which tests compare against. */
    static MapLayout layout(LayoutInput input, LayoutOptions options, int sweeps) {
        Objects.requireNonNull(options, "options");
        GraphIndex graph = GraphIndex.of(input);
        ColumnAssignment columns = ColumnAssignment.of(graph);
        LayerGraph layers = new LayerGraph(graph, columns, Math.max(options.rowGap(), MIN_PASSING_HEIGHT));
        int[][] order = ColumnOrdering.order(layers, sweeps);
        double[] top = VerticalPlacement.place(layers, order, options.rowGap(), options.padding());
        return new Geometry(graph, columns, layers, top, options).toLayout();
    }

    /** Turns columns and tops into boxes, routes and bands. */
    private static final class Geometry {
        private final GraphIndex graph;
        private final ColumnAssignment columns;
        private final LayerGraph layers;
        private final double[] top;
        private final LayoutOptions options;
        private final double[] columnX;
        private final double[] columnWidth;
        private final Box[] boxes;

        Geometry(GraphIndex graph, ColumnAssignment columns, LayerGraph layers, double[] top, LayoutOptions options) {
            this.graph = graph;
            this.columns = columns;
            this.layers = layers;
            this.top = top;
            this.options = options;
            int count = columns.columnCount();
            columnWidth = new double[count];
            boolean[] hasNode = new boolean[count];
            for (int node = 0; node < graph.nodeCount(); node++) {
                int c = columns.columnOf[node];
                columnWidth[c] = Math.max(columnWidth[c], graph.nodes.get(node).width());
                hasNode[c] = true;
            }
            columnX = new double[count];
            double x = options.padding();
            for (int c = 0; c < count; c++) {
                // Only an empty stage's column has no node (each later column of a stage holds
                // the successor of a node in the column before).
                if (!hasNode[c]) {
                    columnWidth[c] = options.columnGap();
                }
                columnX[c] = x;
                x += columnWidth[c] + options.columnGap();
            }
            boxes = new Box[graph.nodeCount()];
            for (int node = 0; node < boxes.length; node++) {
                LayoutNode n = graph.nodes.get(node);
                int c = columns.columnOf[node];
                boxes[node] = new Box(columnX[c] + (columnWidth[c] - n.width()) / 2, top[node], n.width(), n.height());
            }
        }

        MapLayout toLayout() {
            Map<String, Box> nodeBoxes = new LinkedHashMap<>();
            Map<String, Integer> nodeColumns = new LinkedHashMap<>();
            for (int node = 0; node < boxes.length; node++) {
                nodeBoxes.put(graph.nodes.get(node).id(), boxes[node]);
                nodeColumns.put(graph.nodes.get(node).id(), columns.columnOf[node]);
            }
            List<EdgeRoute> routes = new ArrayList<>(graph.edgeCount());
            for (int e = 0; e < graph.edgeCount(); e++) {
                LayoutEdge edge = graph.edges.get(e);
                routes.add(new EdgeRoute(edge.from(), edge.to(), route(layers.chains[e])));
            }
            List<StageBand> bands = new ArrayList<>(graph.stageCount());
            for (int s = 0; s < graph.stageCount(); s++) {
                int first = columns.stageFirstColumn[s];
                int last = first + columns.stageColumnCount[s] - 1;
                bands.add(new StageBand(graph.stages.get(s), columnX[first], right(last) - columnX[first]));
            }
            double width = columnX.length == 0 ? 2 * options.padding() : right(columnX.length - 1) + options.padding();
            double bottom = options.padding();
            for (int v = 0; v < layers.vertexCount; v++) {
                bottom = Math.max(bottom, top[v] + layers.heightOf[v]);
            }
            return new MapLayout(width, bottom + options.padding(), nodeBoxes, routes, bands, nodeColumns);
        }

        /**
         * Horizontal inside each column, so that the route passes no box there: out of the
         * source to its column's edge, through each passing slot, into the target's column at
         * the target's height. Straight across each gap.
         */
        private List<Point> route(int[] chain) {
            List<Point> points = new ArrayList<>(2 * chain.length);
            Box source = boxes[chain[0]];
            int sourceColumn = layers.columnOf[chain[0]];
            add(points, new Point(source.right(), source.centerY()));
            add(points, new Point(right(sourceColumn), source.centerY()));
            for (int k = 1; k < chain.length - 1; k++) {
                int passing = chain[k];
                int c = layers.columnOf[passing];
                double y = top[passing] + layers.heightOf[passing] / 2;
                add(points, new Point(columnX[c], y));
                add(points, new Point(right(c), y));
            }
            Box target = boxes[chain[chain.length - 1]];
            add(points, new Point(columnX[layers.columnOf[chain[chain.length - 1]]], target.centerY()));
            add(points, new Point(target.x(), target.centerY()));
            return points;
        }

        private double right(int column) {
            return columnX[column] + columnWidth[column];
        }

        private static void add(List<Point> points, Point point) {
            if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
                points.add(point);
            }
        }
    }
}
