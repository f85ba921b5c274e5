package org.careerroutes.app;

import org.careerroutes.app.LauncherProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command as an adviser runs it: a new Java process with no display at all, so that starting
 * JavaFX would fail it. Exit statuses and messages as documented; never a stack trace.
 */
class ExportPdfProcessTest {

    private static LauncherProcess.Run launch(Path dir, String... args) throws IOException, InterruptedException {
        return LauncherProcess.launch(dir, List.of(), args);
    }

    @Test
    void writesAHandoutWithNoDisplay(@TempDir Path dir) throws Exception {
        LauncherProcess.Run run = launch(dir, "--export-pdf=plan.pdf", "--pathway=apprenticeship");
        assertEquals(0, run.status(), run.err());
        assertEquals("Wrote plan.pdf: Clinical engineer", run.out().strip());
        assertTrue(Files.size(dir.resolve("plan.pdf")) > 10_000);
        assertTrue(Files.readString(dir.resolve("plan.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void badUsageAndUnwritablePathsExitTwoAndOneWithoutAStackTrace(@TempDir Path dir) throws Exception {
        LauncherProcess.Run unknown = launch(dir, "--export-pdf=plan.pdf", "--pathway=astronaut");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("its pathways are: degree-stp, apprenticeship, ptp, private-sector"), unknown.err());

        LauncherProcess.Run missingValue = launch(dir, "--export-pdf");
        assertEquals(2, missingValue.status());
        assertTrue(missingValue.err().contains("career-routes: --export-pdf needs a path: --export-pdf=PATH"),
                missingValue.err());

        Files.writeString(dir.resolve("file"), "x");
        LauncherProcess.Run unwritable = launch(dir, "--export-pdf=file/plan.pdf");
        assertEquals(1, unwritable.status());
        assertTrue(unwritable.err().contains("career-routes: --export-pdf: file/plan.pdf: cannot be written: its folder "
                + dir.resolve("file") + " cannot be made (a file is in the way where a folder should be)"), unwritable.err());

        for (LauncherProcess.Run run : List.of(unknown, missingValue, unwritable)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }
}
