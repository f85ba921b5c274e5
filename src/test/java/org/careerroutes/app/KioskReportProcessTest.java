package org.careerroutes.app;

import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code career-routes --kiosk-report} as a technician runs it: a new Java process with no display,
 * the kiosk settings' folder named by its system property. Its exit statuses as documented, and
 * never a stack trace.
 */
class KioskReportProcessTest {

    @TempDir
    Path dir;

    private LauncherProcess.Run launch(String... args) throws Exception {
        return LauncherProcess.launch(dir, List.of("-D" + KioskConfig.DIRECTORY_PROPERTY + "=" + dir.resolve("kiosk")), args);
    }

    @Test
    void exitsZeroWhenWrittenOneWithNothingToReportTwoOnBadUsage() throws Exception {
        LauncherProcess.Run nothing = launch("--kiosk-report=fair.csv");
        assertEquals(1, nothing.status(), nothing.err());
        assertTrue(nothing.err().contains("career-routes: --kiosk-report: nothing to report"), nothing.err());

        LauncherProcess.Run usage = launch("--kiosk-report=fair.txt");
        assertEquals(2, usage.status(), usage.err());
        assertTrue(usage.err().contains("the file's name must end in .csv or .pdf"), usage.err());

        LocalDate today = LocalDate.now();
        VisitCounts counts = VisitCounts.NONE;
        for (int i = 0; i < 8; i++) {
            counts = counts.plus(today, Set.of("visits", "tab.overview"));
        }
        CountsStore.besideSettings(dir.resolve("kiosk")).save(counts);
        LauncherProcess.Run written = launch("--kiosk-report=fair.pdf");
        assertEquals(0, written.status(), written.err());
        assertEquals("Wrote fair.pdf: 1 day of visit counts, " + today, written.out().strip());
        assertTrue(Files.readString(dir.resolve("fair.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        for (LauncherProcess.Run run : List.of(nothing, usage, written)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }
}
