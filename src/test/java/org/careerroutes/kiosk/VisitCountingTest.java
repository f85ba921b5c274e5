package org.careerroutes.kiosk;

import org.careerroutes.kiosk.insights.Answer;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.InsightsSetting;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.careerroutes.kiosk.insights.VisitTally;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.HeldBackBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kiosk's counting while it runs, without a stage: each visit added as it ends, saved whole, never stopping the kiosk. */
class VisitCountingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final FairReport.Names NAMES = new FairReport.Names(List.of(), List.of());

    @TempDir
    Path settings;
    @TempDir
    Path logs;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:30:00Z"));

    private VisitCounting counting(Background background) {
        return new VisitCounting(CountsStore.besideSettings(settings), InsightsSetting.DEFAULT, background, clock,
                ZoneOffset.UTC, new ErrorLog(logs, clock), NAMES, "Clinical engineer");
    }

    private VisitCounts saved() throws Exception {
        return CountsStore.besideSettings(settings).read();
    }

    private void visit(VisitCounting counting, Duration length, Consumer<VisitTally> does) {
        VisitTally tally = counting.visitStarted();
        tally.startedOn("overview");
        does.accept(tally);
        clock.advance(length);
        counting.activity();
        clock.advance(Duration.ofMinutes(2));   // idle until "Still there?" ends it: not part of its length
        counting.visitEnded();
    }

    @Test
    void eachVisitIsAddedToItsDayAsItEndsAndSavedAtOnce() throws Exception {
        VisitCounting counting = counting(Background.sameThread());
        counting.start();
        visit(counting, Duration.ofSeconds(30), tally -> { });
        visit(counting, Duration.ofMinutes(2), tally -> tally.openedTab("route-map"));
        assertEquals(2, saved().count(DAY, "visits"));
        assertEquals(1, saved().count(DAY, "with-action"));
        assertEquals(1, saved().count(DAY, "length.under-1"));
        assertEquals(1, saved().count(DAY, "length.1-3"), "from the first touch to the last, not to the end of the countdown");
        assertEquals(saved(), counting.countsProperty().get());
        assertEquals(List.of("visit-counts.txt"), names(settings.resolve("insights")));
    }

    @Test
    void aStaffVisitIsNotCountedAndAnAnswerIsCountedOnItsOwn() throws Exception {
        VisitCounting counting = counting(Background.sameThread());
        counting.start();
        VisitTally staff = counting.visitStarted();
        staff.startedOn("overview");
        counting.staffVisit();
        assertFalse(counting.visitEnded(), "the PIN was entered: staff, not a visitor");
        visit(counting, Duration.ofSeconds(5), tally -> { });
        counting.answered(Answer.A_BIT);
        assertEquals(1, saved().count(DAY, "visits"));
        assertEquals(1, saved().count(DAY, "answer.a-bit"));
        assertFalse(counting.visitEnded(), "no visit in progress: nothing to count");
    }

    @Test
    void visitsThatEndWhileTheSavedCountsAreReadAreAddedToThem() throws Exception {
        CountsStore.besideSettings(settings).save(VisitCounts.NONE.plus(DAY, java.util.Set.of("visits", "printed")));
        HeldBackBackground disk = new HeldBackBackground();
        VisitCounting counting = counting(disk);
        counting.start();
        visit(counting, Duration.ofSeconds(5), tally -> tally.printed());
        assertFalse(counting.loadedYet());
        assertEquals(VisitCounts.NONE, counting.countsProperty().get(), "nothing shown before the file is read");
        disk.runAll();
        assertEquals(2, saved().count(DAY, "visits"));
        assertEquals(2, saved().count(DAY, "printed"));
    }

    @Test
    void countsThatCannotBeSavedAreKeptAndSavedWhenTheyCanBeAndTheKioskIsTold() throws Exception {
        Files.writeString(settings.resolve("insights"), "a file where the folder should be");
        VisitCounting counting = counting(Background.sameThread());
        counting.start();
        visit(counting, Duration.ofSeconds(5), tally -> { });
        visit(counting, Duration.ofSeconds(5), tally -> { });
        assertTrue(counting.problemsProperty().get().startsWith("The counts cannot be saved in " + settings.resolve("insights")),
                counting.problemsProperty().get());
        assertEquals(2, counting.countsProperty().get().count(DAY, "visits"), "kept in memory");
        String log = Files.readString(logs.resolve(ErrorLog.FILE_NAME));
        assertEquals(1, log.split("cannot be saved", -1).length - 1, "said once in the log, not at every visit: " + log);

        Files.delete(settings.resolve("insights"));
        visit(counting, Duration.ofSeconds(5), tally -> { });
        assertEquals("", counting.problemsProperty().get());
        assertEquals(3, saved().count(DAY, "visits"), "every total is written at the next save");
    }

    @Test
    void aDamagedFileIsSaidToStaffAndInTheLogAndCountingStartsAgain() throws Exception {
        Files.createDirectories(settings.resolve("insights"));
        Files.writeString(settings.resolve("insights").resolve("visit-counts.txt"), "career-routes-visit-counts 1\nbroken\n");
        VisitCounting counting = counting(Background.sameThread());
        counting.start();
        assertTrue(counting.problemsProperty().get().contains("visit-counts.txt:2: should start with a day"),
                counting.problemsProperty().get());
        assertTrue(Files.readString(logs.resolve(ErrorLog.FILE_NAME)).contains("kept as visit-counts.damaged-2026-12-01.txt"));
        visit(counting, Duration.ofSeconds(5), tally -> { });
        assertEquals(1, saved().count(DAY, "visits"));
    }

    @Test
    void clearingRemovesEveryDayAndReportsAreSavedBesideTheCounts() throws Exception {
        VisitCounting counting = counting(Background.sameThread());
        counting.start();
        List<String> said = new ArrayList<>();
        counting.saveReport(counting.report(), VisitCounting.Format.CSV, said::add);
        assertEquals("Nothing has been counted yet, so there is nothing to save.", said.get(0));
        for (int i = 0; i < 6; i++) {
            visit(counting, Duration.ofSeconds(5), tally -> { });
        }
        counting.saveReport(counting.report(), VisitCounting.Format.PDF, said::add);
        assertEquals("Saved as fair-report-2026-12-01.pdf in " + settings.resolve("insights") + ".", said.get(1));
        counting.clear(said::add);
        assertEquals("The counts were cleared.", said.get(2));
        assertEquals(VisitCounts.NONE, counting.countsProperty().get());
        assertEquals(List.of("fair-report-2026-12-01.pdf"), names(settings.resolve("insights")));
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
