package org.careerroutes.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerroutes.files.CsvText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save encounters as CSV…: read back by a CSV parser that is not the app's own (Apache Commons
 * CSV, strict RFC 4180), every field is what the student wrote, commas, quotation marks, line
 * breaks and texts at their longest included; only a field that starts like a formula gains the
 * apostrophe that makes it inert.
 */
class EncountersCsvTest {

    private static List<CSVRecord> readBack(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(CsvText.BYTE_ORDER_MARK), "a byte-order mark, so spreadsheets read UTF-8");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static List<String> fields(CSVRecord row) {
        List<String> fields = new ArrayList<>();
        row.forEach(fields::add);
        return fields;
    }

    @Test
    void everyFieldReadsBackAsWrittenWithFormulasMadeInert() throws IOException {
        StudentRecord record = StudentRecord.EMPTY
                .withEncounter(new Encounter("encounter-1", EncounterKind.OPEN_DAY, YearMonth.of(2026, 3),
                        "University of Leeds, School of Engineering", "Clinical engineer",
                        "The labs have \"real\" scanners,\nand students build devices.\r\nSecond line.",
                        "=1+1 it did", "+ ask about the MEng, - and the placement year"))
                .withEncounter(new Encounter("encounter-2", EncounterKind.CAREERS_FAIR, YearMonth.of(2026, 6),
                        "@NHS stand", "", "", "", "-"));
        List<CSVRecord> rows = readBack(EncountersCsv.bytes(record));
        assertEquals(3, rows.size());
        assertEquals(EncountersCsv.COLUMNS, fields(rows.get(0)));
        assertEquals(List.of("2026-06", "Careers fair", "'@NHS stand", "", "", "", "'-"), fields(rows.get(1)),
                "the newest first");
        assertEquals(List.of("2026-03", "Open day at a university or college", "University of Leeds, School of Engineering",
                "Clinical engineer", "The labs have \"real\" scanners,\nand students build devices.\r\nSecond line.",
                "'=1+1 it did", "'+ ask about the MEng, - and the placement year"), fields(rows.get(2)));
    }

    @Test
    void longTextsInEveryFieldAndAFullRecordReadBackWhole() throws IOException {
        String line = "\u00c9mile, \"\uD83D\uDE00\" ".repeat(StudentRecord.MAX_WHO_OR_WHERE).substring(0, 400);
        String who = MyPlan.cut(line, StudentRecord.MAX_WHO_OR_WHERE);
        String job = MyPlan.cut(line, StudentRecord.MAX_TITLE);
        String answer = MyPlan.cut("A long answer, \"quoted\",\nover lines; \u05e9\u05dc\u05d5\u05dd. ".repeat(40),
                StudentRecord.MAX_REFLECTION);
        StudentRecord record = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_ENCOUNTERS; i++) {
            record = record.withEncounter(new Encounter("encounter-" + i, EncounterKind.values()[i % 8],
                    YearMonth.of(2000 + i / 12, 1 + i % 12), who, job, answer, answer, "=" + MyPlan.cut(answer,
                    StudentRecord.MAX_REFLECTION - 1)));
        }
        List<CSVRecord> rows = readBack(EncountersCsv.bytes(record));
        assertEquals(StudentRecord.MAX_ENCOUNTERS + 1, rows.size());
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertEquals(7, row.size());
            assertEquals(who, row.get(2));
            assertEquals(job, row.get(3));
            assertEquals(answer, row.get(4));
            assertEquals(answer, row.get(5));
            assertEquals("'=" + MyPlan.cut(answer, StudentRecord.MAX_REFLECTION - 1), row.get(6));
        }
        assertEquals("2024-12", rows.get(1).get(0), "the newest first");
    }

    @Test
    void noEncountersIsTheColumnsAlone() throws IOException {
        List<CSVRecord> rows = readBack(EncountersCsv.bytes(StudentRecord.EMPTY));
        assertEquals(1, rows.size());
        assertEquals(EncountersCsv.COLUMNS, fields(rows.get(0)));
    }
}
