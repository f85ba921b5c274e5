package org.careerroutes.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file with many problems shows the first 200 and says how many more there are; words from the
 * file are shortened and kept on one line when a message repeats them.
 */
class ProblemLimitsTest {

    private static final String SUMMARY = "\"summary\":";

    /** The built-in profile with {@code count} unknown fields {@code name0}, {@code name1}... before its summary. */
    private static String withUnknownFields(int count, String name) {
        String fields = IntStream.range(0, count).mapToObj(i -> "\"" + name + i + "\": 1,\n  ").collect(Collectors.joining());
        return builtInWith(SUMMARY, fields + SUMMARY);
    }

    @Test
    void theFirst200ProblemsAreShownThenHowManyMore() {
        String alternatives = IntStream.range(0, 1_000).mapToObj(i -> "{}").collect(Collectors.joining(", "));
        String json = builtInWith("{ \"qualification\": \"a-level\", \"count\": 2, \"step\": \"a-levels\",",
                "{ \"qualification\": \"a-level\", \"mayBeConsidered\": [" + alternatives + "], \"count\": 2, \"step\": \"a-levels\",");

        LoadResult result = ProfileLoader.read("many.json", json);

        List<Problem> problems = result.problems();
        assertEquals(Problems.MAX_SHOWN + 1, problems.size());
        Problem more = problems.get(Problems.MAX_SHOWN);
        assertEquals("many.json: and 800 more problems not shown (800 errors): fix the ones above and check the file again",
                more.format());
        assertTrue(more.isError() && more.isWholeFile());
        List<Problem> shown = problems.subList(0, Problems.MAX_SHOWN);
        assertTrue(shown.stream().allMatch(p -> p.message().startsWith("missing required field \"qualification\" in "
                + "entryRoutes.routes[0].entryRequirements.rules[1].mayBeConsidered[")), shown::toString);
        assertTrue(shown.get(0).message().endsWith("mayBeConsidered[0]"), shown.get(0)::message);
        assertTrue(shown.get(199).message().endsWith("mayBeConsidered[199]"), shown.get(199)::message);
        assertFalse(result.isValid());
    }

    @Test
    void onlyWarningsLeftOutAreOneWarningAndTheFileStaysValid() {
        LoadResult result = ProfileLoader.read("w.json", withUnknownFields(250, "extra"));

        assertTrue(result.isValid(), () -> result.errors().toString());
        assertEquals(Problems.MAX_SHOWN + 1, result.warnings().size());
        assertEquals("w.json: warning: and 50 more problems not shown (50 warnings): fix the ones above and check the "
                + "file again", result.problems().get(Problems.MAX_SHOWN).format());
    }

    @Test
    void theProblemsShownAreTheFirstInFileOrderWhateverOrderTheyWereFoundIn() {
        List<Integer> lines = IntStream.rangeClosed(1, 1_000).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(lines, new Random(7));
        Problems problems = new Problems("f.json");
        for (int line : lines) {
            if (line % 3 == 0) {
                problems.warning(line, 1, () -> "w");
            } else {
                problems.error(line, 1, "e");
            }
        }

        List<Problem> sorted = problems.sorted();

        assertEquals(IntStream.rangeClosed(1, 200).boxed().toList(),
                sorted.subList(0, 200).stream().map(Problem::line).toList());
        long hiddenWarnings = IntStream.rangeClosed(201, 1_000).filter(line -> line % 3 == 0).count();
        assertEquals("and 800 more problems not shown (" + (800 - hiddenWarnings) + " errors, " + hiddenWarnings
                + " warnings): fix the ones above and check the file again", sorted.get(200).message());
        assertEquals(IntStream.rangeClosed(1, 1_000).filter(line -> line % 3 != 0).count(), problems.errorCount());
    }

    @Test
    void problemsAtOnePlaceKeepTheOrderTheyWereFoundIn() {
        Problems problems = new Problems("f.json");
        problems.error(2, 1, "second line");
        problems.error(1, 5, "b");
        problems.error(1, 5, "a");
        problems.wholeFile("whole");
        assertEquals(List.of("whole", "b", "a", "second line"), problems.sorted().stream().map(Problem::message).toList());
    }

    @Test
    void theMessageOfAProblemThatIsNotShownIsNeverMade() {
        Problems problems = new Problems("f.json");
        for (int i = 1; i <= Problems.MAX_SHOWN; i++) {
            problems.error(i, 1, "shown");
        }
        problems.error(Problems.MAX_SHOWN + 1, 1, () -> {
            throw new AssertionError("made the message of a problem after the first 200");
        });
        problems.error(1, 1, () -> "earlier, so shown");

        List<Problem> sorted = problems.sorted();

        assertEquals("earlier, so shown", sorted.get(1).message());
        assertEquals(Problems.MAX_SHOWN + 2, problems.errorCount());
        assertTrue(sorted.get(Problems.MAX_SHOWN).message().startsWith("and 2 more problems not shown (2 errors)"));
    }

    @Test
    void aHugeFieldNameIsShortenedInItsMessage() {
        String name = "x".repeat(4_000_000);
        String json = builtInWith(SUMMARY, "\"" + name + "\": 1,\n  " + SUMMARY);

        List<Problem> problems = ProfileLoader.read("long.json", json).problems();

        assertEquals(1, problems.size());
        assertEquals("unknown field \"" + "x".repeat(40) + "\u2026\" (4,000,000 characters) in the profile is ignored",
                problems.get(0).message());
    }

    @Test
    void aLongIdIsCheckedWithoutRunningOutOfStack() {
        String id = "a-".repeat(100_000) + "a";
        LoadResult good = ProfileLoader.read("id.json", builtInWith("\"clinical-engineer\"", "\"" + id + "\""));
        LoadResult bad = ProfileLoader.read("id.json", builtInWith("\"clinical-engineer\"", "\"" + id + "-\""));

        assertEquals(id, good.profile().orElseThrow().id());
        assertEquals(List.of("\"" + "a-".repeat(20) + "\u2026\" (200,002 characters) is not a valid id: use lower-case "
                + "letters, digits and single hyphens, e.g. \"university\""), bad.errors().stream().map(Problem::message).toList());
    }

    @Test
    void anIdIsLettersAndDigitsWithSingleHyphensBetween() {
        for (String id : List.of("a", "clinical-engineer", "a1-b2-c3", "9")) {
            assertTrue(ObjectFields.isId(id), id);
        }
        for (String notAnId : List.of("", "-a", "a-", "a--b", "A", "a b", "a_b", "\u00e9", "a.b")) {
            assertFalse(ObjectFields.isId(notAnId), notAnId);
        }
    }

    @Test
    void aTextJustShortEnoughIsShownWhole() {
        String sixty = "y".repeat(60);
        String sixtyOne = "y".repeat(61);
        assertEquals("\"" + sixty + "\"", Echo.quoted(sixty));
        assertEquals("\"" + "y".repeat(40) + "\u2026\" (61 characters)", Echo.quoted(sixtyOne));
        String emoji = "\uD83D\uDE00".repeat(60);
        assertEquals("\"" + emoji + "\"", Echo.quoted(emoji), "sixty characters, each two UTF-16 units");
        assertEquals("\"" + "\uD83D\uDE00".repeat(40) + "\u2026\" (61 characters)", Echo.quoted(emoji + "z"),
                "never cut in half a character");
    }

    @Test
    void aValueWithALineBreakIsShownOnOneLine() {
        String json = builtInWith("\"checked\": \"2026-11\"", "\"checked\": \"2026\\n11\\t\"");
        List<String> messages = ProfileLoader.read("c.json", json).problems().stream().map(Problem::message).toList();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).endsWith("not \"2026\\n11\\t\""), messages::toString);
        assertEquals(1, messages.get(0).lines().count());
    }

    @Test
    void aLongListOfIdsInAMessageIsShortened() {
        List<String> ids = IntStream.range(0, 35).mapToObj(i -> "id" + i).toList();
        assertEquals(IntStream.range(0, 20).mapToObj(i -> "id" + i).collect(Collectors.joining(", ")) + " and 15 more",
                Echo.list(ids));
        assertEquals("a, b", Echo.list(List.of("a", "b")));
    }

    @Test
    void aLongNameInAPathIsShortened() {
        JsonPath path = JsonPath.ROOT.member("routes").element(3).member("z".repeat(500));
        assertEquals("$.routes[3]." + "z".repeat(40) + "\u2026", path.toString());
        assertEquals("$", JsonPath.ROOT.toString());
    }

    @Test
    void aFileOfMoreValuesThanAProfileCouldHaveIsRefusedWhereTheyPassTheLimit() {
        // Lists of 1,000 numbers (allowed), each on a line of its own, in two lists of at most
        // 1,000 lists: "many": [[L, L, ... 1,000 of them], [L, L, ...]], enough to pass the limit.
        String list = IntStream.range(0, 1_000).mapToObj(i -> "1").collect(Collectors.joining(",", "[", "]"));
        int lists = JsonTreeParser.MAX_VALUES / 1_000 + 1;
        String first = IntStream.range(0, 1_000).mapToObj(i -> list).collect(Collectors.joining(",\n", "\n", "\n"));
        String second = IntStream.range(1_000, lists).mapToObj(i -> list).collect(Collectors.joining(",\n", "\n", "\n"));
        String json = builtInWith(SUMMARY, "\"many\": [[" + first + "],[" + second + "]],\n  " + SUMMARY);

        List<Problem> problems = ProfileLoader.read("values.json", json).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(String.format(java.util.Locale.UK, "the file has more than %,d values (texts, numbers, lists and "
                + "objects), more than any profile could have, and is read no further", JsonTreeParser.MAX_VALUES),
                problems.get(0).message());
        // Before the second list of lists: the profile object, formatVersion, id, title, the
        // outer list, the first list of lists and its lists (each itself and 1,000 numbers); then
        // the second list of lists.
        int beforeSecond = 4 + 1 + 1 + 1_000 * 1_001 + 1;
        int passing = JsonTreeParser.MAX_VALUES + 1 - beforeSecond;   // counted from the second list of lists
        int inList = 1_000 + (passing - 1) / 1_001;
        int item = (passing - 1) % 1_001 - 1;
        int manyLine = TestProfiles.lineAndColumn(json, "\"many\"", 1)[0];
        int line = manyLine + 1 + inList + 1;   // the lists of the second start after the line "],["
        assertEquals(line + ":" + (2 + 2 * item), problems.get(0).line() + ":" + problems.get(0).column(),
                "at the value that passes the limit: item " + item + " of list " + inList);
    }

    @Test
    void theItemsOfAListOverItsLimitDoNotCountAsValues() {
        String list = IntStream.range(0, 300_000).mapToObj(i -> "1").collect(Collectors.joining(",", "[", "]"));
        String json = builtInWith("\"facts\": [", "\"facts\": " + list + ",\n  \"old\": [");

        List<Problem> errors = ProfileLoader.read("long.json", json).errors();

        assertEquals(List.of("facts has 300000 items; at most 1,000 are allowed"), errors.stream().map(Problem::message).toList());
    }

    @Test
    void listsNestedDeeperThanTheFormatCouldNeedAreRefused() {
        String deep = "[".repeat(100);
        String json = builtInWith(SUMMARY, "\"deep\": " + deep);

        List<Problem> problems = ProfileLoader.read("deep.json", json).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("lists and objects are nested more than 64 deep here; a profile needs about 10 levels",
                problems.get(0).message());
        int[] at = TestProfiles.lineAndColumn(json, deep, 1);
        assertEquals(at[0] + ":" + (at[1] + JsonTreeParser.MAX_DEPTH - 1), problems.get(0).line() + ":" + problems.get(0).column(),
                "at the first list too deep: the profile's object is the first level, so the 64th list is one too many");
    }
}
