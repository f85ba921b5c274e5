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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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

    private record Run(int status, String out, String err) {
    }

    private Run launch(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + KioskConfig.DIRECTORY_PROPERTY + "=" + dir.resolve("kiosk"), "-cp", classPath, Launcher.class.getName()));
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
    void exitsZeroWhenWrittenOneWithNothingToReportTwoOnBadUsage() throws Exception {
        Run nothing = launch("--kiosk-report=fair.csv");
        assertEquals(1, nothing.status(), nothing.err());
        assertTrue(nothing.err().contains("career-routes: --kiosk-report: nothing to report"), nothing.err());

        Run usage = launch("--kiosk-report=fair.txt");
        assertEquals(2, usage.status(), usage.err());
        assertTrue(usage.err().contains("the file's name must end in .csv or .pdf"), usage.err());

        LocalDate today = LocalDate.now();
        VisitCounts counts = VisitCounts.NONE;
        for (int i = 0; i < 8; i++) {
            counts = counts.plus(today, Set.of("visits", "tab.overview"));
        }
        CountsStore.besideSettings(dir.resolve("kiosk")).save(counts);
        Run written = launch("--kiosk-report=fair.pdf");
        assertEquals(0, written.status(), written.err());
        assertEquals("Wrote fair.pdf: 1 day of visit counts, " + today, written.out().strip());
        assertTrue(Files.readString(dir.resolve("fair.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        for (Run run : List.of(nothing, usage, written)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }
}
