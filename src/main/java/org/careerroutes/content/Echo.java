package org.careerroutes.content;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/**
 * Words from a content file, as a message repeats them: shortened when long (a field name can be
 * megabytes), and with line breaks, control characters and half characters written as escapes,
 * so that each problem stays one readable line. Lists of ids are shortened too.
 */
final class Echo {

    /** The most characters of a text shown in a message. */
    static final int MAX_CHARACTERS = 60;
    /** The characters kept of a text that is shortened, before "…". */
    private static final int KEPT_CHARACTERS = 40;
    /** The most ids a message lists. */
    static final int MAX_LISTED = 20;

    private Echo() {
    }

    /**
     * The text in double quotes, shortened to its first characters when it is long, with its
     * length after it: {@code "xxxxxxxx…" (4,000,000 characters)}.
     */
    static String quoted(String text) {
        int length = text.codePointCount(0, Math.min(text.length(), 2 * MAX_CHARACTERS + 2));
        if (length <= MAX_CHARACTERS) {
            return "\"" + escaped(text, text.length()) + "\"";
        }
        return "\"" + escaped(text, text.offsetByCodePoints(0, KEPT_CHARACTERS)) + "\u2026\" ("
                + String.format(Locale.UK, "%,d", text.codePointCount(0, text.length())) + " characters)";
    }

    /** The text without quotes, shortened with "…" when long: for a name in a path. */
    static String bare(String text) {
        int length = text.codePointCount(0, Math.min(text.length(), 2 * MAX_CHARACTERS + 2));
        return length <= MAX_CHARACTERS ? escaped(text, text.length())
                : escaped(text, text.offsetByCodePoints(0, KEPT_CHARACTERS)) + "\u2026";
    }

    /** Ids for a message, e.g. "a, b, c", at most {@link #MAX_LISTED} of them and then "and 12 more". */
    static String list(Collection<String> ids) {
        StringBuilder out = new StringBuilder();
        Iterator<String> each = ids.iterator();
        for (int i = 0; i < MAX_LISTED && each.hasNext(); i++) {
            out.append(i == 0 ? "" : ", ").append(bare(each.next()));
        }
        int more = ids.size() - MAX_LISTED;
        if (more > 0) {
            out.append(String.format(Locale.UK, " and %,d more", more));
        }
        return out.toString();
    }

    /** The first {@code end} chars of {@code text}, with what would break a line or not show escaped. */
    private static String escaped(String text, int end) {
        StringBuilder out = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(end + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text.substring(0, end) : out.toString();
    }

    private static String escape(String text, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        if (lone || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return String.format(Locale.ROOT, "\\u%04X", (int) c);
        }
        return null;
    }
}
