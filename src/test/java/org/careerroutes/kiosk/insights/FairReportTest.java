package org.careerroutes.kiosk.insights;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fair report holds back every count under 5, as "fewer than 5", on the screen's rows, in the
 * CSV and in the PDF alike, and a length band that subtraction would give away.
 */
class FairReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final FairReport.Names NAMES = new FairReport.Names(
            List.of(new FairReport.Names.Name("overview", "Overview"), new FairReport.Names.Name("route-map", "Route map")),
            List.of(new FairReport.Names.Name("degree-stp", "Degree, then the STP"),
                    new FairReport.Names.Name("apprenticeship", "Degree apprenticeship")));

    /** A day with counts either side of 5. */
    private static VisitCounts counts() {
        Map<String, Long> day = new HashMap<>();
        day.put("visits", 40L);
        day.put("with-action", 31L);
        day.put("length.under-1", 3L);       // held back, and so the next smallest band with it
        day.put("length.1-3", 9L);
        day.put("length.3-10", 20L);
        day.put("length.over-10", 8L);
        day.put("tab.overview", 40L);
        day.put("tab.route-map", 4L);
        day.put("map-pathway.degree-stp", 5L);
        day.put("map-pathway.apprenticeship", 1L);
        day.put("map-pathway.%3Dold", 7L);     // a pathway the profile no longer has, "=old"
        day.put("printed", 2L);
        day.put("code-shown", 12L);
        day.put("answer.yes", 6L);
        day.put("answer.no", 4L);
        return VisitCounts.of(Map.of(TODAY.minusDays(1), day, TODAY.minusDays(3), Map.of("visits", 3L)));
    }

    private static Map<String, String> shown(FairReport.Day day) {
        return day.sections().stream().flatMap(s -> s.rows().stream())
                .collect(Collectors.toMap(FairReport.Row::id, FairReport.Row::shown));
    }

    @Test
    void theScreenShowsCountsUnderFiveAsFewerThanFiveWithNoBar() {
        FairReport report = FairReport.of(counts(), NAMES, TODAY, 365);
        assertEquals(3, report.days().size(), "today (nothing yet), then each day kept, newest first");
        FairReport.Day today = report.days().get(0);
        assertFalse(today.counted());
        assertEquals("Today, Tuesday 1 December 2026", today.heading());
        FairReport.Day day = report.days().get(1);
        assertEquals("Monday 30 November 2026", day.heading());
        Map<String, String> shown = shown(day);
        assertEquals("40", shown.get("visits"));
        assertEquals("31", shown.get("with-action"));
        assertEquals("fewer than 5", shown.get("tab-route-map"));
        assertEquals("5", shown.get("map-pathway-degree-stp"), "5 is shown");
        assertEquals("fewer than 5", shown.get("map-pathway-apprenticeship"));
        assertEquals("7", shown.get("map-pathway--3Dold"));
        assertEquals("fewer than 5", shown.get("printed"));
        assertEquals("fewer than 5", shown.get("compare-changed"), "0 is under 5 too");
        assertEquals("fewer than 5", shown.get("answer-no"));
        for (FairReport.Section section : day.sections()) {
            for (FairReport.Row row : section.rows()) {
                assertEquals(row.shown().equals("fewer than 5") || row.shown().equals("held back"), row.heldBack(), row.id());
                assertTrue(row.heldBack() ? row.share() == 0 && row.count().isEmpty() : row.share() > 0, row.id());
            }
        }
        assertEquals("fewer than 5", shown(report.days().get(2)).get("visits"));
    }

    @Test
    void aLengthBandHeldBackAloneTakesTheNextSmallestWithItSoNeitherIsFoundBySubtraction() {
        Map<String, String> shown = shown(FairReport.of(counts(), NAMES, TODAY, 365).days().get(1));
        assertEquals("fewer than 5", shown.get("length-under-1"));
        assertEquals("held back", shown.get("length-over-10"), "8, the smallest of the others: not \"fewer than 5\", which it is not");
        assertEquals("9", shown.get("length-1-3"));
        assertEquals("20", shown.get("length-3-10"));
    }

    @Test
    void namedThingsAreListedInTheProfilesOrderAndOthersByTheirId() {
        FairReport.Section pathways = FairReport.of(counts(), NAMES, TODAY, 365).days().get(1).sections().stream()
                .filter(s -> s.id().equals("map-pathways")).findFirst().orElseThrow();
        assertEquals(List.of("Degree, then the STP", "Degree apprenticeship", "=old"),
                pathways.rows().stream().map(FairReport.Row::label).toList());
    }

    @Test
    void theCsvHoldsTheSameAsTheScreenAndNothingUnderFive() {
        FairReport report = FairReport.of(counts(), NAMES, TODAY, 365);
        String csv = new String(FairReportCsv.bytes(report), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFDate,Section,What,Count", lines.get(0));
        assertTrue(lines.contains("2026-11-30,Visits,Visits started,40"));
        assertTrue(lines.contains("2026-11-30,Plans taken away,Plan printed,fewer than 5"));
        assertTrue(lines.contains("2026-11-30,Pathways chosen on the route map,Degree apprenticeship,fewer than 5"));
        assertTrue(lines.contains("2026-11-30,Pathways chosen on the route map,'=old,7"), "not run as a formula");
        assertTrue(lines.contains("2026-11-28,Visits,Visits started,fewer than 5"));
        assertTrue(lines.contains("2026-11-30,How long visits lasted,Over 10 minutes,held back"));
        assertFalse(csv.contains("2026-12-01"), "today has nothing counted yet");
        for (String line : lines.subList(1, lines.size())) {
            String count = line.substring(line.lastIndexOf(',') + 1);
            assertTrue(count.equals("fewer than 5") || count.equals("held back") || Long.parseLong(count) >= 5, line);
        }
        assertTrue(csv.endsWith("\r\n"));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    @Test
    void thePdfHoldsTheSameAsTheScreen() throws Exception {
        FairReport report = FairReport.of(counts(), NAMES, TODAY, 365);
        byte[] pdf = FairReportPdf.bytes(report, "Clinical engineer");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Career Routes kiosk: fair report \u2013 Clinical engineer"), text);
            assertTrue(text.contains("Counts under 5 (0 included) are shown as \u201cfewer than 5\u201d"), text);
            assertTrue(lines(text).contains("Over 10 minutes held back fewer than 5"), text);
            List<String> lines = text.lines().map(String::strip).toList();
            assertTrue(lines.contains("Visits started 40 fewer than 5"), text);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Plan printed fewer than 5 fewer than 5")), text);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Plan shown as a QR code 12 fewer than 5")), text);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Under 1 minute fewer than 5 fewer than 5")), text);
            List<String> labels = report.countedDays().get(0).sections().stream().flatMap(x -> x.rows().stream())
                    .map(FairReport.Row::label).toList();
            int rows = 0;
            for (String line : lines) {
                for (String label : labels) {
                    if (line.startsWith(label + " ")) {
                        rows++;
                        String cells = line.substring(label.length()).replace("fewer than 5", "").replace("held back", "").strip();
                        for (String cell : cells.isEmpty() ? new String[0] : cells.split(" ")) {
                            assertTrue(Long.parseLong(cell.replace(",", "")) >= 5, "a count under 5 in the PDF: " + line);
                        }
                    }
                }
            }
            assertTrue(rows >= labels.size(), "every row was checked: " + rows);
        }
    }

    @Test
    void aYearOfDaysFillsTablesOfEightDays() throws Exception {
        VisitCounts year = VisitCounts.NONE;
        for (int d = 0; d < 365; d++) {
            for (int v = 0; v < 6; v++) {
                year = year.plus(TODAY.minusDays(d), java.util.Set.of("visits", "tab.overview"));
            }
        }
        FairReport report = FairReport.of(year, NAMES, TODAY, 365);
        assertEquals(365, report.countedDays().size());
        try (PDDocument document = Loader.loadPDF(FairReportPdf.bytes(report, "Clinical engineer"))) {
            String text = new PDFTextStripper().getText(document);
            java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.UK);
            for (int d = 0; d < 365; d++) {
                assertTrue(text.contains(date.format(TODAY.minusDays(d))), "every day has its column: " + TODAY.minusDays(d));
            }
            assertTrue(document.getNumberOfPages() <= 46, "eight days to a table: " + document.getNumberOfPages() + " pages");
        }
    }
}
