package org.careerroutes.kiosk.insights;

import java.nio.charset.StandardCharsets;

/**
 * The fair report as CSV for a spreadsheet: one row per day and thing counted, with the count or
 * "fewer than 5", exactly as the screen shows it. UTF-8 with a byte-order mark (so Excel reads
 * the quotation marks right), lines ending CRLF as RFC 4180 has them.
 *
 * <pre>
 * Date,Section,What,Count
 * 2026-12-01,Visits,Visits started,57
 * 2026-12-01,How long visits lasted,Under 1 minute,fewer than 5
 * </pre>
 */
public final class FairReportCsv {

    private FairReportCsv() {
    }

    public static byte[] bytes(FairReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "Date", "Section", "What", "Count");
        for (FairReport.Day day : report.countedDays()) {
            for (FairReport.Section section : day.sections()) {
                for (FairReport.Row row : section.rows()) {
                    line(csv, day.date().toString(), section.title(), row.label(), row.plain());
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    /**
     * A field, quoted when it holds a comma, a quotation mark or a line break. A name from a
     * profile that starts like a formula (=, +, -, @) is written after an apostrophe, so that a
     * spreadsheet shows it rather than running it.
     */
    static String field(String text) {
        String safe = text;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
