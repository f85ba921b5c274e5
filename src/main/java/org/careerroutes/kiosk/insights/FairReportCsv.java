package org.careerroutes.kiosk.insights;

import org.careerroutes.files.CsvText;

/**
 * The fair report as CSV for a spreadsheet: one row per day and thing counted, with the count or
 * "fewer than 5", exactly as the screen shows it, written as every CSV of the app is
 * ({@link CsvText}: UTF-8 with a byte-order mark, RFC 4180, formulas made inert).
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
        CsvText csv = new CsvText().row("Date", "Section", "What", "Count");
        for (FairReport.Day day : report.countedDays()) {
            for (FairReport.Section section : day.sections()) {
                for (FairReport.Row row : section.rows()) {
                    csv.row(day.date().toString(), section.title(), row.label(), row.plain());
                }
            }
        }
        return csv.bytes();
    }
}
