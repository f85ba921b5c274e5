package org.careerroutes.plan.view;

import javafx.beans.property.SimpleObjectProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerroutes.kit.HeldBackBackground;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Things I've done: adding, changing and deleting encounters with a question, their limits, and the CSV saved off the JavaFX thread. */
class EncountersModelTest {

    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final SimpleObjectProperty<StudentRecord> record = new SimpleObjectProperty<>(StudentRecord.EMPTY);
    private final HeldBackBackground background = new HeldBackBackground();
    private Optional<Path> chosen = Optional.empty();

    private EncountersModel model(boolean atKiosk) {
        return new EncountersModel("Clinical engineer", record, change -> record.set(change.apply(record.get())), atKiosk,
                Optional.of(name -> chosen), background, NOVEMBER_2026);
    }

    @Test
    void anEncounterIsAddedAboutTheJobShownWithItsTextsMadeToFit() {
        EncountersModel model = model(false);
        model.startAdding();
        assertEquals(YearMonth.of(2026, 11), model.formProperty().get().month(), "this month, to start with");
        assertFalse(model.save(null, YearMonth.of(2026, 3), "", "", "", ""));
        assertTrue(model.formProblemProperty().get().startsWith("Choose what it was"));
        assertFalse(model.save(EncounterKind.OPEN_DAY, YearMonth.of(2026, 12), "", "", "", ""));
        assertTrue(model.formProblemProperty().get().contains("December 2026 has not come yet"),
                model.formProblemProperty().get());
        assertTrue(model.save(EncounterKind.OPEN_DAY, YearMonth.of(2026, 3), "University\nof Leeds",
                "x".repeat(1_500), "Yes", ""));
        assertNull(model.formProperty().get(), "the form closes");
        Encounter added = record.get().encounters().get(0);
        assertEquals("University of Leeds", added.whoOrWhere(), "one line");
        assertEquals(StudentRecord.MAX_REFLECTION, added.learned().length(), "cut to what the record holds");
        assertEquals("Clinical engineer", added.job());
        assertEquals("Added to Things I've done: Open day at a university or college, March 2026, University of Leeds.",
                model.statusProperty().get());
    }

    @Test
    void changingKeepsItsIdAndJobAndDeletingAsksFirst() {
        record.set(StudentRecord.EMPTY.withEncounter(Encounter.of("encounter-1", EncounterKind.CAREERS_FAIR,
                YearMonth.of(2025, 6)).withJob("Nurse")));
        EncountersModel model = model(false);
        model.startChanging("encounter-1");
        assertEquals("Nurse", model.formJob(), "the question is about the job it was recorded on");
        assertEquals(List.of(2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018), model.years(Optional.of(2025)));
        assertEquals(1999, model.years(Optional.of(1999)).get(9), "oldest last");
        assertTrue(model.years(Optional.of(1999)).contains(1999), "an encounter's own year is offered");
        assertTrue(model.save(EncounterKind.WORK_EXPERIENCE, YearMonth.of(2025, 7), "St James's", "Plenty", "", ""));
        Encounter changed = record.get().encounters().get(0);
        assertEquals("encounter-1", changed.id());
        assertEquals("Nurse", changed.job());
        assertEquals(EncounterKind.WORK_EXPERIENCE, changed.kind());

        model.askToDelete("encounter-1");
        assertTrue(model.questionProperty().get().text().startsWith("Delete \u201cWork experience, July 2025, St James's"));
        model.answer(false);
        assertEquals(1, record.get().encounters().size(), "kept");
        model.askToDelete("encounter-1");
        model.answer(true);
        assertEquals(List.of(), record.get().encounters());
        assertEquals(List.of(), model.encountersProperty().get());
    }

    @Test
    void aFullRecordTakesNoMoreAndSaysSo() {
        StudentRecord full = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_ENCOUNTERS; i++) {
            full = full.withEncounter(Encounter.of(full.nextEncounterId(), EncounterKind.OTHER, YearMonth.of(2026, 1)));
        }
        record.set(full);
        EncountersModel model = model(false);
        assertTrue(model.fullProperty().get());
        model.startAdding();
        assertNull(model.formProperty().get(), "no form for one that cannot be kept");
    }

    @Test
    void theCsvIsWrittenAwayFromTheWindowAndReadsBack() throws Exception {
        record.set(StudentRecord.EMPTY.withEncounter(new Encounter("encounter-1", EncounterKind.EMPLOYER_TALK,
                YearMonth.of(2026, 2), "Siemens, Leeds", "Clinical engineer", "=SUM(A1)", "", "")));
        EncountersModel model = model(false);
        chosen = Optional.of(folder.resolve("for my careers leader"));
        model.saveCsv();
        assertTrue(model.busyProperty().get().startsWith("Saving your encounters"), "busy while the disk works");
        assertEquals(1, background.waiting(), "nothing written on the caller's thread");
        background.runAll();
        assertEquals("", model.busyProperty().get());
        Path written = folder.resolve("for my careers leader.csv");
        assertTrue(model.statusProperty().get().startsWith("Saved 1 encounter to " + written), model.statusProperty().get());
        String text = Files.readString(written, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals("Siemens, Leeds", rows.get(1).get(2));
            assertEquals("'=SUM(A1)", rows.get(1).get(4));
        }
    }

    @Test
    void aCsvThatCannotBeWrittenSaysWhyAndAKioskKeepsNoLog() throws Exception {
        record.set(StudentRecord.EMPTY.withEncounter(Encounter.of("encounter-1", EncounterKind.OTHER, YearMonth.of(2026, 2))));
        EncountersModel model = model(false);
        Path aFolder = Files.createDirectories(folder.resolve("taken.csv"));
        chosen = Optional.of(aFolder);
        model.saveCsv();
        background.runAll();
        assertTrue(model.statusIsProblemProperty().get());
        assertTrue(model.statusProperty().get().contains(aFolder + ": is a folder"), model.statusProperty().get());

        EncountersModel kiosk = model(true);
        assertTrue(kiosk.atKiosk());
        assertFalse(kiosk.offersCsv());
        kiosk.startAdding();
        assertNull(kiosk.formProperty().get());
    }
}
