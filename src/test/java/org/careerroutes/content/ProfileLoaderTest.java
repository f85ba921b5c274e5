package org.careerroutes.content;

import org.careerroutes.model.BulletList;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileLoaderTest {

    @Test
    void builtInProfileLoadsWithoutAnyProblem() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        assertEquals(List.of(), result.problems());
        Profile profile = result.profile().orElseThrow();
        assertEquals("Clinical engineer", profile.title());
        assertEquals(7, profile.duties().items().size());
        assertEquals(List.of("university", "apprenticeship", "practitioner-training", "private-sector"),
                profile.entryRoutes().routes().stream().map(r -> r.id()).toList());
        assertEquals(8, profile.skills().items().size());
        assertEquals(List.of("Maths", "Physics"), profile.subjects().items());
        assertTrue(profile.registration().isPresent());
        assertTrue(profile.salary().isEmpty(), "the seed has no salary, so the built-in profile has none");
        assertTrue(profile.hours().isEmpty());
        assertTrue(profile.entryRoutes().routes().get(0).blocks().get(0) instanceof BulletList);
    }

    /** A valid profile's text with one substitution, so each case breaks exactly one thing. */
    static String builtInWith(String find, String replace) {
        String json = TestProfiles.builtInJson();
        assertTrue(json.contains(find), "test set-up: built-in profile contains " + find);
        return json.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }

    static Stream<Arguments> brokenFiles() {
        String title = "\"title\": \"Clinical engineer\",";
        return Stream.of(
                Arguments.of("trailing comma in a list",
                        builtInWith("\"Physics\"\n", "\"Physics\",\n"),
                        "a comma too many before ']'"),
                Arguments.of("comment",
                        builtInWith(title, title + " // the job"),
                        "comments are not allowed"),
                Arguments.of("single quotes",
                        builtInWith("\"title\": \"Clinical engineer\"", "\"title\": 'Clinical engineer'"),
                        "double quotes"),
                Arguments.of("unquoted field name",
                        builtInWith("\"title\": \"Clinical engineer\"", "title: \"Clinical engineer\""),
                        "must be in double quotes"),
                Arguments.of("missing comma between fields",
                        builtInWith(title, "\"title\": \"Clinical engineer\""),
                        "expected a comma or a closing brace"),
                Arguments.of("text not closed",
                        builtInWith("\"Clinical engineer\",", "\"Clinical engineer,"),
                        "line break or tab inside text"),
                Arguments.of("missing required field",
                        builtInWith(title, ""),
                        "missing required field \"title\" in the profile"),
                Arguments.of("wrong type",
                        builtInWith("\"formatVersion\": 1", "\"formatVersion\": \"one\""),
                        "formatVersion must be a whole number, not text"),
                Arguments.of("not a whole number",
                        builtInWith("\"formatVersion\": 1", "\"formatVersion\": 1.5"),
                        "formatVersion must be a whole number, not 1.5"),
                Arguments.of("unknown formatVersion",
                        builtInWith("\"formatVersion\": 1", "\"formatVersion\": 2"),
                        "unsupported formatVersion 2"),
                Arguments.of("empty list where one is required",
                        builtInWith("\"items\": [\n          \"Maths\",\n          \"Physics\"\n        ]", "\"items\": []"),
                        "subjects.blocks[0].items must not be empty"),
                Arguments.of("blank text",
                        builtInWith("\"title\": \"University\"", "\"title\": \"  \""),
                        "entryRoutes.routes[0].title must not be blank"),
                Arguments.of("null value",
                        builtInWith("\"title\": \"University\"", "\"title\": null"),
                        "entryRoutes.routes[0].title must not be null"),
                Arguments.of("duplicate route id",
                        builtInWith("\"routes\": [", "\"routes\": [ { \"id\": \"university\", \"title\": \"Again\", "
                                + "\"blocks\": [\"x\"], \"entryRequirements\": { \"heading\": \"h\", \"blocks\": [\"y\"] } },"),
                        "duplicate route id \"university\""),
                Arguments.of("bad id",
                        builtInWith("\"id\": \"clinical-engineer\"", "\"id\": \"Clinical Engineer\""),
                        "is not a valid id"),
                Arguments.of("duplicate field",
                        builtInWith(title, title + "\n  \"title\": \"Again\","),
                        "duplicate field \"title\""),
                Arguments.of("fact about nothing",
                        builtInWith("\"about\": [\n        \"apprenticeship\",", "\"about\": [\n        \"apprentiseship\","),
                        "fact is about \"apprentiseship\", which is not a route, a section or a route-map step"),
                Arguments.of("fact about nothing, as a single id",
                        builtInWith("\"about\": [\n        \"careerPath\",\n        \"consultant\"\n      ]", "\"about\": \"career-path\""),
                        "fact is about \"career-path\""),
                Arguments.of("fact month not YYYY-MM",
                        // a fact's (an entry-requirements checkpoint's comes first, followed by a comma)
                        builtInWith("\"checked\": \"2026-11\"\n", "\"checked\": \"Nov 2026\"\n"),
                        "as YYYY-MM"),
                Arguments.of("block of the wrong kind",
                        builtInWith("\"Your degree should be accredited by the Engineering Council.\"", "42"),
                        "must be a paragraph (text) or a list"),
                Arguments.of("text after the end",
                        TestProfiles.builtInJson() + "\n{}",
                        "unexpected"),
                Arguments.of("cut short",
                        TestProfiles.builtInJson().substring(0, TestProfiles.builtInJson().indexOf("\"duties\"")),
                        "the file ends too early"),
                Arguments.of("empty file", "  \n", "the file is empty"),
                Arguments.of("a list, not an object", "[1, 2]", "the profile must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileGivesOneClearErrorAtTheRightPlace(String name, String json, String expected) {
        LoadResult result = ProfileLoader.read("broken.json", json);

        assertFalse(result.isValid());
        assertTrue(result.profile().isEmpty());
        assertEquals(1, result.errors().size(), () -> "exactly one error for " + name + ": " + result.problems());
        Problem error = result.errors().get(0);
        assertTrue(error.message().contains(expected), () -> "message for " + name + ": " + error.message());
        int[] expectedAt = TestProfiles.whereItBreaks(json, name);
        assertEquals(expectedAt[0], error.line(), () -> "line for " + name + ": " + error.format());
        if (expectedAt[1] > 0) {
            assertEquals(expectedAt[1], error.column(), () -> "column for " + name + ": " + error.format());
        }
        assertTrue(error.format().startsWith("broken.json:" + error.line() + ":" + error.column() + ": "));
    }

    @Test
    void aFileWithSeveralProblemsReportsThemAllInFileOrder() {
        String json = builtInWith("\"title\": \"University\"", "\"title\": 7");
        json = json.replaceFirst("\"checked\": \"2026-11\"", "\"checked\": \"soon\"");
        json = json.replace("\"heading\": \"Related skills\",", "\"heading\": \"Related skills\", \"colour\": \"red\",");
        json = json.replace("\"heading\": \"Career opportunities\",", "");

        LoadResult result = ProfileLoader.read("several.json", json);

        List<String> messages = result.problems().stream().map(Problem::format).toList();
        assertEquals(4, messages.size(), messages::toString);
        // The route whose title is wrong still has its facts: no knock-on errors.
        assertEquals(3, result.errors().size(), messages::toString);
        assertEquals(1, result.warnings().size(), messages::toString);
        int previousLine = 0;
        for (Problem p : result.problems()) {
            assertTrue(p.line() >= previousLine, "in file order: " + messages);
            previousLine = p.line();
        }
        assertTrue(messages.stream().anyMatch(m -> m.contains("entryRoutes.routes[0].title must be text")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"soon\"")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("warning: unknown field \"colour\"")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing required field \"heading\" in careerPath")));
    }

    @Test
    void anUnknownFieldIsAWarningWithASuggestionAndTheProfileStillLoads() {
        String json = builtInWith("\"summary\":", "\"summmary\": \"typo\",\n  \"summary\":");

        LoadResult result = ProfileLoader.read("typo.json", json);

        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(1, result.warnings().size());
        Problem warning = result.warnings().get(0);
        assertEquals(5, warning.line());
        assertEquals(3, warning.column());
        assertEquals("typo.json:5:3: warning: unknown field \"summmary\" in the profile is ignored; "
                + "did you mean \"summary\"?", warning.format());
    }

    @Test
    void optionalSalaryAndHoursAreReadWhenPresent() {
        String json = builtInWith("\"source\": {", """
                "salary": { "text": "£30,000 to £45,000", "source": "An example survey", "checked": "2026-10" },
                  "source": {""");

        Profile profile = ProfileLoader.read("salary.json", json).profile().orElseThrow();

        assertEquals("£30,000 to £45,000", profile.salary().orElseThrow().text());
        assertTrue(profile.hours().isEmpty());
    }

    @Test
    void aFolderLoadsEveryJsonFileInNameOrder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.json"), "{", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.json"), TestProfiles.builtInJson(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "not content", StandardCharsets.UTF_8);

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(2, results.size());
        assertTrue(results.get(0).file().endsWith("a.json"));
        assertTrue(results.get(0).isValid());
        assertTrue(results.get(1).file().endsWith("b.json"));
        assertFalse(results.get(1).isValid());
    }

    @Test
    void anEmptyFolderIsReported(@TempDir Path folder) {
        List<LoadResult> results = ProfileLoader.loadPath(folder);
        assertEquals(1, results.size());
        assertTrue(results.get(0).errors().get(0).message().contains("no profile files"));
    }

    @Test
    void aMissingFileIsReported(@TempDir Path folder) {
        LoadResult result = ProfileLoader.loadFile(folder.resolve("nope.json"));
        assertEquals("no such file", result.errors().get(0).message());
    }

    @Test
    void problemsWithTheWholeFileHaveNoLineOrColumn(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("nope.json");
        assertEquals(List.of(missing + ": no such file"), formatted(ProfileLoader.loadFile(missing)));
        Path sub = Files.createDirectory(folder.resolve("sub.json"));
        assertEquals(List.of(sub + ": is not a file"), formatted(ProfileLoader.loadFile(sub)));
        Path empty = Files.createDirectory(folder.resolve("empty"));
        assertEquals(List.of(empty + ": folder has no profile files (*.json)"),
                formatted(ProfileLoader.loadPath(empty).get(0)));
    }

    private static List<String> formatted(LoadResult result) {
        return result.problems().stream().map(Problem::format).toList();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedRatherThanGarbled(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        LoadResult result = ProfileLoader.loadFile(file);
        assertTrue(result.errors().get(0).message().contains("not UTF-8"));
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + TestProfiles.builtInJson(), StandardCharsets.UTF_8);
        assertTrue(ProfileLoader.loadFile(file).isValid());
    }
}
