package org.careerroutes.routemap.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.careerroutes.routemap.layout.RouteMaps.edge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Maps whose content order crosses but that can be drawn without a crossing. */
class CrossingReductionTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    @Test
    void twoSwappedStepsAreUncrossed() {
        LayoutInput input = new LayoutInput(List.of("a", "b"),
                List.of(box("a1", "a"), box("a2", "a"), box("b1", "b"), box("b2", "b")),
                List.of(edge("a1", "b2"), edge("a2", "b1")));
        assertUncrossed(input, 1);
    }

    @Test
    void aReversedMiddleStageIsUncrossed() {
        LayoutInput input = new LayoutInput(List.of("a", "b", "c"),
                List.of(box("a1", "a"), box("a2", "a"), box("a3", "a"), box("b1", "b"), box("b2", "b"),
                        box("b3", "b"), box("c1", "c"), box("c2", "c"), box("c3", "c")),
                List.of(edge("a1", "b3"), edge("a2", "b2"), edge("a3", "b1"),
                        edge("b1", "c3"), edge("b2", "c2"), edge("b3", "c1")));
        assertUncrossed(input, 6);
    }

    @Test
    void anEdgePastAStageTakesPartInTheOrdering() {
        LayoutInput input = new LayoutInput(List.of("a", "b", "c"),
                List.of(box("a1", "a"), box("a2", "a"), box("b1", "b"), box("c1", "c"), box("c2", "c")),
                List.of(edge("a1", "c2"), edge("a2", "b1"), edge("b1", "c1")));
        assertUncrossed(input, 1);
    }

    @Test
    void theClinicalEngineerMapHasNoCrossing() {
        LayoutInput input = RouteMaps.clinicalEngineer();
        assertEquals(0, LayeredLayout.crossings(input, LayeredLayout.layout(input, OPTIONS)));
    }

    private static void assertUncrossed(LayoutInput input, int inContentOrder) {
        assertEquals(inContentOrder, LayeredLayout.crossings(input, LayeredLayout.layout(input, OPTIONS, 0)),
                "test set-up: crossings of the content order");
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        assertEquals(0, LayeredLayout.crossings(input, layout));
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        assertTrue(layout.edges().size() == input.edges().size());
    }

    private static LayoutNode box(String id, String stage) {
        return new LayoutNode(id, stage, 80, 40);
    }
}
