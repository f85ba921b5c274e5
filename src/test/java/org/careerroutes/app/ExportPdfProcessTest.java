package org.careerroutes.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command as an adviser runs it: a new Java process with no display at all, so that starting
 * JavaFX would fail it. Exit statuses and messages as documented; never a stack trace.
 */
class ExportPdfProcessTest {

    private record Run(int status, String out, String err) {
    }

    private static Run launch(Path dir, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void writesAHandoutWithNoDisplay(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "--export-pdf=plan.pdf", "--pathway=apprenticeship");
        assertEquals(0, run.status(), run.err());
        assertEquals("Wrote plan.pdf: Clinical engineer", run.out().strip());
        assertTrue(Files.size(dir.resolve("plan.pdf")) > 10_000);
        assertTrue(Files.readString(dir.resolve("plan.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void badUsageAndUnwritablePathsExitTwoAndOneWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Run unknown = launch(dir, "--export-pdf=plan.pdf", "--pathway=astronaut");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("its pathways are: degree-stp, apprenticeship, ptp, private-sector"), unknown.err());

        Run missingValue = launch(dir, "--export-pdf");
        assertEquals(2, missingValue.status());
        assertTrue(missingValue.err().contains("career-routes: --export-pdf needs a path: --export-pdf=PATH"),
                missingValue.err());

        Files.writeString(dir.resolve("file"), "x");
        Run unwritable = launch(dir, "--export-pdf=file/plan.pdf");
        assertEquals(1, unwritable.status());
        assertTrue(unwritable.err().contains("career-routes: --export-pdf: file/plan.pdf: cannot be written: its folder "
                + dir.resolve("file") + " cannot be made (a file is in the way where a folder should be)"), unwritable.err());

        for (Run run : List.of(unknown, missingValue, unwritable)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }
}
