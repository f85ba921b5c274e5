package org.careerroutes.routemap.layout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout's properties on many random maps, from 10 to 1,000 nodes and 3 to 10 stages. */
class RandomMapLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    static Stream<Arguments> maps() {
        Random sizes = new Random(20261124);
        List<Arguments> maps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int nodes = i < 30 ? 10 + sizes.nextInt(140) : 150 + sizes.nextInt(851);
            int stages = 3 + sizes.nextInt(8);
            int edges = nodes * (10 + sizes.nextInt(11)) / 10;
            maps.add(Arguments.of(1000L + i, nodes, stages, edges));
        }
        maps.add(Arguments.of(1L, 1000, 10, 1500));
        return maps.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} nodes, {2} stages, {3} edges")
    @MethodSource("maps")
    void layoutIsWellFormedAndRepeatable(long seed, int nodes, int stages, int edges) {
        LayoutInput input = RouteMaps.random(seed, nodes, stages, edges);
        MapLayout layout = LayeredLayout.layout(input, OPTIONS);
        LayoutChecks.assertWellFormed(input, OPTIONS, layout);
        if (nodes <= 100) {
            LayoutChecks.assertRoutesMissOtherBoxes(layout);
        }
        LayoutChecks.assertSameLayout(layout, LayeredLayout.layout(RouteMaps.random(seed, nodes, stages, edges), OPTIONS));
    }

    @ParameterizedTest(name = "seed {0}: {1} nodes, {2} stages, {3} edges")
    @MethodSource("maps")
    void sweepsNeverAddCrossingsToTheContentOrder(long seed, int nodes, int stages, int edges) {
        LayoutInput input = RouteMaps.random(seed, nodes, stages, edges);
        int swept = LayeredLayout.crossings(input, LayeredLayout.layout(input, OPTIONS));
        int contentOrder = LayeredLayout.crossings(input, LayeredLayout.layout(input, OPTIONS, 0));
        assertTrue(swept <= contentOrder, swept + " crossings after sweeps, " + contentOrder + " in content order");
    }

    @ParameterizedTest(name = "seed {0}: {1} nodes, {2} stages, {3} edges")
    @MethodSource("maps")
    void crossingsReadFromTheRoutesMatchThoseOfTheColumnOrder(long seed, int nodes, int stages, int edges) {
        LayoutInput input = RouteMaps.random(seed, nodes, stages, edges);
        GraphIndex graph = GraphIndex.of(input);
        LayerGraph layers = new LayerGraph(graph, ColumnAssignment.of(graph), OPTIONS.rowGap());
        long fromOrder = ColumnOrdering.crossings(layers, layers.initialOrder());
        assertEquals(fromOrder, LayeredLayout.crossings(input, LayeredLayout.layout(input, OPTIONS, 0)));
    }
}
