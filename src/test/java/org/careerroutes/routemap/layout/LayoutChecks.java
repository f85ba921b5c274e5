package org.careerroutes.routemap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The properties every layout must have, checked from the outside through the public API. */
final class LayoutChecks {

    /** Slack for sums that floating point may round by an ulp or so. */
    private static final double EPSILON = 1e-6;

    private LayoutChecks() {
    }

    static void assertWellFormed(LayoutInput input, LayoutOptions options, MapLayout layout) {
        List<String> ids = input.nodes().stream().map(LayoutNode::id).toList();
        assertEquals(ids, List.copyOf(layout.nodes().keySet()), "a box for every node, in content order");
        assertEquals(ids, List.copyOf(layout.columns().keySet()), "a column for every node, in content order");
        assertSizesKept(input, layout);
        assertNoOverlap(layout);
        assertInsidePadding(options, layout);
        assertEdgesForward(input, layout);
        assertStageBands(input, options, layout);
        assertColumnsTight(input, layout);
        assertRoutes(input, layout);
    }

    private static void assertSizesKept(LayoutInput input, MapLayout layout) {
        for (LayoutNode node : input.nodes()) {
            Box box = layout.nodes().get(node.id());
            assertEquals(node.width(), box.width(), node.id());
            assertEquals(node.height(), box.height(), node.id());
        }
    }

    /** Sorted by left edge, a box can only overlap those that start before it ends. */
    private static void assertNoOverlap(MapLayout layout) {
        List<Map.Entry<String, Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
        boxes.sort(Comparator.comparingDouble(entry -> entry.getValue().x()));
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i).getValue();
            for (int j = i + 1; j < boxes.size() && boxes.get(j).getValue().x() < box.right(); j++) {
                if (box.intersects(boxes.get(j).getValue())) {
                    fail(boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
        }
    }

    private static void assertInsidePadding(LayoutOptions options, MapLayout layout) {
        double padding = options.padding();
        for (Map.Entry<String, Box> entry : layout.nodes().entrySet()) {
            Box box = entry.getValue();
            assertTrue(box.x() >= padding - EPSILON && box.y() >= padding - EPSILON
                            && box.right() <= layout.width() - padding + EPSILON
                            && box.bottom() <= layout.height() - padding + EPSILON,
                    entry + " lies inside the padding of " + layout.width() + " x " + layout.height());
        }
    }

    private static void assertEdgesForward(LayoutInput input, MapLayout layout) {
        for (LayoutEdge edge : input.edges()) {
            Box from = layout.nodes().get(edge.from());
            Box to = layout.nodes().get(edge.to());
            assertTrue(to.x() > from.right(), edge + " runs forward: " + from + " then " + to);
            assertTrue(layout.columns().get(edge.to()) > layout.columns().get(edge.from()), edge + " moves on a column");
        }
    }

    private static void assertStageBands(LayoutInput input, LayoutOptions options, MapLayout layout) {
        assertEquals(input.stages(), layout.stages().stream().map(StageBand::id).toList(), "one band per stage, in order");
        for (int i = 0; i < layout.stages().size(); i++) {
            StageBand band = layout.stages().get(i);
            assertTrue(band.width() > 0, band + " has room for a header");
            assertTrue(band.x() >= options.padding() - EPSILON && band.right() <= layout.width() - options.padding() + EPSILON,
                    band + " lies inside the padding");
            if (i > 0) {
                assertTrue(layout.stages().get(i - 1).right() < band.x(), "bands are ordered and disjoint: "
                        + layout.stages().get(i - 1) + ", " + band);
            }
        }
        Map<String, StageBand> bands = new HashMap<>();
        layout.stages().forEach(band -> bands.put(band.id(), band));
        for (LayoutNode node : input.nodes()) {
            Box box = layout.nodes().get(node.id());
            StageBand band = bands.get(node.stage());
            assertTrue(box.x() >= band.x() - EPSILON && box.right() <= band.right() + EPSILON,
                    node.id() + " " + box + " lies in its stage's band " + band);
        }
    }

    /**
     * Longest-path columns: a node further right than its stage's first column sits just right of
     * a predecessor in the same stage; one without such a predecessor starts the stage.
     */
    private static void assertColumnsTight(LayoutInput input, MapLayout layout) {
        Map<String, String> stageOf = new HashMap<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (LayoutNode node : input.nodes()) {
            stageOf.put(node.id(), node.stage());
            firstColumn.merge(node.stage(), layout.columns().get(node.id()), Math::min);
        }
        Map<String, Integer> nearestSameStage = new HashMap<>();
        for (LayoutEdge edge : input.edges()) {
            if (stageOf.get(edge.from()).equals(stageOf.get(edge.to()))) {
                nearestSameStage.merge(edge.to(), layout.columns().get(edge.from()) + 1, Math::max);
            }
        }
        for (LayoutNode node : input.nodes()) {
            int expected = nearestSameStage.getOrDefault(node.id(), firstColumn.get(node.stage()));
            assertEquals(expected, layout.columns().get(node.id()), "column of " + node.id());
        }
    }

    private static void assertRoutes(LayoutInput input, MapLayout layout) {
        assertEquals(input.edges().size(), layout.edges().size(), "one route per edge");
        for (int e = 0; e < input.edges().size(); e++) {
            LayoutEdge edge = input.edges().get(e);
            EdgeRoute route = layout.edges().get(e);
            assertEquals(edge.from(), route.from());
            assertEquals(edge.to(), route.to());
            Box from = layout.nodes().get(edge.from());
            Box to = layout.nodes().get(edge.to());
            List<Point> points = route.points();
            assertEquals(new Point(from.right(), from.centerY()), points.get(0), "route of " + edge + " starts mid-right");
            assertEquals(new Point(to.x(), to.centerY()), points.get(points.size() - 1), "route of " + edge + " ends mid-left");
            for (int i = 1; i < points.size(); i++) {
                assertTrue(points.get(i).x() >= points.get(i - 1).x(), "route of " + edge + " never turns back: " + points);
                assertFalse(points.get(i).equals(points.get(i - 1)), "no repeated point: " + points);
            }
            for (Point point : points) {
                assertTrue(point.x() >= 0 && point.x() <= layout.width() && point.y() >= 0 && point.y() <= layout.height(),
                        "route of " + edge + " stays inside the map: " + point);
            }
        }
    }

    /** No route cuts through a box other than its own two ends. Quadratic: for small maps. */
    static void assertRoutesMissOtherBoxes(MapLayout layout) {
        for (EdgeRoute route : layout.edges()) {
            for (Map.Entry<String, Box> entry : layout.nodes().entrySet()) {
                if (entry.getKey().equals(route.from()) || entry.getKey().equals(route.to())) {
                    continue;
                }
                for (int i = 1; i < route.points().size(); i++) {
                    assertFalse(crossesInside(route.points().get(i - 1), route.points().get(i), entry.getValue()),
                            route.from() + " -> " + route.to() + " cuts through " + entry);
                }
            }
        }
    }

    /** Whether segment a-b enters the box's interior (clipping the segment to the box). */
    private static boolean crossesInside(Point a, Point b, Box box) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.x(), box.right() - a.x(), a.y() - box.y(), box.bottom() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t1 - t0 <= EPSILON) {
            return false;
        }
        double middleX = a.x() + dx * (t0 + t1) / 2;
        double middleY = a.y() + dy * (t0 + t1) / 2;
        return middleX > box.x() && middleX < box.right() && middleY > box.y() && middleY < box.bottom();
    }

    static void assertSameLayout(MapLayout expected, MapLayout actual) {
        assertNotNull(actual);
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.nodes().keySet()), List.copyOf(actual.nodes().keySet()));
    }
}
