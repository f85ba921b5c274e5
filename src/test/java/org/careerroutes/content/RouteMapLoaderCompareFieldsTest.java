package org.careerroutes.content;

import org.careerroutes.model.MapNode;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.RouteMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fields a comparison of routes reads from a route-map step: whether it is paid and how (with
 * its source), the qualification it gives, the register it reaches, and a length that is sensible.
 */
class RouteMapLoaderCompareFieldsTest {

    private static final String MAP = """
            "routeMap": {
                "stages": [ {"id": "school", "title": "School"}, {"id": "work", "title": "Work"} ],
                "nodes": [
                  {"id": "a", "stage": "school", "title": "A", "kind": "qualification", "duration": {"text": "2 years", "months": 24},
                   "qualificationGained": "A levels"},
                  {"id": "b", "stage": "school", "title": "B", "kind": "training",
                   "paidWhileTraining": {"paid": true, "how": "Paid work as an apprentice", "source": "The standard"}},
                  {"id": "r", "stage": "work", "title": "R", "kind": "registration", "registrationReached": "The HCPC register"},
                  {"id": "c", "stage": "work", "title": "C", "kind": "goal"}
                ],
                "edges": [ {"from": "a", "to": "b"}, {"from": "b", "to": "r"}, {"from": "r", "to": "c"} ],
                "pathways": [ {"id": "p", "title": "P", "steps": ["a", "b", "r", "c"]} ]
              }
            }
            """;

    private static String with(String find, String replace) {
        assertTrue(MAP.contains(find), "test set-up: the map contains " + find);
        return RouteMapLoaderTest.withMap(MAP.replace(find, replace));
    }

    @Test
    void theFieldsAreRead() {
        LoadResult result = ProfileLoader.read("map.json", RouteMapLoaderTest.withMap(MAP));
        assertEquals(List.of(), result.problems());
        RouteMap map = result.profile().orElseThrow().routeMap().orElseThrow();
        assertEquals(Optional.of("A levels"), map.node("a").orElseThrow().qualificationGained());
        assertEquals(Optional.of(new PaidWhileTraining(true, "Paid work as an apprentice", "The standard")),
                map.node("b").orElseThrow().paid());
        assertEquals(Optional.of("The HCPC register"), map.node("r").orElseThrow().registrationReached());
        MapNode goal = map.node("c").orElseThrow();
        assertTrue(goal.paid().isEmpty() && goal.qualificationGained().isEmpty() && goal.registrationReached().isEmpty());
    }

    @Test
    void theBuiltInProfileSaysHowEachTrainingStepIsPaidWithItsSource() {
        RouteMap map = ProfileLoader.loadBuiltIn().profile().orElseThrow().routeMap().orElseThrow();
        assertFalse(map.node("degree").orElseThrow().paid().orElseThrow().paid());
        assertEquals("You study at university as a student, not as an employee", map.node("degree").orElseThrow().paid().orElseThrow().how());
        assertEquals("Employed by the NHS on a fixed-term contract", map.node("stp").orElseThrow().paid().orElseThrow().how());
        assertEquals("Employed as an apprentice and paid a wage, at least the apprentice rate of the National Minimum Wage; "
                + "no tuition fees", map.node("degree-apprenticeship").orElseThrow().paid().orElseThrow().how());
        assertTrue(map.node("ptp").orElseThrow().paid().orElseThrow().paid());
        for (String step : List.of("degree", "stp", "degree-apprenticeship", "ptp", "private-sector")) {
            assertFalse(map.node(step).orElseThrow().paid().orElseThrow().source().isBlank(), step);
        }
        assertTrue(map.node("hcpc").orElseThrow().registrationReached().orElseThrow().contains("HCPC"));
        assertTrue(map.node("chartered").orElseThrow().registrationReached().orElseThrow().startsWith("Chartered engineer"));
        // Not known, so not given: the app says "varies".
        assertTrue(map.node("private-sector").orElseThrow().duration().isEmpty());
        assertTrue(map.node("chartered").orElseThrow().duration().isEmpty());
    }

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                Arguments.of("paid that is not true or false",
                        with("\"paid\": true", "\"paid\": \"yes\""),
                        "paidWhileTraining.paid must be true or false, not text", "\"yes\"", 1),
                Arguments.of("paid while training without a source",
                        with(", \"source\": \"The standard\"}", "}"),
                        "missing required field \"source\" in routeMap.nodes[1].paidWhileTraining",
                        "{\"paid\": true", 1),
                Arguments.of("paid while training without how",
                        with("\"how\": \"Paid work as an apprentice\", ", ""),
                        "missing required field \"how\"", "{\"paid\": true", 1),
                Arguments.of("paid while training that is not an object",
                        with("\"paidWhileTraining\": {\"paid\": true, \"how\": \"Paid work as an apprentice\", \"source\": \"The standard\"}",
                                "\"paidWhileTraining\": true"),
                        "paidWhileTraining must be an object", "true}", 1),
                Arguments.of("a blank source",
                        with("\"source\": \"The standard\"", "\"source\": \" \""),
                        "paidWhileTraining.source must not be blank", "\" \"", 1),
                Arguments.of("qualification gained that is a number",
                        with("\"qualificationGained\": \"A levels\"", "\"qualificationGained\": 3"),
                        "qualificationGained must be text in double quotes, not a number", "3}", 1),
                Arguments.of("registration reached on a step that is not a registration",
                        with("\"kind\": \"goal\"}", "\"kind\": \"goal\", \"registrationReached\": \"CEng\"}"),
                        "\"registrationReached\" is for a step of kind \"registration\", not \"goal\"", "\"CEng\"", 1),
                Arguments.of("absurdly many months",
                        with("\"months\": 24", "\"months\": 2400"),
                        "months must be at most 240 (20 years), not 2400", "2400", 1),
                Arguments.of("negative months",
                        with("\"months\": 24", "\"months\": -1"),
                        "months must not be negative", "-1}", 1),
                Arguments.of("months as text",
                        with("\"months\": 24", "\"months\": \"24\""),
                        "months must be a whole number without quotes", "\"24\"", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void eachBrokenFieldGivesOneClearErrorAtTheRightPlace(String name, String json, String expected,
                                                          String marker, int occurrence) {
        Problem error = RouteMapLoaderTest.assertOneErrorAt(name, json, expected, marker, occurrence);
        assertTrue(error.format().startsWith("map.json:" + error.line() + ":" + error.column() + ": "), error::format);
    }

    @Test
    void anUnknownFieldInPaidWhileTrainingIsNamedWithWhereItBelongs() {
        LoadResult result = ProfileLoader.read("map.json", with("\"how\": \"Paid", "\"hwo\": \"x\", \"how\": \"Paid"));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().contains("unknown field \"hwo\""), result.problems()::toString);
    }
}
