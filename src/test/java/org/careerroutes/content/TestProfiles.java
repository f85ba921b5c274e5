package org.careerroutes.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in profile's text, and where each broken variant of it should be reported. */
final class TestProfiles {

    private TestProfiles() {
    }

    static String builtInJson() {
        try (InputStream in = TestProfiles.class.getResourceAsStream(ProfileLoader.BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The line and column (0: any column) where the error of a named broken case is expected,
     * worked out from the text itself so the expectations do not drift when the profile changes.
     */
    static int[] whereItBreaks(String json, String caseName) {
        return switch (caseName) {
            case "trailing comma in a list" -> firstOnNextLine(json, "\"Physics\",");
            case "comment" -> at(json, "// the job");
            case "single quotes" -> at(json, "'Clinical engineer'");
            case "unquoted field name" -> at(json, "title: \"Clinical");
            case "missing comma between fields" -> firstOnNextLine(json, "\"title\": \"Clinical engineer\"");
            case "text not closed" -> at(json, "\"Clinical engineer,");
            case "missing required field", "a list, not an object", "empty file" -> new int[] {1, 1};
            case "wrong type" -> at(json, "\"one\"");
            case "not a whole number" -> at(json, "1.5");
            case "unknown formatVersion" -> nth(json, ": 2,", 1, 2);
            case "empty list where one is required" -> at(json, "[]");
            case "blank text" -> at(json, "\"  \"");
            case "null value" -> at(json, "null");
            case "duplicate route id" -> nth(json, "\"university\"", 2, 0);
            case "bad id" -> at(json, "\"Clinical Engineer\"");
            case "duplicate field" -> at(json, "\"title\": \"Again\"");
            case "fact about nothing" -> at(json, "\"apprentiseship\"");
            case "fact about nothing, as a single id" -> at(json, "\"career-path\"");
            case "fact month not YYYY-MM" -> at(json, "\"Nov 2026\"");
            case "block of the wrong kind" -> at(json, "42");
            case "text after the end" -> new int[] {lineOf(json, json.length() - 2), 1};
            case "cut short" -> new int[] {lineOf(json, json.length() - 1), 0};
            default -> throw new IllegalArgumentException("no expectation for " + caseName);
        };
    }

    /**
     * The one error a broken file gives, after checking that the file is refused for it alone.
     *
     * @param name what is broken, for the messages of failed checks
     */
    static Problem theOneError(String file, String json, String name) {
        LoadResult result = ProfileLoader.read(file, json);
        org.junit.jupiter.api.Assertions.assertFalse(result.isValid(), name);
        org.junit.jupiter.api.Assertions.assertEquals(1, result.errors().size(),
                () -> "exactly one error for " + name + ": " + result.problems());
        return result.errors().get(0);
    }

    /** "file:line:column: ", where the {@code occurrence}-th {@code marker} is, as a problem begins. */
    static String where(String file, String json, String marker, int occurrence) {
        int[] at = lineAndColumn(json, marker, occurrence);
        return file + ":" + at[0] + ":" + at[1] + ": ";
    }

    /** Line and column of the {@code occurrence}-th {@code marker}, as a problem reports them. */
    static int[] lineAndColumn(String json, String marker, int occurrence) {
        return nth(json, marker, occurrence, 0);
    }

    private static int[] at(String json, String marker) {
        return nth(json, marker, 1, 0);
    }

    /** Line and column of the {@code occurrence}-th {@code marker}, moved right by {@code offset}. */
    private static int[] nth(String json, String marker, int occurrence, int offset) {
        int index = indexOf(json, marker, occurrence);
        int lineStart = json.lastIndexOf('\n', index) + 1;
        return new int[] {lineOf(json, index), index - lineStart + 1 + offset};
    }

    /** Line and column of the first non-blank character on the line after {@code marker}. */
    private static int[] firstOnNextLine(String json, String marker) {
        int lineStart = json.indexOf('\n', indexOf(json, marker, 1)) + 1;
        int firstChar = lineStart;
        while (Character.isWhitespace(json.charAt(firstChar))) {
            firstChar++;
        }
        return new int[] {lineOf(json, firstChar), firstChar - lineStart + 1};
    }

    private static int indexOf(String json, String marker, int occurrence) {
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = json.indexOf(marker, index + 1);
        }
        if (index < 0) {
            throw new IllegalArgumentException("marker not found: " + marker);
        }
        return index;
    }

    private static int lineOf(String json, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (json.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
