package org.careerroutes.app;

import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --kiosk-report}: the fair report without a window; 0 written, 1 nothing to report or unwritable, 2 bad usage. */
class KioskReportCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path settings;
    @TempDir
    Path out;
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();

    private int run(Path target) {
        return KioskReportCommand.run(target, Optional.empty(), settings, 1_000, TODAY,
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(problems, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return problems.toString(StandardCharsets.UTF_8);
    }

    private void counted(LocalDate day, int visits) throws Exception {
        VisitCounts counts = CountsStore.besideSettings(settings).read();
        for (int i = 0; i < visits; i++) {
            counts = counts.plus(day, Set.of("visits", "tab.overview", i % 2 == 0 ? "printed" : "code-shown"));
        }
        CountsStore.besideSettings(settings).save(counts);
    }

    @Test
    void writesTheCsvOfTheDaysKept() throws Exception {
        counted(TODAY.minusDays(1), 12);
        counted(TODAY, 3);
        Path csv = out.resolve("fair.csv");
        assertEquals(0, run(csv), err());
        assertEquals("Wrote " + csv + ": 2 days of visit counts, 2026-11-30 to 2026-12-01", said.toString(StandardCharsets.UTF_8).strip());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.contains("2026-12-01,Visits,Visits started,fewer than 5"), lines.toString());
        assertTrue(lines.contains("2026-11-30,Visits,Visits started,12"), lines.toString());
        assertTrue(lines.contains("2026-11-30,Plans taken away,Plan printed,6"), lines.toString());
        assertTrue(lines.contains("2026-11-30,Pathways chosen on the route map,\"Degree, then the NHS Scientist Training"
                + " Programme\",fewer than 5"), "named from the built-in profile: " + lines);
    }

    @Test
    void writesThePdf() throws Exception {
        counted(TODAY, 7);
        Path pdf = out.resolve("Fair.PDF");
        assertEquals(0, run(pdf), err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void nothingToReportIsOne() throws Exception {
        assertEquals(1, run(out.resolve("fair.csv")));
        assertTrue(err().contains("nothing to report: no visits have been counted in the 365 days kept"), err());
        assertFalse(Files.exists(out.resolve("fair.csv")));

        Files.writeString(settings.resolve(KioskConfig.FILE_NAME), "insightsDays=7\n");
        counted(TODAY.minusDays(30), 9);
        problems.reset();
        assertEquals(1, run(out.resolve("fair.csv")), "only days older than the days kept");
        assertTrue(err().contains("no visits have been counted in the 7 days kept"), err());
    }

    @Test
    void aDamagedCountsFileIsNamedAndLeftWhereItIs() throws Exception {
        Files.createDirectories(CountsStore.besideSettings(settings).folder());
        Path file = CountsStore.besideSettings(settings).file();
        Files.writeString(file, "career-routes-visit-counts 1\n2026-12-01 visits=x\n");
        assertEquals(1, run(out.resolve("fair.csv")));
        assertTrue(err().contains(file + ":2: the count of visits is not a whole number: \"x\""), err());
        assertTrue(Files.exists(file), "the report changes nothing beside the settings");
    }

    @Test
    void aFileThatCannotBeWrittenIsOne() throws Exception {
        counted(TODAY, 7);
        Files.writeString(out.resolve("file"), "x");
        assertEquals(1, run(out.resolve("file").resolve("fair.csv")));
        assertTrue(err().contains(out.resolve("file").resolve("fair.csv") + ": cannot be written: its folder "
                + out.resolve("file") + " cannot be made (a file is in the way where a folder should be)"), err());
    }

    @Test
    void aNameThatSaysNeitherCsvNorPdfOrAFolderIsTwo() throws Exception {
        counted(TODAY, 7);
        assertEquals(2, run(out.resolve("fair.xlsx")));
        assertTrue(err().contains("the file's name must end in .csv or .pdf"), err());
        assertEquals(2, run(out));
    }

    @Test
    void countingTurnedOffStillReportsWhatWasCountedAndSaysSo() throws Exception {
        counted(TODAY, 7);
        Files.writeString(settings.resolve(KioskConfig.FILE_NAME), "insights=off\n");
        assertEquals(0, run(out.resolve("fair.csv")));
        assertTrue(err().contains("this machine's kiosk counts no visits now (insights=off)"), err());
    }
}
