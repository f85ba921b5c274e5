package org.careerroutes.routemap.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.careerroutes.routemap.layout.RouteMaps.edge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Input the content loader should never let through still fails loudly, naming the problem. */
class BadLayoutInputTest {

    private static final List<String> STAGES = List.of("school", "study", "work");
    private static final List<LayoutNode> NODES = List.of(
            new LayoutNode("gcses", "school", 80, 40), new LayoutNode("degree", "study", 80, 40),
            new LayoutNode("stp", "study", 80, 40), new LayoutNode("engineer", "work", 80, 40));

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("cycle inside a stage",
                        new LayoutInput(STAGES, NODES, List.of(edge("gcses", "degree"), edge("degree", "stp"),
                                edge("stp", "degree"))),
                        "the edges form a cycle: 'degree' -> 'stp' -> 'degree'"),
                Arguments.of("edge to itself",
                        new LayoutInput(STAGES, NODES, List.of(edge("stp", "stp"))),
                        "the edges form a cycle: 'stp' -> 'stp'"),
                Arguments.of("edge to an earlier stage",
                        new LayoutInput(STAGES, NODES, List.of(edge("engineer", "degree"))),
                        "edge 'engineer' -> 'degree' goes back from stage 'work' to the earlier stage 'study'"),
                Arguments.of("edge from an unknown node",
                        new LayoutInput(STAGES, NODES, List.of(edge("btec", "degree"))),
                        "edge 'btec' -> 'degree' names unknown node 'btec'"),
                Arguments.of("edge to an unknown node",
                        new LayoutInput(STAGES, NODES, List.of(edge("degree", "phd"))),
                        "edge 'degree' -> 'phd' names unknown node 'phd'"),
                Arguments.of("node in an unknown stage",
                        new LayoutInput(STAGES, List.of(new LayoutNode("ceng", "registration", 80, 40)), List.of()),
                        "node 'ceng' is in unknown stage 'registration'"),
                Arguments.of("node listed twice",
                        new LayoutInput(STAGES, List.of(NODES.get(0), NODES.get(0)), List.of()),
                        "node 'gcses' is listed twice"),
                Arguments.of("stage listed twice",
                        new LayoutInput(List.of("school", "school"), List.of(), List.of()),
                        "stage 'school' is listed twice"),
                Arguments.of("node without a size",
                        new LayoutInput(STAGES, List.of(new LayoutNode("gcses", "school", 0, 40)), List.of()),
                        "node 'gcses' must have a positive, finite size, was 0.0 x 40.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void layoutRefusesAndSaysWhy(String what, LayoutInput input, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayeredLayout.layout(input, LayoutOptions.defaults()));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void crossingsRefusesToo(String what, LayoutInput input, String message) {
        MapLayout empty = new MapLayout(0, 0, Map.of(), List.of(), List.of(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayeredLayout.crossings(input, empty));
        assertEquals(message, e.getMessage());
    }

    @Test
    void crossingsNeedsALayoutOfTheSameInput() {
        LayoutInput input = new LayoutInput(STAGES, NODES, List.of(edge("gcses", "degree")));
        MapLayout other = LayeredLayout.layout(new LayoutInput(STAGES, NODES, List.of()), LayoutOptions.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayeredLayout.crossings(input, other));
        assertEquals("the layout has 0 routes and 3 stages, the input 1 edges and 3 stages: it was not made from this input",
                e.getMessage());
    }

    @Test
    void optionsMustLeaveRoomBetweenColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LayoutOptions(0, 20, 24));
        assertEquals("columnGap must be positive and finite, was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LayoutOptions(64, -1, 24));
        assertThrows(IllegalArgumentException.class, () -> new LayoutOptions(64, 20, Double.NaN));
    }
}
