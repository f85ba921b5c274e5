package org.careerroutes.content;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads JSON strictly (no comments, no trailing commas, no unquoted names) into a tree of
 * {@link JsonNode}s that know their line and column.
 *
 * <p>Gson's reader checks the syntax and gives the values; this parser follows it through the
 * text with a cursor of its own, which moves only forwards and counts lines and columns as it
 * goes, so that every position costs the same however long the line or deep the value (Gson
 * tells its position only in its description, with the whole path, and in UTF-16 units). Only
 * for a syntax error, once, is Gson's own position read.
 *
 * <p>Memory stays bounded as well: items of a list longer than a list may be are not kept, the
 * file may hold at most {@link #MAX_VALUES} values, and lists and objects may be nested at most
 * {@link #MAX_DEPTH} deep.
 *
 * <p>Longer than 400 lines, for a reason: the value reader and the cursor that follows Gson's
 * reader share its position at every value, so they are one class; split, the position would go
 * through a second object for each of a file's million values, the cost this class was written to
 * remove. The words for syntax errors are in {@link SyntaxWords}.
 */
final class JsonTreeParser {

    /**
     * The most values (texts, numbers, true/false, null, lists and objects) a file may hold: more
     * than a valid profile within the size limit can have, since each of its values takes at
     * least four bytes (a one-letter item of a list, {@code "a",}), so about 1.3 million in 5 MB.
     * The built-in profile has about 550. Only a file that is no profile has more, and keeping
     * all of them (a file of {@code 1,} has 2.6 million) would take more memory than the app may use.
     */
    static final int MAX_VALUES = 1_500_000;

    /** How deep lists and objects may be nested. The format itself goes about 10 deep. */
    static final int MAX_DEPTH = 64;

    /** Texts and numbers up to this length are shared when the same one comes again. */
    private static final int SHARED_MAX_LENGTH = 32;

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    /** A syntax error: the file cannot be read further than this. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final JsonReader reader;
    private final Problems problems;
    private final String text;
    /** What the file is, for the words of a problem with the file as a whole: "profile", "plan". */
    private final String what;
    /** Whether control characters written as escapes are text like any other (a student's note), not a problem. */
    private final boolean controlsAllowed;

    /** The cursor: an index in {@code text}, and its line and column as an editor shows them. */
    private int pos;
    private int line = 1;
    private int column = 1;

    /** Values kept so far. */
    private int values;
    /** Recently seen short texts and numbers, so that a file of the same one many times keeps one. */
    private final String[] shared = new String[4096];

    private JsonTreeParser(String text, Problems problems, String what, boolean controlsAllowed) {
        this.text = text;
        this.what = what;
        this.controlsAllowed = controlsAllowed;
        this.reader = new JsonReader(new StringReader(text));
        this.reader.setStrictness(Strictness.STRICT);
        this.reader.setNestingLimit(MAX_DEPTH);
        this.problems = problems;
    }

    /**
     * Parses one JSON document. Duplicate names and text that no one could see (control
     * characters and half characters written as escapes) are reported to {@code problems} (of a
     * duplicate, the first is kept); a syntax error, or too many values, ends the parse.
     */
    static JsonNode parse(String text, Problems problems) throws SyntaxError {
        return parse(text, problems, "profile", false);
    }

    /**
     * As {@link #parse(String, Problems)}, for a file that is a {@code what} (a "plan"), where
     * control characters written as escapes are allowed when {@code controlsAllowed}.
     */
    static JsonNode parse(String text, Problems problems, String what, boolean controlsAllowed) throws SyntaxError {
        if (text.isBlank()) {
            throw new SyntaxError("the file is empty: a " + what + " is a JSON object { ... }", 1, 1);
        }
        JsonTreeParser parser = new JsonTreeParser(text, problems, what, controlsAllowed);
        try {
            JsonNode root = parser.value(null, null, 0, true);
            parser.expectEnd();
            return root;
        } catch (MalformedJsonException | EOFException e) {
            throw parser.syntaxError(e);
        } catch (IllegalStateException e) {
            throw parser.syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError("cannot be read: " + e.getMessage(), 1, 1);
        }
    }

    /** Only white space may follow the profile's closing brace. */
    private void expectEnd() throws SyntaxError {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
        } catch (IOException | IllegalStateException e) {
            // reported below, with the position Gson stopped at
        }
        int[] at = place(readerIndex(1));
        throw new SyntaxError("unexpected text after the end of the " + what + " (its closing '}')", at[0], at[1]);
    }

    /**
     * Reads one value, whose token Gson has not yet peeked at: the member {@code name} of the
     * object at {@code parent}, or (name null) its element {@code index}, or (parent null) the
     * whole file. A value that is not {@code kept} (an item past the length a list may have) is
     * read through, for its syntax, but not made.
     */
    private JsonNode value(JsonPath parent, String name, int index, boolean kept) throws IOException, SyntaxError {
        JsonToken token = reader.peek();
        toToken();
        int atLine = line;
        int atColumn = column;
        if (kept && ++values > MAX_VALUES) {
            throw new SyntaxError(String.format(Locale.UK, "the file has more than %,d values (texts, numbers, "
                    + "lists and objects), more than any profile could have, and is read no further", MAX_VALUES),
                    atLine, atColumn);
        }
        switch (token) {
            case BEGIN_OBJECT: {
                reader.beginObject();
                advanceTo(pos + 1);
                JsonPath where = kept ? JsonPath.step(parent, name, index) : null;
                Map<String, JsonNode.Member> members = kept ? new LinkedHashMap<>() : null;
                while (reader.hasNext()) {
                    toToken();
                    int nameLine = line;
                    int nameColumn = column;
                    String memberName = shared(reader.nextName());
                    overText(kept);
                    JsonNode member = value(where, memberName, -1, kept);
                    if (!kept) {
                        continue;
                    }
                    JsonNode.Member previous = members.get(memberName);
                    if (previous == null) {
                        members.put(memberName, new JsonNode.Member(memberName, nameLine, nameColumn, member));
                    } else {
                        problems.error(nameLine, nameColumn, () -> "duplicate field " + Echo.quoted(memberName)
                                + " (the one at line " + previous.line() + " is used)");
                    }
                }
                reader.endObject();
                toToken();
                advanceTo(pos + 1);
                return kept ? new JsonNode.Obj(members, atLine, atColumn, where) : null;
            }
            case BEGIN_ARRAY: {
                reader.beginArray();
                advanceTo(pos + 1);
                JsonPath where = kept ? JsonPath.step(parent, name, index) : null;
                List<JsonNode> elements = kept ? new ArrayList<>() : null;
                int size = 0;
                while (reader.hasNext()) {
                    boolean keep = kept && size < ObjectFields.MAX_LIST_ITEMS;
                    JsonNode element = value(where, null, size, keep);
                    if (keep) {
                        elements.add(element);
                    }
                    size++;
                }
                reader.endArray();
                toToken();
                advanceTo(pos + 1);
                return kept ? new JsonNode.Array(elements, size, atLine, atColumn, where) : null;
            }
            case STRING: {
                String value = reader.nextString();
                overText(kept);
                return kept ? new JsonNode.Text(shared(value), atLine, atColumn, parent, name, index) : null;
            }
            case NUMBER: {
                reader.nextString();
                int end = pos;
                while (end < text.length() && "+-0123456789.eE".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                // the literal as written, which Gson may have normalised
                String literal = kept ? shared(pos, end) : null;
                advanceTo(end);
                return kept ? new JsonNode.Number(literal, atLine, atColumn, parent, name, index) : null;
            }
            case BOOLEAN: {
                boolean value = reader.nextBoolean();
                advanceTo(pos + (value ? 4 : 5));
                return kept ? new JsonNode.Bool(value, atLine, atColumn, parent, name, index) : null;
            }
            case NULL: {
                reader.nextNull();
                advanceTo(pos + 4);
                return kept ? new JsonNode.Null(atLine, atColumn, parent, name, index) : null;
            }
            default: {
                int[] at = place(readerIndex(0));
                throw new MalformedJsonException("expected a value but found " + token
                        + " at line " + at[0] + " column " + at[1]);
            }
        }
    }

    /**
     * Moves the cursor over white space and one ',' or ':' to the next token, which Gson has
     * just peeked at (and so found where it should be). A byte-order mark that opens the text,
     * which Gson skips, is skipped too, and is not a column.
     */
    private void toToken() {
        if (pos == 0 && text.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':') {
                column++;
            } else {
                return;
            }
            pos++;
        }
    }

    /** Moves the cursor to {@code index}, counting lines at '\n' (as Gson does) and columns in characters. */
    private void advanceTo(int index) {
        for (; pos < index; pos++) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || pos == 0 || !Character.isHighSurrogate(text.charAt(pos - 1))) {
                column++;
            }
        }
    }

    /**
     * Moves the cursor over a text or name that Gson has just read, which starts at the cursor
     * with its opening quote, and reports (when {@code report}) what it holds that could not be
     * shown: a control character or half a character (a lone surrogate) written as an escape,
     * which Gson lets through though it refuses them written as they are.
     */
    private void overText(boolean report) {
        int i = pos + 1;
        while (true) {
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                if (report && Character.isSurrogate(c) && !pairedAt(i, c)) {
                    reportAt(i, () -> String.format(Locale.ROOT, "half a character (a lone surrogate, U+%04X) inside "
                            + "text: remove it, or write the whole character", (int) c));
                }
                i++;
                continue;
            }
            char escape = text.charAt(i + 1);
            if (escape != 'u') {
                if (report && !controlsAllowed && (escape == 'b' || escape == 'f')) {
                    reportAt(i, () -> invisible(escape == 'b' ? '\b' : '\f'));
                }
                i += 2;
                continue;
            }
            char unit = (char) Integer.parseInt(text, i + 2, i + 6, 16);
            if (Character.isHighSurrogate(unit) && Character.isLowSurrogate(escapedUnitAt(i + 6))) {
                i += 12;
                continue;
            }
            if (report && !controlsAllowed && unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r') {
                reportAt(i, () -> invisible(unit));
            } else if (report && Character.isSurrogate(unit)) {
                reportAt(i, () -> String.format(Locale.ROOT, "\\u%04X is half a character (a lone surrogate) and shows "
                        + "as nothing: write the whole character, as itself or as both halves (e.g. "
                        + "\\uD83D\\uDE00)", (int) unit));
            }
            i += 6;
        }
        advanceTo(i + 1);
    }

    private static String invisible(char c) {
        return String.format(Locale.ROOT, "an invisible control character (U+%04X) inside text: remove it", (int) c);
    }

    /** Whether the surrogate at {@code i}, written as it is, is one half of a pair. */
    private boolean pairedAt(int i, char c) {
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** The UTF-16 unit of a {@code \\u} escape at {@code i}, or 0 when there is none. */
    private char escapedUnitAt(int i) {
        if (i + 6 > text.length() || text.charAt(i) != '\\' || text.charAt(i + 1) != 'u') {
            return 0;
        }
        try {
            return (char) Integer.parseInt(text, i + 2, i + 6, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void reportAt(int index, Supplier<String> message) {
        advanceTo(index);
        problems.error(line, column, message);
    }

    /** The same short text as one seen just before, if it was; {@code value} otherwise. */
    private String shared(String value) {
        if (value.length() > SHARED_MAX_LENGTH) {
            return value;
        }
        int slot = (value.hashCode() * 0x9E3779B9 >>> 20) & (shared.length - 1);
        String seen = shared[slot];
        if (value.equals(seen)) {
            return seen;
        }
        shared[slot] = value;
        return value;
    }

    /** The text from {@code start} to {@code end}, shared as {@link #shared(String)} does. */
    private String shared(int start, int end) {
        return shared(text.substring(start, end));
    }

    /**
     * The index in {@code text} that Gson's description of itself names: its position after
     * {@code peek()}. For tokens that start with a character the reader has already consumed (a
     * quote or a bracket), {@code consumed} is 1 so that the position names that character.
     * Used once, for a syntax error.
     */
    private int readerIndex(int consumed) {
        Matcher m = LOCATION.matcher(reader.toString());
        if (!m.find()) {
            return 0;
        }
        int gsonLine = Integer.parseInt(m.group(1));
        return Math.max(lineStart(gsonLine), index(gsonLine, Integer.parseInt(m.group(2))) - consumed);
    }

    /** The index in {@code text} of a line and a column counted, as Gson does, in UTF-16 units. */
    private int index(int atLine, int utf16Column) {
        return Math.min(text.length(), lineStart(atLine) + utf16Column - 1);
    }

    /** Where a line starts (lines end at '\n', as Gson counts them); the last line's start past the end. */
    private int lineStart(int atLine) {
        int start = 0;
        for (int l = 1; l < atLine; l++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                break;
            }
            start = next + 1;
        }
        return start;
    }

    /**
     * The line and column of an index, the column as an editor shows it: in characters (code
     * points), where Gson counts UTF-16 units, so that an emoji earlier on the line counts once.
     */
    private int[] place(int index) {
        int atLine = 1;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            atLine++;
            start = i + 1;
        }
        return new int[] {atLine, Character.codePointCount(text, start, index) + 1};
    }

    private SyntaxError syntaxError(Exception e) {
        String raw = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(raw);
        int reported;
        String message;
        if (m.find()) {
            message = raw.substring(0, m.start());
            reported = index(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else {
            message = raw.lines().findFirst().orElse("");
            reported = readerIndex(0) + 1;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.startsWith("unescaped control")) {
            return controlCharacter(reported);
        }
        int at = stoppedAt(reported);
        boolean explainable = !(e instanceof EOFException) && !lower.startsWith("unterminated string");
        String specific = explainable ? SyntaxWords.explainCharacter(text, at) : null;
        return syntaxErrorAt(at, specific != null ? specific : SyntaxWords.plainWords(e, message));
    }

    private SyntaxError syntaxErrorAt(int index, String message) {
        int[] at = place(index);
        return new SyntaxError(message, at[0], at[1]);
    }

    /**
     * The character Gson stopped at, from the index its message names. Gson names the place
     * just after a character it has consumed (a quote, a bracket, a comment's '/'), but for a
     * word where a value goes (NaN, Infinity, an unquoted word or a curly quote) it names the
     * word's first character itself, which follows white space or ':' ',' '['.
     */
    private int stoppedAt(int reported) {
        if (reported <= 0) {
            return 0;
        }
        char before = text.charAt(reported - 1);
        boolean valueStartsHere = reported < text.length() && (Character.isWhitespace(before) || before == ':'
                || before == ',' || before == '[')
                && !Character.isWhitespace(text.charAt(reported)) && "{}[]:,\"".indexOf(text.charAt(reported)) < 0;
        return valueStartsHere ? reported : reported - 1;
    }

    /**
     * A control character inside text. Gson names a place inside the text before it (where the
     * text starts, or just after an escape such as \\n), so the character is looked for from there.
     */
    private SyntaxError controlCharacter(int insideText) {
        int i = insideText;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        char c = i < text.length() ? text.charAt(i) : '\n';
        if (c == '\t') {
            return syntaxErrorAt(i, "a tab character inside text: write \\t instead");
        }
        if (c != '\n' && c != '\r' && c < 0x20) {
            return syntaxErrorAt(i, invisible(c));
        }
        return syntaxErrorAt(SyntaxWords.openingQuoteBefore(text, Math.min(i, text.length())), "a line break or tab inside text: "
                + "close the text with a double quote on the same line, or write \\n for a line break");
    }

    /** The quote that opened the text that is still open at {@code index}: the last one not escaped. */
}
