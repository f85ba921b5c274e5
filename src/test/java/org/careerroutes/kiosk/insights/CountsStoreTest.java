package org.careerroutes.kiosk.insights;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the counts are kept: one file of totals, replaced whole; a damaged one kept aside. */
class CountsStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path settings;

    private CountsStore store() {
        return CountsStore.besideSettings(settings);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(settings)) {
            return all.filter(Files::isRegularFile).map(p -> settings.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void noFileIsNoCountsAndNothingIsWrittenByReading() throws IOException {
        CountsStore.Loaded loaded = store().load(365, TODAY);
        assertEquals(VisitCounts.NONE, loaded.counts());
        assertTrue(loaded.problem().isEmpty());
        assertTrue(loaded.writable());
        assertEquals(List.of(), files());
    }

    @Test
    void savedCountsAreOneFileBesideTheSettingsAndReadBackKeepingOnlyTheDaysKept() throws Exception {
        VisitCounts counts = VisitCounts.NONE.plus(TODAY.minusDays(40), Set.of("visits"))
                .plus(TODAY, Set.of("visits", "printed"));
        store().save(counts);
        assertEquals(List.of("insights/visit-counts.txt"), files());
        assertEquals(counts, store().read());
        assertEquals(counts, store().load(365, TODAY).counts());
        assertEquals(List.of(TODAY), List.copyOf(store().load(30, TODAY).counts().days().keySet()));
    }

    @Test
    void aDamagedFileIsKeptAsideNamedByTheDayAndCountingStartsAgain() throws Exception {
        Files.createDirectories(store().folder());
        Files.writeString(store().file(), "career-routes-visit-counts 1\n2026-11-30 visits=12 grades=7\n");
        CountsStore.Loaded loaded = store().load(365, TODAY);
        assertEquals(VisitCounts.NONE, loaded.counts());
        assertTrue(loaded.writable());
        assertEquals(store().file() + ":2: \"grades\" is not something a kiosk counts. It was kept as"
                + " visit-counts.damaged-2026-12-01.txt and counting started again.", loaded.problem().orElseThrow());
        assertEquals(List.of("insights/visit-counts.damaged-2026-12-01.txt"), files());

        Files.writeString(store().file(), "not counts");
        assertTrue(store().load(365, TODAY).problem().orElseThrow().contains("visit-counts.damaged-2026-12-01-2.txt"));
        assertEquals("not counts", Files.readString(store().folder().resolve("visit-counts.damaged-2026-12-01-2.txt")),
                "kept as it was, for the technician");
    }

    @Test
    void aFileThatIsNotUtf8OrFarTooLargeIsDamageToo() throws Exception {
        Files.createDirectories(store().folder());
        Files.write(store().file(), new byte[] {'c', (byte) 0xC3, '(', '\n'});
        assertTrue(store().load(365, TODAY).problem().orElseThrow().contains(": is not UTF-8 text. It was kept as"));
        Files.write(store().file(), new byte[CountsStore.MAX_BYTES + 1]);
        assertTrue(store().load(365, TODAY).problem().orElseThrow().contains("larger than a kiosk's counts file ever is"));
    }

    @Test
    void aFileThatCannotBeReadIsNeitherMovedNorWrittenOver() throws Exception {
        Files.createDirectories(store().file());   // a folder in its place
        CountsStore.Loaded loaded = store().load(365, TODAY);
        assertFalse(loaded.writable());
        assertEquals(store().file() + " is a folder, not a file: counting goes on, but nothing is saved until it is put right",
                loaded.problem().orElseThrow());
        assertTrue(Files.isDirectory(store().file()));
    }

    @Test
    void whatAWriteCutOffLeftBehindIsRemovedAtTheNextStart() throws Exception {
        store().save(VisitCounts.NONE.plus(TODAY, Set.of("visits")));
        Files.writeString(store().folder().resolve("visit-counts.txt1234567.new"), "career-routes-visit-counts 1\n");
        assertEquals(1, store().load(365, TODAY).counts().count(TODAY, "visits"));
        assertEquals(List.of("insights/visit-counts.txt"), files());
    }

    @Test
    void reportsAreSavedBesideTheCountsUnderTheirDayWithoutWritingOverOne() throws Exception {
        Path first = store().saveReport("a".getBytes(StandardCharsets.UTF_8), TODAY, "csv");
        Path second = store().saveReport("b".getBytes(StandardCharsets.UTF_8), TODAY, "csv");
        assertEquals("fair-report-2026-12-01.csv", first.getFileName().toString());
        assertEquals("fair-report-2026-12-01-2.csv", second.getFileName().toString());
        assertEquals("a", Files.readString(first));
    }

    @Test
    void clearingRemovesTheCountsButNotWhatWasKeptAsideOrSaved() throws Exception {
        store().save(VisitCounts.NONE.plus(TODAY, Set.of("visits")));
        store().saveReport(new byte[] {1}, TODAY, "pdf");
        store().clear();
        assertEquals(List.of("insights/fair-report-2026-12-01.pdf"), files());
        assertEquals(VisitCounts.NONE, store().read());
    }
}
