package org.careerroutes.plan;

import org.careerroutes.files.CsvText;

import java.util.List;

/**
 * A student's careers encounters as CSV, for their careers leader's spreadsheet (Save encounters
 * as CSV… on My plan): one row per encounter, the newest first as My plan lists them, under a row
 * of column names. Written as every CSV of the app is ({@link CsvText}: UTF-8 with a byte-order
 * mark, quoted where needed, a field that starts like a formula after an apostrophe). The columns
 * are documented in docs/plan-format.md. Pure: no JavaFX, no I/O.
 */
public final class EncountersCsv {

    /** The first row: the columns' names, the questions as the student saw them. */
    public static final List<String> COLUMNS = List.of("Month", "Kind", "Who or where", "Job",
            "What did I learn?", "Did it change what I think about this job?", "What will I do next?");

    private EncountersCsv() {
    }

    /** The file's bytes. */
    public static byte[] bytes(StudentRecord record) {
        CsvText csv = new CsvText().row(COLUMNS);
        for (Encounter encounter : record.encountersNewestFirst()) {
            csv.row(RecordReader.month(encounter.month()), encounter.kind().label(), encounter.whoOrWhere(),
                    encounter.job(), encounter.learned(), encounter.changedMyView(), encounter.nextStep());
        }
        return csv.bytes();
    }
}
