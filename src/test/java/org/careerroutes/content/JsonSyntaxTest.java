package org.careerroutes.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Syntax errors: the words for common slips, and the place, counted as an editor counts it. */
class JsonSyntaxTest {

    private static final String TITLE = "\"title\": \"Clinical engineer\",";

    /** The one problem of a file, as "line:column: message". */
    private static String onlyProblem(String json) {
        List<Problem> problems = ProfileLoader.read("s.json", json).problems();
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        return p.line() + ":" + p.column() + ": " + (p.isError() ? "" : "warning: ") + p.message();
    }

    /** The line and column of {@code marker} (moved right by {@code offset} characters), in code points. */
    private static String at(String json, String marker, int offset) {
        int index = json.indexOf(marker);
        if (index < 0) {
            throw new IllegalArgumentException("test set-up: marker not found: " + marker);
        }
        index = json.offsetByCodePoints(index, offset);
        int lineStart = json.lastIndexOf('\n', index - 1) + 1;
        long line = json.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (json.codePointCount(lineStart, index) + 1);
    }

    @Test
    void nanAndInfinityAreReportedAtTheirFirstCharacter() {
        String nan = builtInWith("\"formatVersion\": 1", "\"formatVersion\": NaN");
        String infinity = builtInWith("\"formatVersion\": 1", "\"formatVersion\":-Infinity");
        String inList = builtInWith("\"Maths\",", "\"Maths\", Infinity,");
        String message = "NaN and Infinity are not numbers in JSON: write a number";
        assertEquals(at(nan, "NaN", 0) + ": " + message, onlyProblem(nan));
        assertEquals(at(infinity, "-Infinity", 0) + ": " + message, onlyProblem(infinity));
        assertEquals(at(inList, "Infinity", 0) + ": " + message, onlyProblem(inList));
    }

    @Test
    void anUnquotedWordWhereAValueGoesIsReportedAtTheWord() {
        String json = builtInWith(TITLE, "\"title\": Clinical engineer,");
        assertEquals(at(json, "Clinical engineer,", 0)
                + ": unexpected word here: text and field names must be in double quotes", onlyProblem(json));
    }

    @Test
    void curlyQuotesAreNamed() {
        String value = builtInWith(TITLE, "\"title\": \u201CClinical engineer\u201D,");
        String name = builtInWith(TITLE, "\u201Ctitle\u201D: \"Clinical engineer\",");
        String single = builtInWith(TITLE, "\"title\": [\u2018Clinical engineer\u2019],");
        String message = "curly quotes: use straight double quotes (\")";
        assertEquals(at(value, "\u201C", 0) + ": " + message, onlyProblem(value));
        assertEquals(at(name, "\u201C", 0) + ": " + message, onlyProblem(name));
        assertEquals(at(single, "\u2018", 0) + ": " + message, onlyProblem(single));
    }

    @Test
    void aTabInsideTextIsReportedAtTheTab() {
        String json = builtInWith(TITLE, "\"title\": \"Clinical\tengineer\",");
        String afterAnEscape = builtInWith(TITLE, "\"title\": \"Clinical \\\"x\\\"\tengineer\",");
        String inAName = builtInWith(TITLE, "\"ti\ttle\": \"Clinical engineer\",");
        String message = ": a tab character inside text: write \\t instead";
        assertEquals(at(json, "\t", 0) + message, onlyProblem(json));
        assertEquals(at(afterAnEscape, "\t", 0) + message, onlyProblem(afterAnEscape));
        assertEquals(at(inAName, "\t", 0) + message, onlyProblem(inAName));
    }

    @Test
    void anotherControlCharacterInsideTextIsNamed() {
        String json = builtInWith(TITLE, "\"title\": \"Clinical\u0007engineer\",");
        assertEquals(at(json, "\u0007", 0) + ": an invisible control character (U+0007) inside text: remove it",
                onlyProblem(json));
    }

    @Test
    void textNotClosedAfterAnEscapeIsReportedAtItsOpeningQuote() {
        String json = builtInWith(TITLE, "\"title\": \"Clinical \\\"x\\\" engineer,");
        assertEquals(at(json, "\"Clinical", 0) + ": a line break or tab inside text: close the text with a double "
                + "quote on the same line, or write \\n for a line break", onlyProblem(json));
    }

    @Test
    void columnsCountAnEmojiAsOneCharacter() {
        String emoji = "\uD83D\uDE00";
        String comment = builtInWith(TITLE, "\"title\": \"Clinical engineer " + emoji + "\", // ok");
        String unknown = builtInWith(TITLE, "\"title\": \"" + emoji + emoji + " Clinical engineer\", \"tittle\": 1,");
        String wrongType = builtInWith("\"Your degree should be accredited by the Engineering Council.\"",
                "\"" + emoji + "\", 42");
        assertEquals(at(comment, "// ok", 0) + ": comments are not allowed in JSON", onlyProblem(comment));
        assertEquals(at(unknown, "\"tittle\"", 0)
                + ": warning: unknown field \"tittle\" in the profile is ignored; did you mean \"title\"?", onlyProblem(unknown));
        assertEquals(at(wrongType, "42", 0) + ": entryRoutes.routes[0].blocks[2] must be a paragraph (text) or a list "
                + "({\"items\": [...]}) or a note ({\"note\": \"...\"}), not a number", onlyProblem(wrongType));
    }

    @Test
    void aProfileOnOneLineIsReportedAtTheRightColumns() {
        String oneLine = builtInWith(TITLE, "\"title\": \"Clinical engineer\u2019s \uD83D\uDE00 job\",")
                .replaceAll("\n\\s*", "");
        String wrongType = oneLine.replaceFirst("\"Your degree should be accredited by the Engineering Council.\"", "42");
        String tittle = oneLine.replace("\"summary\":", "\"tittle\": 1, \"summary\":");
        String comment = oneLine.substring(0, oneLine.length() - 1) + " /* end */ }";
        assertEquals(1, oneLine.lines().count());
        assertEquals(at(wrongType, "42", 0) + ": entryRoutes.routes[0].blocks[1] must be a paragraph (text) or a list "
                + "({\"items\": [...]}) or a note ({\"note\": \"...\"}), not a number", onlyProblem(wrongType));
        assertEquals(at(tittle, "\"tittle\"", 0)
                + ": warning: unknown field \"tittle\" in the profile is ignored; did you mean \"title\"?", onlyProblem(tittle));
        assertEquals(at(comment, "/* end", 0) + ": comments are not allowed in JSON", onlyProblem(comment));
    }
}
