package org.careerroutes.routemap.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.careerroutes.routemap.layout.RouteMaps.edge;
import static org.careerroutes.routemap.layout.RouteMaps.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout of a map like the Clinical engineer routes, and a few shapes worth a close look. */
class LayeredLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    @Test
    void clinicalEngineerMapIsWellFormed() {
        LayoutInput input = RouteMaps.clinicalEngineer();
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        LayoutChecks.assertRoutesMissOtherBoxes(layout);
    }

    @Test
    void sameInputGivesTheSameLayout() {
        MapLayout first = LayeredLayout.layout(RouteMaps.clinicalEngineer(), OPTIONS);
        MapLayout second = LayeredLayout.layout(RouteMaps.clinicalEngineer(), OPTIONS);
        LayoutChecks.assertSameLayout(first, second);
    }

    @Test
    void stepsThatLeadToOneAnotherInAStageTakeSuccessiveColumnsOfIt() {
        MapLayout layout = LayeredLayout.layout(RouteMaps.clinicalEngineer(), OPTIONS);
        Map<String, Integer> columns = layout.columns();
        assertEquals(columns.get("degree") + 1, columns.get("stp"));
        assertEquals(columns.get("apprenticeship") + 1, columns.get("ptp"));
        assertEquals(columns.get("degree"), columns.get("apprenticeship"), "both start the stage");
        assertEquals(columns.get("gcses") + 1, columns.get("a-levels"));
        StageBand study = layout.stages().get(2);
        assertEquals("Study and training", study.id());
        Box widest = layout.nodes().get("apprenticeship");
        assertEquals(widest.x(), study.x(), "the widest box of the stage's first column starts the band");
    }

    @Test
    void anEdgePastAColumnBendsThroughIt() {
        MapLayout layout = LayeredLayout.layout(RouteMaps.clinicalEngineer(), OPTIONS);
        EdgeRoute route = layout.edges().get(4);
        assertEquals("a-levels -> degree", route.from() + " -> " + route.to());
        StageBand experience = layout.stages().get(1);
        assertTrue(route.points().stream().anyMatch(p -> p.x() == experience.x()), "enters the Experience column");
        assertTrue(route.points().stream().anyMatch(p -> p.x() == experience.right()), "leaves the Experience column");
    }

    @Test
    void aChainRunsStraightEvenWithBoxesOfDifferentHeights() {
        LayoutInput input = new LayoutInput(List.of("a", "b", "c", "d"),
                List.of(new LayoutNode("x", "a", 100, 40), new LayoutNode("y", "b", 60, 90),
                        new LayoutNode("z", "c", 120, 30), new LayoutNode("w", "d", 80, 50)),
                List.of(edge("x", "y"), edge("y", "z"), edge("z", "w")));
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        for (EdgeRoute route : layout.edges()) {
            double y = route.points().get(0).y();
            assertTrue(route.points().stream().allMatch(p -> p.y() == y), "straight: " + route);
        }
    }

    @Test
    void aStepBetweenTwoOthersSitsBetweenThem() {
        LayoutInput input = new LayoutInput(List.of("a", "b", "c"),
                List.of(new LayoutNode("top", "a", 80, 40), new LayoutNode("bottom", "a", 80, 40),
                        new LayoutNode("joint", "b", 80, 40), new LayoutNode("next", "c", 80, 40)),
                List.of(edge("top", "joint"), edge("bottom", "joint"), edge("joint", "next")));
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        double middle = (layout.nodes().get("top").centerY() + layout.nodes().get("bottom").centerY()) / 2;
        assertEquals(middle, layout.nodes().get("joint").centerY(), 1e-9);
        assertEquals(middle, layout.nodes().get("next").centerY(), 1e-9);
    }

    @Test
    void anEmptyStageKeepsANarrowBandThatEdgesPassThrough() {
        LayoutInput input = new LayoutInput(List.of("first", "nothing yet", "last"),
                List.of(new LayoutNode("a", "first", 80, 40), new LayoutNode("b", "last", 80, 40)),
                List.of(edge("a", "b")));
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        StageBand empty = layout.stages().get(1);
        assertEquals(OPTIONS.columnGap(), empty.width());
        List<Point> points = layout.edges().get(0).points();
        assertEquals(List.of(new Point(24 + 80, 44), new Point(empty.x(), 44), new Point(empty.right(), 44),
                new Point(layout.nodes().get("b").x(), 44)), points);
    }

    @Test
    void nothingToLayOutGivesJustThePadding() {
        MapLayout layout = LayeredLayout.layout(new LayoutInput(List.of(), List.of(), List.of()), OPTIONS);
        assertEquals(48, layout.width());
        assertEquals(48, layout.height());
        assertEquals(0, LayeredLayout.crossings(new LayoutInput(List.of(), List.of(), List.of()), layout));
    }

    @Test
    void narrowBoxesAreCentredInTheirColumnAndRoutesLeaveAlongTheirRow() {
        LayoutInput input = new LayoutInput(List.of("a", "b"),
                List.of(node("wide", "a", "A very long label for a step"), new LayoutNode("narrow", "a", 40, 40),
                        new LayoutNode("next", "b", 50, 40)),
                List.of(edge("narrow", "next")));
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        Box wide = layout.nodes().get("wide");
        Box narrow = layout.nodes().get("narrow");
        assertEquals(wide.centerX(), narrow.centerX(), 1e-9);
        List<Point> points = layout.edges().get(0).points();
        assertEquals(new Point(wide.right(), narrow.centerY()), points.get(1), "out to the column's edge first");
        LayoutChecks.assertRoutesMissOtherBoxes(layout);
    }
}
