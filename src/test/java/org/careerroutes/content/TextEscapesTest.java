package org.careerroutes.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What no one could see is refused written as an escape too: a control character, or half of a
 * character (a lone surrogate), each reported where its escape starts.
 */
class TextEscapesTest {

    private static final String TITLE = "\"title\": \"Clinical engineer\"";

    /** The problems of a file, each as "line:column: message". */
    private static List<String> problems(String json) {
        return ProfileLoader.read("e.json", json).problems().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + (p.isError() ? "" : "warning: ") + p.message())
                .toList();
    }

    /** Where {@code marker} first is, the column in characters as an editor counts them. */
    private static String at(String json, String marker) {
        int index = json.indexOf(marker);
        int lineStart = json.lastIndexOf('\n', index) + 1;
        long line = json.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (json.codePointCount(lineStart, index) + 1);
    }

    @Test
    void anEscapedNullIsRefusedLikeARawOne() {
        String escaped = builtInWith(TITLE, "\"title\": \"Clinical\\u0000engineer\"");
        String raw = builtInWith(TITLE, "\"title\": \"Clinical\u0000engineer\"");
        String message = ": an invisible control character (U+0000) inside text: remove it";
        assertEquals(List.of(at(escaped, "\\u0000") + message), problems(escaped));
        assertEquals(List.of(at(raw, "\u0000") + message), problems(raw));
    }

    @Test
    void everyEscapedControlCharacterButTabLineBreakAndReturnIsRefused() {
        for (String escape : List.of("\\u0001", "\\u001F", "\\u001f", "\\b", "\\f", "\\u000B")) {
            String json = builtInWith(TITLE, "\"title\": \"Clinical " + escape + "engineer\"");
            List<String> found = problems(json);
            assertEquals(1, found.size(), () -> escape + ": " + found);
            assertTrue(found.get(0).startsWith(at(json, escape) + ": an invisible control character (U+00"),
                    () -> escape + ": " + found);
        }
        for (String escape : List.of("\\t", "\\n", "\\r", "\\u0009", "\\u000A", "\\u000d", "\\u007F", "\\u00e9")) {
            String json = builtInWith(TITLE, "\"title\": \"Clinical " + escape + "engineer\"");
            assertEquals(List.of(), problems(json), escape);
        }
    }

    @Test
    void aLoneSurrogateWrittenAsAnEscapeIsRefusedWhereItStarts() {
        String high = builtInWith(TITLE, "\"title\": \"Clinical engineer \\uD83D!\"");
        String low = builtInWith(TITLE, "\"title\": \"Clinical engineer \\ude00\"");
        String twoHighs = builtInWith(TITLE, "\"title\": \"Clinical engineer \\uD83D\\uD83D\\uDE00\"");
        assertEquals(List.of(at(high, "\\uD83D") + ": \\uD83D is half a character (a lone surrogate) and shows as "
                + "nothing: write the whole character, as itself or as both halves (e.g. \\uD83D\\uDE00)"), problems(high));
        assertEquals(List.of(at(low, "\\ude00") + ": \\uDE00 is half a character (a lone surrogate) and shows as "
                + "nothing: write the whole character, as itself or as both halves (e.g. \\uD83D\\uDE00)"), problems(low));
        List<String> found = problems(twoHighs);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith(at(twoHighs, "\\uD83D") + ": \\uD83D is half"), found::toString);
    }

    @Test
    void aWholeCharacterWrittenAsTwoEscapesIsText() {
        String json = builtInWith(TITLE, "\"title\": \"Clinical engineer \\uD83D\\uDE00\"");
        LoadResult result = ProfileLoader.read("e.json", json);
        assertEquals(List.of(), result.problems());
        assertEquals("Clinical engineer \uD83D\uDE00", result.profile().orElseThrow().title());
    }

    @Test
    void aLoneSurrogateInTextGivenAsItIsIsRefused() {
        // A UTF-8 file cannot hold one (its bytes are refused as not UTF-8), but text handed over as a string can.
        String json = builtInWith(TITLE, "\"title\": \"Clinical engineer \uD83D\"");
        assertEquals(List.of(at(json, "\uD83D") + ": half a character (a lone surrogate, U+D83D) inside text: remove it, "
                + "or write the whole character"), problems(json));
    }

    @Test
    void aFieldNameIsCheckedToo() {
        String json = builtInWith(TITLE, TITLE + ",\n  \"ti\\u0007tle\": 1");
        List<String> found = problems(json);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).contains("unknown field \"ti\\u0007tle\""), found::toString);
        assertEquals(at(json, "\\u0007") + ": an invisible control character (U+0007) inside text: remove it", found.get(1));
    }

    @Test
    void theColumnOfAnEscapeCountsCharactersBeforeItOnItsLine() {
        String json = builtInWith(TITLE, "\"title\": \"\uD83D\uDE00 \u00e9 \\u0000\"");
        assertEquals(List.of(at(json, "\\u0000") + ": an invisible control character (U+0000) inside text: remove it"),
                problems(json));
        LoadResult fromFile = ProfileLoader.readBytes("e.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(at(json, "\\u0000")), fromFile.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
    }
}
