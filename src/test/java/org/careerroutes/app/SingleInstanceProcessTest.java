package org.careerroutes.app;

import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

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
 * Issue 20, "two windows, one plan: the last writer wins": two real processes of the app, as a
 * student double-clicking twice makes them, on one user's folder. The second brings the first
 * forward and ends, writing nothing; after the first is killed (as a crash would end it), the
 * lock it held is no longer in the way.
 */
@Timeout(240)
class SingleInstanceProcessTest {

    @TempDir
    Path dir;

    private Process start(String name) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                // The headless screen the UI tests use, so that a real window opens with no display.
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-Dcareerroutes.settingsDir=" + dir.resolve("settings"),
                "-Dcareerroutes.kioskConfigDir=" + dir.resolve("kiosk"),
                "-Dcareerroutes.logDir=" + dir.resolve("logs"),
                "-D" + CareerRoutesApp.REPORT_STARTUP + "=true",
                Launcher.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private String out(String name) throws IOException {
        Path file = dir.resolve(name + ".out");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void waitForWindow(String name, Process process) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> out(name).contains("first-frame-ms=") || !process.isAlive());
        assertTrue(out(name).contains("first-frame-ms="), name + " opened no window: " + out(name)
                + Files.readString(dir.resolve(name + ".err")));
    }

    @Test
    void aSecondStartBringsTheFirstForwardAndWritesNothingAndACrashedOneIsNotInTheWay() throws Exception {
        Path plan = dir.resolve("settings").resolve("plans").resolve("clinical-engineer.careerplan");
        Files.createDirectories(plan.getParent());
        String first = PlanFile.write(MyPlan.empty("clinical-engineer").withNote("start A1 A2"));
        Files.writeString(plan, first);

        Process a = start("a");
        try {
            waitForWindow("a", a);
            Process b = start("b");
            assertTrue(b.waitFor(90, TimeUnit.SECONDS), "the second start ends by itself");
            assertEquals(0, b.exitValue(), Files.readString(dir.resolve("b.err")));
            assertTrue(out("b").contains("Career Routes is already open for this user: its window has been brought to the "
                    + "front."), out("b"));
            assertFalse(out("b").contains("first-frame-ms="), "no second window");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> out("a").contains("brought to the front"));
            assertEquals(first, Files.readString(plan), "the plan is the first window's alone");
        } finally {
            a.destroyForcibly();   // as kill -9, or a crash: no chance to let go of anything
            a.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(dir.resolve("settings").resolve(SingleInstance.LOCK_FILE)), "the lock file is left behind");

        Process c = start("c");
        try {
            waitForWindow("c", c);
            assertFalse(out("c").contains("already open"), "a lock left by a crash is not in the way");
        } finally {
            c.destroyForcibly();
            c.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
