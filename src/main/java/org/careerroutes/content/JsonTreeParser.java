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

    private JsonTreeParser(String text, Problems problems) {
        this.text = text;
        this.reader = new JsonReader(new StringReader(text));
        this.reader.setStrictness(Strictness.STRICT);
        this.problems = problems;
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
        int[] at = position(0);
        throw new SyntaxError("unexpected text after the end of the profile (its closing '}')",
                at[0], Math.max(1, at[1] - 1));
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
        int[] end = position(0);
        return new int[] {end[0], Math.max(1, end[1] - length)};
    }

    /**
     * The reader's position after {@code peek()}. For tokens that start with a character the
     * reader has already consumed (a quote or a bracket), {@code consumed} is 1 so that the
     * position names that character.
     */
    private int[] position(int consumed) {
        Matcher m = LOCATION.matcher(reader.toString());
        if (!m.find()) {
            return new int[] {1, 1};
        }
        int line = Integer.parseInt(m.group(1));
        int column = Math.max(1, Integer.parseInt(m.group(2)) - consumed);
        return new int[] {line, column};
    }

    private SyntaxError syntaxError(Exception e) {
        String raw = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(raw);
        int line;
        int column;
        String message;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            // Gson reports the column just after the character it stopped at.
            column = Math.max(1, Integer.parseInt(m.group(2)) - 1);
            message = raw.substring(0, m.start());
        } else {
            int[] at = position(0);
            line = at[0];
            column = at[1];
            message = raw.lines().findFirst().orElse("");
        }
        boolean explainable = !(e instanceof EOFException)
                && !message.toLowerCase(java.util.Locale.ROOT).startsWith("unterminated string")
                && !message.toLowerCase(java.util.Locale.ROOT).startsWith("unescaped control");
        String specific = explainable ? explainCharacter(line, column) : null;
        return new SyntaxError(specific != null ? specific : plainWords(e, message), line, column);
    }

    /** Names the common slips by the character Gson stopped at, e.g. a comma before ']'. */
    private String explainCharacter(int line, int column) {
        String lineText = text.lines().skip(line - 1L).findFirst().orElse("");
        if (column - 1 >= lineText.length()) {
            return null;
        }
        char c = lineText.charAt(column - 1);
        if (c == '/' || c == '#') {
            return "comments are not allowed in JSON";
        }
        if (c == '\'') {
            return "use double quotes (\"), not single quotes";
        }
        if ((c == ']' || c == '}') && previousNonSpace(line, column) == ',') {
            return "a comma too many before '" + c + "': remove the comma after the last "
                    + (c == ']' ? "item" : "field");
        }
        if (Character.isLetter(c) && !lineText.startsWith("true", column - 1)
                && !lineText.startsWith("false", column - 1) && !lineText.startsWith("null", column - 1)) {
            return "unexpected word here: text and field names must be in double quotes";
        }
        return null;
    }

    private char previousNonSpace(int line, int column) {
        String[] lines = text.split("\n", -1);
        int l = line - 1;
        int c = column - 2;
        while (l >= 0) {
            String lineText = lines[l];
            for (int i = Math.min(c, lineText.length() - 1); i >= 0; i--) {
                if (!Character.isWhitespace(lineText.charAt(i))) {
                    return lineText.charAt(i);
                }
            }
            l--;
            c = Integer.MAX_VALUE;
        }
        return 0;
    }

    /** Gson's messages are written for programmers; say the common ones for content authors. */
    private static String plainWords(Exception e, String message) {
        if (e instanceof EOFException) {
            return "the file ends too early: a closing bracket, brace or quote is missing";
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("use jsonreader.setstrictness") || lower.contains("malformed")) {
            return "this is not valid JSON here (comments, single quotes, unquoted names and "
                    + "trailing commas are not allowed)";
        }
        if (lower.startsWith("unescaped control characters")) {
            return "a line break or tab inside text: close the text with a double quote on the "
                    + "same line, or write \\n for a line break";
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
