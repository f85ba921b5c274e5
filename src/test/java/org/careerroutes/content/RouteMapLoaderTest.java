package org.careerroutes.content;

import org.careerroutes.model.NodeKind;
import org.careerroutes.model.RouteMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route map's own checks, on a small map put in place of the built-in one. */
class RouteMapLoaderTest {

    private static final String SMALL_MAP = """
            "routeMap": {
                "stages": [ {"id": "school", "title": "School"}, {"id": "work", "title": "Work"} ],
                "nodes": [
                  {"id": "a", "stage": "school", "title": "A", "kind": "qualification", "duration": {"text": "2 years", "months": 24}},
                  {"id": "b", "stage": "school", "title": "B", "kind": "qualification", "link": "university"},
                  {"id": "c", "stage": "work", "title": "C", "kind": "goal"}
                ],
                "edges": [ {"from": "a", "to": "b"}, {"from": "b", "to": "c", "optional": true} ],
                "pathways": [ {"id": "p", "title": "P", "steps": ["a", "b", "c"]} ]
              }
            }
            """;

    /**
     * The built-in profile with the small map in place of its own map and facts, and without the
     * steps its entry rules name, which are steps of its own map.
     */
    static String withMap(String map) {
        String json = TestProfiles.builtInJson();
        json = json.replaceAll("\"step\": \"[a-z-]+\",\\s*", "").replaceAll(",\\s*\"step\": \"[a-z-]+\"", "");
        return json.substring(0, json.indexOf("\"routeMap\"")) + map;
    }

    /** The small map with {@code find} replaced, checking the test's own set-up. */
    static String smallMapWith(String find, String replace) {
        assertTrue(SMALL_MAP.contains(find), "test set-up: the small map contains " + find);
        return withMap(SMALL_MAP.replace(find, replace));
    }

    @Test
    void aSmallValidMapLoads() {
        LoadResult result = ProfileLoader.read("map.json", withMap(SMALL_MAP));
        assertEquals(List.of(), result.problems());
        RouteMap map = result.profile().orElseThrow().routeMap().orElseThrow();
        assertEquals(2, map.stages().size());
        assertEquals(NodeKind.GOAL, map.node("c").orElseThrow().kind());
        assertEquals(24, map.node("a").orElseThrow().duration().orElseThrow().months());
        assertEquals("university", map.node("b").orElseThrow().link().orElseThrow());
        assertTrue(map.edges().get(1).optional());
        assertFalse(map.edges().get(0).optional());
        assertEquals(List.of("a", "b", "c"), map.pathway("p").orElseThrow().steps());
    }

    @Test
    void theBuiltInMapHasTheStagesAndPathwaysOfTheProfile() {
        RouteMap map = ProfileLoader.loadBuiltIn().profile().orElseThrow().routeMap().orElseThrow();
        assertEquals(List.of("School", "Experience", "Study and training", "Registration", "Clinical engineer", "Senior roles"),
                map.stages().stream().map(s -> s.title()).toList());
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp", "private-sector"),
                map.pathways().stream().map(p -> p.id()).toList());
        assertTrue(map.node("hcpc").isPresent());
        assertEquals(4, map.nodesIn("senior").size());
    }

    static Stream<Arguments> brokenMaps() {
        return Stream.of(
                Arguments.of("unknown node in an edge",
                        smallMapWith("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"a\", \"to\": \"zz\"}"),
                        "edge names an unknown node \"zz\"", "\"zz\"", 1),
                Arguments.of("unknown node in a pathway",
                        smallMapWith("\"steps\": [\"a\", \"b\", \"c\"]}", "\"steps\": [\"a\", \"b\", \"c\"]}, {\"id\": \"q\", \"title\": \"Q\", \"steps\": [\"a\", \"zz\"]}"),
                        "pathway \"q\" names an unknown node \"zz\"", "\"zz\"", 1),
                Arguments.of("duplicate node id",
                        smallMapWith("\"kind\": \"goal\"}", "\"kind\": \"goal\"}, {\"id\": \"c\", \"stage\": \"work\", \"title\": \"C2\", \"kind\": \"goal\"}"),
                        "duplicate node id \"c\"", "\"c\"", 2),
                Arguments.of("duplicate stage id",
                        smallMapWith("{\"id\": \"work\", \"title\": \"Work\"}", "{\"id\": \"work\", \"title\": \"Work\"}, {\"id\": \"work\", \"title\": \"Again\"}"),
                        "duplicate stage id \"work\"", "\"work\", \"title\": \"Again\"", 1),
                Arguments.of("duplicate pathway id",
                        smallMapWith("\"steps\": [\"a\", \"b\", \"c\"]}", "\"steps\": [\"a\", \"b\", \"c\"]}, {\"id\": \"p\", \"title\": \"P2\", \"steps\": [\"a\", \"b\"]}"),
                        "duplicate pathway id \"p\"", "\"p\", \"title\": \"P2\"", 1),
                Arguments.of("cycle",
                        smallMapWith("\"kind\": \"goal\"}", "\"kind\": \"goal\"}, {\"id\": \"d\", \"stage\": \"work\", \"title\": \"D\", \"kind\": \"role\"}")
                                .replace("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"c\", \"to\": \"d\"}, {\"from\": \"d\", \"to\": \"c\"}"),
                        "the edges make a cycle: c \u2192 d \u2192 c", "\"c\"}, {\"from\": \"b\"", 1),
                Arguments.of("edge back to an earlier stage",
                        smallMapWith("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"c\", \"to\": \"a\"}"),
                        "edge from \"c\" goes back to \"a\" in an earlier stage", "\"a\"}, {\"from\": \"b\"", 1),
                Arguments.of("node no pathway reaches",
                        smallMapWith("\"kind\": \"goal\"}", "\"kind\": \"goal\"}, {\"id\": \"lonely\", \"stage\": \"work\", \"title\": \"L\", \"kind\": \"role\"}"),
                        "node \"lonely\" is on no pathway, and no pathway leads to it", "\"lonely\"", 1),
                Arguments.of("pathway steps not joined by an edge",
                        smallMapWith("\"steps\": [\"a\", \"b\", \"c\"]}", "\"steps\": [\"a\", \"b\", \"c\"]}, {\"id\": \"q\", \"title\": \"Q\", \"steps\": [\"a\", \"c\"]}"),
                        "pathway \"q\": steps \"a\" and \"c\" are not joined by an edge", "\"c\"]}", 2),
                Arguments.of("unknown stage",
                        smallMapWith("\"kind\": \"goal\"}", "\"kind\": \"goal\"}, {\"id\": \"d\", \"stage\": \"uni\", \"title\": \"D\", \"kind\": \"role\"}")
                                .replace("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"c\", \"to\": \"d\"}"),
                        "unknown stage \"uni\" for node \"d\"; the stages are: school, work", "\"uni\"", 1),
                Arguments.of("unknown kind",
                        smallMapWith("\"kind\": \"goal\"", "\"kind\": \"dream\""),
                        "unknown kind \"dream\"; use one of: qualification, experience", "\"dream\"", 1),
                Arguments.of("link to nothing",
                        smallMapWith("\"link\": \"university\"", "\"link\": \"nowhere\""),
                        "link \"nowhere\" is not a route id or a section", "\"nowhere\"", 1),
                Arguments.of("edge to itself",
                        smallMapWith("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"b\", \"to\": \"b\"}"),
                        "edge from \"b\" to itself", "\"b\"}, {\"from\": \"b\", \"to\": \"c\"", 1),
                Arguments.of("edge given twice",
                        smallMapWith("{\"from\": \"a\", \"to\": \"b\"}", "{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"a\", \"to\": \"b\"}"),
                        "the edge from \"a\" to \"b\" is given twice", "{\"from\": \"a\", \"to\": \"b\"}", 2),
                Arguments.of("pathway of one step",
                        smallMapWith("\"steps\": [\"a\", \"b\", \"c\"]}", "\"steps\": [\"a\", \"b\", \"c\"]}, {\"id\": \"q\", \"title\": \"Q\", \"steps\": [\"a\"]}"),
                        "a pathway needs at least two steps", "[\"a\"]", 1),
                Arguments.of("optional that is not true or false",
                        smallMapWith("\"optional\": true", "\"optional\": \"yes\""),
                        "routeMap.edges[1].optional must be true or false, not text", "\"yes\"", 1),
                Arguments.of("negative duration",
                        smallMapWith("\"months\": 24", "\"months\": -3"),
                        "months must not be negative", "-3}", 1));
    }

    @Test
    void theStagesOfAnUnknownStageAreListedInFileOrder() {
        String json = smallMapWith("{\"id\": \"work\", \"title\": \"Work\"}",
                "{\"id\": \"sixth-form\", \"title\": \"Sixth form\"}, {\"id\": \"work\", \"title\": \"Work\"}")
                .replace("\"stage\": \"work\"", "\"stage\": \"uni\"");
        assertOneErrorAt("stages in file order", json,
                "unknown stage \"uni\" for node \"c\"; the stages are: school, sixth-form, work", "\"uni\"", 1);
    }

    @Test
    void anUnknownStageWhenNoStageHasAnIdSaysSo() {
        String json = smallMapWith("{\"id\": \"school\", \"title\": \"School\"}, {\"id\": \"work\", \"title\": \"Work\"}",
                "{\"title\": \"School\"}");
        LoadResult result = ProfileLoader.read("map.json", json);
        List<String> unknownStages = result.errors().stream().map(Problem::message)
                .filter(m -> m.startsWith("unknown stage")).toList();
        assertEquals(3, unknownStages.size(), result.problems()::toString);
        assertEquals("unknown stage \"school\" for node \"a\"; no stage in \"stages\" has an id to name",
                unknownStages.get(0));
    }

    @Test
    void aLongCycleIsShownShortened() {
        StringBuilder nodes = new StringBuilder();
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            nodes.append(", {\"id\": \"n").append(i).append("\", \"stage\": \"work\", \"title\": \"N\", \"kind\": \"role\"}");
            edges.append(", {\"from\": \"").append(i == 0 ? "c" : "n" + (i - 1)).append("\", \"to\": \"n").append(i).append("\"}");
        }
        edges.append(", {\"from\": \"n29\", \"to\": \"c\"}");
        String json = smallMapWith("\"kind\": \"goal\"}", "\"kind\": \"goal\"}" + nodes)
                .replace("{\"from\": \"b\", \"to\": \"c\", \"optional\": true}",
                        "{\"from\": \"b\", \"to\": \"c\", \"optional\": true}" + edges);

        List<String> cycles = ProfileLoader.read("map.json", json).errors().stream().map(Problem::message)
                .filter(m -> m.startsWith("the edges make a cycle")).toList();

        assertEquals(List.of("the edges make a cycle: c \u2192 n0 \u2192 n1 \u2192 n2 \u2192 n3 \u2192 n4 \u2192 n5 \u2192 n6 "
                + "\u2192 n7 \u2192 n8 \u2192 n9 \u2192 n10 \u2192 n11 \u2192 n12 \u2192 n13 \u2192 n14 \u2192 n15 \u2192 n16 "
                + "\u2192 n17 \u2192 \u2026 \u2192 c (31 steps)"), cycles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMaps")
    void eachBrokenMapGivesOneClearErrorAtTheRightPlace(String name, String json, String expected,
                                                        String marker, int occurrence) {
        assertOneErrorAt(name, json, expected, marker, occurrence);
    }

    /** Exactly one error, saying {@code expected}, at the {@code occurrence}-th {@code marker} of the file. */
    static Problem assertOneErrorAt(String name, String json, String expected, String marker, int occurrence) {
        LoadResult result = ProfileLoader.read("map.json", json);
        assertFalse(result.isValid(), name);
        assertEquals(1, result.errors().size(), () -> "exactly one error for " + name + ": " + result.problems());
        Problem error = result.errors().get(0);
        assertTrue(error.message().contains(expected), () -> name + ": " + error.message());
        int[] at = TestProfiles.lineAndColumn(json, marker, occurrence);
        assertEquals(at[0] + ":" + at[1], error.line() + ":" + error.column(), () -> name + ": " + error.format());
        return error;
    }
}
