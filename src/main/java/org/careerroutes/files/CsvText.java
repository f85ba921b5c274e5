package org.careerroutes.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file for a spreadsheet, written one way for every report the app saves (the kiosk's fair
 * report, a student's careers encounters): UTF-8 with a byte-order mark, so that Excel reads
 * accents and quotation marks right; lines ending CRLF and fields quoted as RFC 4180 has them,
 * only where they must be (a comma, a quotation mark or a line break in them).
 *
 * <p>A field that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or
 * carriage return before one) is written after an apostrophe, so that a spreadsheet shows it as
 * text rather than running it: what a student typed, or a name from a profile, is never a formula
 * in a careers leader's spreadsheet. The apostrophe is the only change to what was given.
 */
public final class CsvText {

    /** The byte-order mark the file starts with. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    /** What a field that starts like a formula is written after. */
    public static final char INERT = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);

    /** Adds a row of fields. */
    public CsvText row(String... fields) {
        return row(List.of(fields));
    }

    /** Adds a row of fields. */
    public CsvText row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    /** The file's bytes: UTF-8, starting with the byte-order mark. */
    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field as written: made inert if it starts like a formula, then quoted if it must be. */
    public static String field(String text) {
        String safe = text;
        if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0) {
            safe = INERT + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
