package org.careerroutes.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time to first frame: starts the app in a fresh JVM several times and reads the time it
 * reports from JVM start to the first laid-out frame of its window; does the same for a bare
 * JavaFX window as the baseline. Needs a display (it starts Xvfb if DISPLAY is unset).
 * Writes the figures into docs/performance.md. Run with {@code mvn -Pbench verify}.
 */
public final class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    /**
     * The app's first frame may take at most this many times a bare JavaFX window's, both started
     * the same way in the same run: a budget that holds on a fast machine and a slow one alike.
     */
    static final double MOST_TIMES_BARE = 1.75;

    public static void main(String[] args) throws Exception {
        try (Display display = Display.open()) {
            run(display.name());
        }
    }

    private static void run(String display) throws Exception {
        String classPath = System.getProperty("java.class.path");
        // One warm-up of each, so the OS file cache is the same for every measured run.
        List<String> appCommand = javaCommand(classPath, "org.careerroutes.app.Launcher");
        List<String> bareCommand = javaCommand(classPath, BareWindow.class.getName());
        firstFrame(display, appCommand, Map.of());
        firstFrame(display, bareCommand, Map.of());
        long[] app = new long[RUNS];
        long[] bare = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            app[i] = firstFrame(display, appCommand, Map.of()).ms();
            bare[i] = firstFrame(display, bareCommand, Map.of()).ms();
        }
        long appMedian = PerformanceReport.median(app);
        long bareMedian = PerformanceReport.median(bare);
        double ratio = (double) appMedian / bareMedian;
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine()
                        + ", under Xvfb, " + RUNS + " runs each, taken in turn, after one warm-up of each.",
                "",
                table("Career Routes, Overview tab", app, "bare JavaFX window (baseline)", bare),
                "",
                "Budgets: first frame within 1,500 ms, and at most " + MOST_TIMES_BARE + " times the bare window's. Result: "
                        + appMedian + " ms median, " + (appMedian <= 1500 ? "within" : "**over**") + " 1,500 ms; "
                        + String.format(java.util.Locale.UK, "%.2f", ratio) + " times the bare window's " + bareMedian + " ms, "
                        + (ratio <= MOST_TIMES_BARE ? "within budget." : "**over budget**."));
        PerformanceReport.replaceSection("startup", body);
        System.out.println(body);
    }

    /** A table of start-up times: the app's row, then the baseline's. */
    static String table(String first, long[] firstRuns, String second, long[] secondRuns) {
        return String.join("\n", "| what | median | min | max | all runs (ms) |", "| --- | --- | --- | --- | --- |",
                row(first, firstRuns), row(second, secondRuns));
    }

    private static String row(String what, long[] runs) {
        return "| " + what + " | " + PerformanceReport.median(runs) + " ms | "
                + Arrays.stream(runs).min().orElse(0) + " ms | " + Arrays.stream(runs).max().orElse(0)
                + " ms | " + Arrays.toString(runs).replaceAll("[\\[\\]]", "") + " |";
    }

    /**
     * What one start gave: milliseconds from the JVM's start to the first frame (as the app
     * reports it), milliseconds from asking the OS to start the process to reading that report
     * (launcher and JVM start-up included, timed here), and the process's resident memory then.
     */
    record FirstFrame(long ms, long fromSpawnMs, long residentKb) {
    }

    static List<String> javaCommand(String classPath, String mainClass) {
        return List.of(javaBinary(), "-Dcareerroutes.reportStartup=true", "-cp", classPath, mainClass);
    }

    /**
     * Starts one process, waits for its first-frame report, reads its resident memory at that
     * moment (Linux), then ends it.
     */
    static FirstFrame firstFrame(String display, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().putAll(environment);
        long spawned = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                if (line.startsWith("first-frame-ms=")) {
                    long ms = Long.parseLong(line.substring("first-frame-ms=".length()).strip());
                    long fromSpawn = (System.nanoTime() - spawned) / 1_000_000;
                    return new FirstFrame(ms, fromSpawn, residentKb(process.pid()));
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException(String.join(" ", command) + " ended without reporting its first frame:\n" + seen);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** VmRSS from /proc, in kB; 0 where there is no /proc. */
    private static long residentKb(long pid) throws IOException {
        java.nio.file.Path status = java.nio.file.Path.of("/proc", Long.toString(pid), "status");
        if (!java.nio.file.Files.exists(status)) {
            return 0;
        }
        return java.nio.file.Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    }

    /** The java launcher of the running JVM, so the benchmark measures the same runtime. */
    static String javaBinary() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
