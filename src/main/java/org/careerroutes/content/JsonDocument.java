package org.careerroutes.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON read strictly into a tree whose every value knows its line and column: the reader the
 * profiles are read with (decisions 0001 and 0012), for the other JSON files the app reads, such
 * as a student's plan. Linear in the file's length and bounded in memory (at most
 * {@link JsonTreeParser#MAX_VALUES} values, nested at most {@link JsonTreeParser#MAX_DEPTH}
 * deep), and numbers are kept as written, never turned into a value that could grow without
 * bound ({@code 1e99999999} is eleven characters, and stays so).
 */
public final class JsonDocument {

    /** What kind of problem stops a text being read. */
    public enum Kind {
        /** Not JSON: a missing comma, an unclosed quote, the text cut off... */
        SYNTAX,
        /** A field given twice in one object. */
        TWICE,
        /** Text that cannot be kept: half a character, or an invisible control character where none may be. */
        TEXT
    }

    private static final Pattern DUPLICATE = Pattern.compile("^duplicate field (.*) \\(the one at line (\\d+) is used\\)$");

    /** Why a text is not JSON this reader accepts, with where. */
    public static final class Unreadable extends Exception {
        private final int line;
        private final int column;
        private final Kind kind;

        Unreadable(String message, int line, int column, Kind kind) {
            super(message);
            this.line = line;
            this.column = column;
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }

        /** The line it is on, from 1. */
        public int line() {
            return Math.max(1, line);
        }

        public int column() {
            return Math.max(1, column);
        }
    }

    private JsonDocument() {
    }

    /**
     * The text as a tree. Refused: a syntax error, a name given twice in one object, half a
     * character (a lone surrogate) written as an escape, and (unless {@code controlsAllowed})
     * an invisible control character written as one; the first of them in the file is thrown.
     *
     * @param what            what the file is, for the words: "plan"
     * @param controlsAllowed whether control characters written as escapes ({@code \\u0001}) are
     *                        text like any other, as in what a person typed
     */
    public static JsonNode parse(String text, String what, boolean controlsAllowed) throws Unreadable {
        Problems problems = new Problems(what);
        JsonNode root;
        try {
            root = JsonTreeParser.parse(text, problems, what, controlsAllowed);
        } catch (JsonTreeParser.SyntaxError e) {
            throw new Unreadable(e.getMessage(), e.line, e.column, Kind.SYNTAX);
        }
        List<Problem> found = problems.sorted();
        if (!found.isEmpty()) {
            Problem first = found.get(0);
            // The profile reader keeps the first of two fields with one name; a document read here refuses both.
            String message = DUPLICATE.matcher(first.message()).replaceFirst("$1 is given twice (first on line $2)");
            throw new Unreadable(message, first.line(), first.column(), !message.equals(first.message()) ? Kind.TWICE
                    : Kind.TEXT);
        }
        return root;
    }
}
