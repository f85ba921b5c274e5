package org.careerroutes.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The installed app against a bare JavaFX window: the packaged launcher
 * (target/dist/career-routes/bin/career-routes, built by {@code mvn -Ppackage package}) and the
 * smallest JavaFX window started plainly ({@code java} with the JavaFX jars, no flags), taken in
 * turn so that both see the same machine; the resident memory of each at its first frame; and the
 * sizes of the app image and the .deb. Linux only (the package is built here for Linux). Writes the
 * figures into docs/performance.md.
 */
public final class PackagedStartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 9);
    private static final Path DIST = Path.of("target", "dist");
    private static final Path LAUNCHER = DIST.resolve("career-routes/bin/career-routes");

    private PackagedStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isExecutable(LAUNCHER)) {
            System.out.println("packaged start-up: no " + LAUNCHER + "; build it with mvn -Ppackage package first");
            return;
        }
        try (Display display = Display.open()) {
            run(display.name());
        }
    }

    private static void run(String display) throws Exception {
        List<String> packaged = List.of(LAUNCHER.toAbsolutePath().toString());
        Map<String, String> report = Map.of("JAVA_TOOL_OPTIONS", "-Dcareerroutes.reportStartup=true");
        List<String> bare = List.of(StartupBenchmark.javaBinary(), "-Dcareerroutes.reportStartup=true", "-cp",
                bareClassPath(), BareWindow.class.getName());
        // One warm-up of each, so the OS file cache is the same for every measured run.
        StartupBenchmark.firstFrame(display, packaged, report);
        StartupBenchmark.firstFrame(display, bare, Map.of());
        long[] appMs = new long[RUNS];
        long[] bareMs = new long[RUNS];
        long[] appSpawn = new long[RUNS];
        long[] bareSpawn = new long[RUNS];
        long[] appKb = new long[RUNS];
        long[] bareKb = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            StartupBenchmark.FirstFrame app = StartupBenchmark.firstFrame(display, packaged, report);
            StartupBenchmark.FirstFrame plain = StartupBenchmark.firstFrame(display, bare, Map.of());
            appMs[i] = app.ms();
            appSpawn[i] = app.fromSpawnMs();
            bareSpawn[i] = plain.fromSpawnMs();
            appKb[i] = app.residentKb();
            bareMs[i] = plain.ms();
            bareKb[i] = plain.residentKb();
        }
        // The budget is judged on the time a person waits: from starting the process to the frame.
        long appMedian = PerformanceReport.median(appSpawn);
        long bareMedian = PerformanceReport.median(bareSpawn);
        long rssMb = PerformanceReport.median(appKb) / 1024;
        double imageMb = size(DIST.resolve("career-routes")) / 1e6;
        Path deb = debFile();
        double debMb = deb == null ? 0 : Files.size(deb) / 1e6;
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", under Xvfb, "
                        + RUNS + " runs each, taken in turn, after one warm-up of each.",
                "",
                "From starting the process to the first frame (timed by the benchmark):",
                "",
                StartupBenchmark.table("packaged app (bin/career-routes), Overview tab", appSpawn,
                        "bare JavaFX window, plain java (baseline)", bareSpawn),
                "",
                "From the JVM's start to the first frame (as each reports it):",
                "",
                StartupBenchmark.table("packaged app", appMs, "bare JavaFX window", bareMs),
                "",
                "| what | measured | budget | result |",
                "| --- | --- | --- | --- |",
                line("first frame (from starting the process), packaged app against the bare window",
                        appMedian + " ms against " + bareMedian + " ms",
                        "no slower", appMedian <= bareMedian),
                line("resident memory at the first frame (median)", rssMb + " MB (bare window: "
                        + PerformanceReport.median(bareKb) / 1024 + " MB)", "at most 180 MB", rssMb <= 180),
                line("app image target/dist/career-routes", String.format(Locale.ROOT, "%.1f MB", imageMb),
                        "under 90 MB", imageMb < 90),
                line(deb == null ? ".deb (not built)" : ".deb " + deb.getFileName(),
                        String.format(Locale.ROOT, "%.1f MB", debMb), "under 60 MB", deb != null && debMb < 60),
                "",
                "All runs, resident memory (MB): packaged " + mb(appKb) + "; bare " + mb(bareKb) + ".");
        PerformanceReport.replaceSection("packaged", body);
        System.out.println(body);
    }

    private static String line(String what, String measured, String budget, boolean met) {
        return "| " + what + " | " + measured + " | " + budget + " | " + (met ? "within budget" : "**over budget**") + " |";
    }

    private static String mb(long[] kb) {
        return Arrays.stream(kb).mapToObj(k -> Long.toString(k / 1024)).collect(Collectors.joining(", "));
    }

    /** The JavaFX jars (and this benchmark's and the app's classes, for the bare window's report): nothing else. */
    private static String bareClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("javafx-") || !entry.endsWith(".jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path debFile() throws IOException {
        try (Stream<Path> files = Files.list(DIST)) {
            return files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElse(null);
        }
    }

    private static long size(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
