package org.careerroutes.content;

import org.careerroutes.model.EntryRules;
import org.careerroutes.model.Profile;
import org.careerroutes.model.WayIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A route's ways in ({@code "waysIn"} in its {@code entryRequirements}), read and written: each
 * with its title in the profile's words, its step and its rules (or none asked, or not checked),
 * and each mistake reported once, where it is written. The profile is a care worker's from the
 * test pack, whose college and apprenticeship routes have two ways in each.
 */
class WaysInLoaderTest {

    private static final Path CARE_WORKER = Path.of("src/test/resources/pack/profiles/care-worker.json");
    private static final String LEVEL_2 = "\"title\": \"for a level 2 course\",\n              \"step\": \"level-2-course\",";
    private static final String LEVEL_2_RULES = LEVEL_2 + "\n              \"rules\": [";

    private static String json() {
        try {
            return Files.readString(CARE_WORKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String with(String find, String replace) {
        String json = json();
        assertTrue(json.contains(find), () -> "test set-up: the profile contains " + find);
        return json.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }

    private static EntryRules college(String json) {
        LoadResult loaded = ProfileLoader.read("care-worker.json", json);
        assertTrue(loaded.isValid(), loaded.problems()::toString);
        return loaded.profile().orElseThrow().entryRoutes().route("college").orElseThrow().rules();
    }

    @Test
    void eachWayInIsReadWithItsTitleStepAndRules() {
        EntryRules college = college(json());
        assertEquals(List.of(), college.toStart());
        assertEquals(List.of("for a level 2 course", "for a level 3 course"),
                college.waysIn().stream().map(WayIn::title).toList());
        WayIn level2 = college.waysIn().get(0);
        assertEquals(Optional.of("level-2-course"), level2.step());
        assertTrue(level2.checked());
        assertEquals("2 or more GCSEs at grades 9 to 3 (A* to D), or equivalent", level2.rules().get(0).describe());
        assertEquals(Optional.of(level2), college.wayAt("level-2-course"));
    }

    @Test
    void aWayInMayAskForNothingOrNotBeChecked() {
        EntryRules nothing = college(json().replaceFirst("(?s)" + java.util.regex.Pattern.quote(LEVEL_2_RULES)
                + ".*?\\]\n", java.util.regex.Matcher.quoteReplacement(LEVEL_2 + "\n              \"noRequirements\": true\n")));
        assertTrue(nothing.waysIn().get(0).asksForNothing());

        EntryRules unchecked = college(json().replaceFirst("(?s)" + java.util.regex.Pattern.quote(LEVEL_2_RULES)
                + ".*?\\]\n", java.util.regex.Matcher.quoteReplacement(LEVEL_2 + "\n              \"notChecked\": true\n")));
        assertFalse(unchecked.waysIn().get(0).checked());
        assertEquals(List.of(), unchecked.waysIn().get(0).rules());
    }

    @Test
    void writtenAndReadBackItIsTheSameProfile() {
        Profile profile = ProfileLoader.loadFile(CARE_WORKER).profile().orElseThrow();
        String written = ProfileWriter.write(profile, Optional.empty());
        LoadResult again = ProfileLoader.read("again.json", written);
        assertTrue(again.isValid(), again.problems()::toString);
        assertEquals(profile, again.profile().orElseThrow());
    }

    @Test
    void aWayInsFieldInTheWrongPlaceSaysWhereItBelongs() {
        LoadResult loaded = ProfileLoader.read("w.json", with("\"heading\": \"Related skills\",",
                "\"heading\": \"Related skills\", \"notChecked\": true,"));
        assertTrue(loaded.isValid());
        assertTrue(loaded.warnings().get(0).format().endsWith("\"notChecked\" belongs inside a way in (in a route's "
                + "\"waysIn\")"), loaded.warnings()::toString);
    }

    static Stream<Arguments> brokenWays() {
        String level3 = "\"title\": \"for a level 3 course\",";
        return Stream.of(
                Arguments.of("a title not the profile's",
                        with("\"title\": \"for a level 2 course\"", "\"title\": \"for a level two course\""),
                        "\"title\" must be the profile's own words, copied from this route's entry requirements; "
                                + "\"for a level two course\" is not found there",
                        "\"for a level two course\"", 1),
                Arguments.of("a way in said twice",
                        with(level3, "\"title\": \"for a level 2 course\","),
                        "way in \"for a level 2 course\" is given twice (first at line 70); each way in is said once",
                        "\"for a level 2 course\"", 2),
                Arguments.of("two ways in at one step",
                        with("\"step\": \"level-3-course\"", "\"step\": \"level-2-course\""),
                        "step of a way in \"level-2-course\" is given twice (first at line 71); each way in is said once",
                        "\"level-2-course\"", 2),
                Arguments.of("a step not on the map",
                        with("\"step\": \"level-3-course\"", "\"step\": \"level-4-course\""),
                        "step \"level-4-course\" is not a route-map step; use one of: ",
                        "\"level-4-course\"", 1),
                Arguments.of("neither rules nor why not",
                        json().replaceFirst("(?s)" + java.util.regex.Pattern.quote(LEVEL_2_RULES) + ".*?\\]\n",
                                java.util.regex.Matcher.quoteReplacement(LEVEL_2.replaceFirst(",$", "") + "\n")),
                        "entryRoutes.routes[0].entryRequirements.waysIn[0] does not say what the way in needs: give its "
                                + "\"rules\", or \"noRequirements\": true when it asks for no qualification, or "
                                + "\"notChecked\": true when Career Routes cannot check it",
                        "{\n              \"title\": \"for a level 2 course\"", 1),
                Arguments.of("rules and not checked",
                        with(LEVEL_2_RULES, LEVEL_2 + " \"notChecked\": true,\n              \"rules\": ["),
                        "a way in has \"rules\", \"noRequirements\": true or \"notChecked\": true, only one of them; "
                                + "keep the one that is true of it",
                        "true", 1),
                Arguments.of("one way in",
                        json().replaceFirst("(?s),\n            \\{\n              \"title\": \"for a level 3 course\".*?\n"
                                + "            \\}\n", "\n"),
                        "entryRoutes.routes[0].entryRequirements.waysIn has one way in; a route with one way in has no "
                                + "\"waysIn\": give its rules in the route's \"rules\"",
                        "[\n            {\n              \"title\": \"for a level 2 course\"", 1),
                Arguments.of("every way in not checked",
                        json().replaceFirst("(?s)" + java.util.regex.Pattern.quote(LEVEL_2_RULES) + ".*?\\]\n",
                                java.util.regex.Matcher.quoteReplacement(LEVEL_2 + "\n              \"notChecked\": true\n"))
                                .replaceFirst("(?s)(\"step\": \"level-3-course\",)\n              \"rules\": \\[.*?\\]\n",
                                        "$1\n              \"notChecked\": true\n"),
                        "every way in is \"notChecked\", so there is nothing to check; leave \"waysIn\" out, and the "
                                + "route's words say what it needs",
                        "[\n            {\n              \"title\": \"for a level 2 course\"", 1),
                Arguments.of("an empty list of ways in",
                        json().replaceFirst("(?s)\"waysIn\": \\[.*?\n          \\]", "\"waysIn\": []"),
                        "entryRoutes.routes[0].entryRequirements.waysIn is empty; leave \"waysIn\" out instead when "
                                + "there are none",
                        "[]", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenWays")
    void eachMistakeGivesOneClearErrorWhereItIsWritten(String name, String json, String expected, String marker,
                                                       int occurrence) {
        // A step not on the map is told the steps that are, after these words.
        String error = TestProfiles.theOneError("ways.json", json, name).format();
        assertTrue(error.startsWith(TestProfiles.where("ways.json", json, marker, occurrence) + expected),
                () -> name + ": " + error);
    }
}
