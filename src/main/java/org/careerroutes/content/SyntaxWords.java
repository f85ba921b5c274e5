package org.careerroutes.content;

import java.io.EOFException;
import java.util.Locale;

/**
 * The words for a JSON syntax error, for content authors rather than programmers: what Gson's
 * message means, and the common slips named by the character the reader stopped at.
 */
final class SyntaxWords {

    private SyntaxWords() {
    }

    static int openingQuoteBefore(String text, int index) {
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
    static String explainCharacter(String text, int at) {
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
        if ((c == ']' || c == '}') && previousNonSpace(text, at) == ',') {
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

    private static char previousNonSpace(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** Gson's messages are written for programmers; say the common ones for content authors. */
    static String plainWords(Exception e, String message) {
        if (e instanceof EOFException) {
            return "the file ends too early: a closing bracket, brace or quote is missing";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.startsWith("nesting limit")) {
            return "lists and objects are nested more than " + JsonTreeParser.MAX_DEPTH + " deep here; a profile needs about 10 levels";
        }
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
