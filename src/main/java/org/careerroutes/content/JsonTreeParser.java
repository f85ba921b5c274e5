package org.careerroutes.content;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON strictly (no comments, no trailing commas, no unquoted names) into a tree of
 * {@link JsonNode}s that know their line and column. Gson's reader does not expose its position
 * directly, only in its description, so the position is read from there.
 */
final class JsonTreeParser {

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
    /** Where each line starts in {@code text}; lines end at '\n', as Gson counts them. */
    private final int[] lineStarts;

    private JsonTreeParser(String text, Problems problems) {
        this.text = text;
        this.reader = new JsonReader(new StringReader(text));
        this.reader.setStrictness(Strictness.STRICT);
        this.problems = problems;
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Parses one JSON document. Duplicate names are reported to {@code problems} (the first
     * is kept); a syntax error ends the parse.
     */
    static JsonNode parse(String text, Problems problems) throws SyntaxError {
        if (text.isBlank()) {
            throw new SyntaxError("the file is empty: a profile is a JSON object { ... }", 1, 1);
        }
        JsonTreeParser parser = new JsonTreeParser(text, problems);
        try {
            JsonNode root = parser.value();
            parser.expectEnd();
            return root;
        } catch (MalformedJsonException | EOFException e) {
            throw parser.syntaxError(e);
        } catch (IllegalStateException e) {
            throw parser.syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError("could not be read: " + e.getMessage(), 1, 1);
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
        int[] at = position(1);
        throw new SyntaxError("unexpected text after the end of the profile (its closing '}')", at[0], at[1]);
    }

    private JsonNode value() throws IOException {
        JsonToken token = reader.peek();
        String path = reader.getPath();
        switch (token) {
            case BEGIN_OBJECT: {
                int[] at = position(1);
                reader.beginObject();
                Map<String, JsonNode.Member> members = new LinkedHashMap<>();
                while (reader.hasNext()) {
                    reader.peek();
                    int[] nameAt = position(1);
                    String name = reader.nextName();
                    JsonNode member = value();
                    JsonNode.Member previous = members.get(name);
                    if (previous == null) {
                        members.put(name, new JsonNode.Member(name, nameAt[0], nameAt[1], member));
                    } else {
                        problems.error(nameAt[0], nameAt[1], "duplicate field \"" + name
                                + "\" (the one at line " + previous.line() + " is used)");
                    }
                }
                reader.endObject();
                return new JsonNode.Obj(members, at[0], at[1], path);
            }
            case BEGIN_ARRAY: {
                int[] at = position(1);
                reader.beginArray();
                List<JsonNode> elements = new ArrayList<>();
                while (reader.hasNext()) {
                    elements.add(value());
                }
                reader.endArray();
                return new JsonNode.Array(elements, at[0], at[1], path);
            }
            case STRING: {
                int[] at = position(1);
                return new JsonNode.Text(reader.nextString(), at[0], at[1], path);
            }
            case NUMBER: {
                String literal = reader.nextString();
                int[] at = startOfLiteral(literal.length());
                return new JsonNode.Number(literal, at[0], at[1], path);
            }
            case BOOLEAN: {
                boolean value = reader.nextBoolean();
                int[] at = startOfLiteral(value ? 4 : 5);
                return new JsonNode.Bool(value, at[0], at[1], path);
            }
            case NULL: {
                reader.nextNull();
                int[] at = startOfLiteral(4);
                return new JsonNode.Null(at[0], at[1], path);
            }
            default: {
                int[] at = position(0);
                throw new MalformedJsonException("expected a value but found " + token
                        + " at line " + at[0] + " column " + at[1]);
            }
        }
    }

    /**
     * Where a number, true/false or null began: Gson's reader may already be past such a
     * literal after {@code peek()}, but is always just past it once the value has been read.
     */
    private int[] startOfLiteral(int length) {
        return place(Math.max(0, readerIndex(0) - length));
    }

    /**
     * The reader's position after {@code peek()}. For tokens that start with a character the
     * reader has already consumed (a quote or a bracket), {@code consumed} is 1 so that the
     * position names that character.
     */
    private int[] position(int consumed) {
        return place(readerIndex(consumed));
    }

    private int readerIndex(int consumed) {
        Matcher m = LOCATION.matcher(reader.toString());
        if (!m.find()) {
            return 0;
        }
        int line = Integer.parseInt(m.group(1));
        return Math.max(lineStart(line), index(line, Integer.parseInt(m.group(2))) - consumed);
    }

    /** The index in {@code text} of a line and a column counted, as Gson does, in UTF-16 units. */
    private int index(int line, int utf16Column) {
        return Math.min(text.length(), lineStart(line) + utf16Column - 1);
    }

    private int lineStart(int line) {
        return lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
    }

    /**
     * The line and column of an index, the column as an editor shows it: in characters (code
     * points), where Gson counts UTF-16 units, so that an emoji earlier on the line counts once.
     */
    private int[] place(int index) {
        int line = lineOf(index);
        return new int[] {line, Character.codePointCount(text, lineStart(line), index) + 1};
    }

    private int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found + 1 : -found - 1;
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
        String specific = explainable ? explainCharacter(at) : null;
        return syntaxErrorAt(at, specific != null ? specific : plainWords(e, message));
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
            return syntaxErrorAt(i, String.format(Locale.ROOT, "an invisible control character (U+%04X) inside "
                    + "text: remove it", (int) c));
        }
        return syntaxErrorAt(openingQuoteBefore(Math.min(i, text.length())), "a line break or tab inside text: "
                + "close the text with a double quote on the same line, or write \\n for a line break");
    }

    /** The quote that opened the text that is still open at {@code index}: the last one not escaped. */
    private int openingQuoteBefore(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (text.charAt(i) == '"') {
                int backslashes = 0;
                while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return i;
                }
            }
        }
        return index;
    }

    /** Names the common slips by the character Gson stopped at, e.g. a comma before ']'. */
    private String explainCharacter(int at) {
        if (at >= text.length() || text.charAt(at) == '\n') {
            return null;
        }
        char c = text.charAt(at);
        if (c == '/' || c == '#') {
            return "comments are not allowed in JSON";
        }
        if (c == '\'') {
            return "use double quotes (\"), not single quotes";
        }
        if (text.startsWith("NaN", at) || text.startsWith("Infinity", at) || text.startsWith("-Infinity", at)) {
            return "NaN and Infinity are not numbers in JSON: write a number";
        }
        if (CURLY_QUOTES.indexOf(c) >= 0) {
            return "curly quotes: use straight double quotes (\")";
        }
        if ((c == ']' || c == '}') && previousNonSpace(at) == ',') {
            return "a comma too many before '" + c + "': remove the comma after the last "
                    + (c == ']' ? "item" : "field");
        }
        if (Character.isLetter(c) && !text.startsWith("true", at)
                && !text.startsWith("false", at) && !text.startsWith("null", at)) {
            return "unexpected word here: text and field names must be in double quotes";
        }
        return null;
    }

    /** The quotes a word processor puts in place of ' and ". */
    private static final String CURLY_QUOTES = "\u201C\u201D\u2018\u2019";

    private char previousNonSpace(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** Gson's messages are written for programmers; say the common ones for content authors. */
    private static String plainWords(Exception e, String message) {
        if (e instanceof EOFException) {
            return "the file ends too early: a closing bracket, brace or quote is missing";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.startsWith("use jsonreader.setstrictness") || lower.contains("malformed")) {
            return "this is not valid JSON here (comments, single quotes, unquoted names and "
                    + "trailing commas are not allowed)";
        }
        if (lower.startsWith("unterminated string")) {
            return "text is not closed: a closing double quote is missing";
        }
        if (lower.startsWith("unterminated object")) {
            return "expected a comma or a closing brace '}' here";
        }
        if (lower.startsWith("unterminated array")) {
            return "expected a comma or a closing bracket ']' here";
        }
        if (lower.startsWith("expected name")) {
            return "expected a field name in double quotes here";
        }
        if (lower.startsWith("expected ':'")) {
            return "expected ':' after the field name";
        }
        if (lower.startsWith("expected value") || lower.startsWith("expected a value")) {
            return "expected a value here (text in double quotes, a number, a list or an object)";
        }
        return "not valid JSON: " + message;
    }
}
