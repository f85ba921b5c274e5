package org.careerroutes.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Many jobs: a folder of {@value #JOBS} profiles ({@link JobPackGenerator}). Times, in fresh JVMs
 * under a display, the app from its start to its first frame and to the Jobs page showing every
 * job, on the first start on the folder (no index yet) and on later ones (its index kept beside
 * the settings); then, in {@link JobsProbe} with a 256 MB heap, each keystroke of a search and
 * each filter change, each job opened, and the heap in use. Writes the figures into
 * docs/performance.md. Run alone with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.JobsBenchmark}.
 */
public final class JobsBenchmark {

    static final int JOBS = Integer.getInteger("bench.jobs", 800);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private JobsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "bench-jobs");
        Path folder = JobPackGenerator.write(work.resolve("pack-" + JOBS), JOBS);
        try (Display display = Display.open()) {
            run(display.name(), work, folder);
        }
    }

    private static void run(String display, Path work, Path folder) throws Exception {
        String classPath = System.getProperty("java.class.path");
        double load = load();
        List<long[]> firstStarts = new ArrayList<>();
        List<long[]> laterStarts = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path settings = fresh(work.resolve("settings-" + i));
            firstStarts.add(start(display, classPath, folder, settings));
            laterStarts.add(start(display, classPath, folder, settings));
        }
        Map<String, List<Double>> probe = probe(display, classPath, folder, fresh(work.resolve("settings-probe")));
        String body = report(firstStarts, laterStarts, probe, load, load());
        PerformanceReport.replaceSection("jobs", body);
        System.out.println(body);
    }

    private static Path fresh(Path settings) throws IOException {
        if (Files.exists(settings)) {
            try (Stream<Path> all = Files.walk(settings)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(settings);
    }

    /** One start of the app on the folder: {first frame, Jobs page with every job}, in ms from the JVM's start. */
    private static long[] start(String display, String classPath, Path folder, Path settings)
            throws IOException, InterruptedException {
        List<String> command = List.of(StartupBenchmark.javaBinary(), "-Dcareerroutes.reportStartup=true",
                "-Dcareerroutes.settingsDir=" + settings.toAbsolutePath(), "-cp", classPath,
                "org.careerroutes.app.Launcher", "--content=" + folder.toAbsolutePath());
        Map<String, String> seen = run(display, command, "jobs-page-ms=", 120);
        long firstFrame = Long.parseLong(seen.get("first-frame-ms=").strip());
        String jobsPage = seen.get("jobs-page-ms=");
        if (!jobsPage.endsWith("jobs=" + JOBS)) {
            throw new IllegalStateException("the Jobs page showed " + jobsPage);
        }
        return new long[] {firstFrame, Long.parseLong(jobsPage.substring(0, jobsPage.indexOf(' ')))};
    }

    private static Map<String, List<Double>> probe(String display, String classPath, Path folder, Path settings)
            throws IOException, InterruptedException {
        List<String> command = List.of(StartupBenchmark.javaBinary(), "-Xmx256m", "-cp", classPath,
                JobsProbe.class.getName(), folder.toAbsolutePath().toString(),
                settings.resolve("job-index.json").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        Map<String, List<Double>> figures = new TreeMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                all.append(line).append('\n');
                int at = line.indexOf('=');
                if (at > 0 && line.matches("[a-z-]+=[0-9.]+")) {
                    figures.computeIfAbsent(line.substring(0, at), k -> new ArrayList<>())
                            .add(Double.parseDouble(line.substring(at + 1)));
                }
            }
        }
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0 || !figures.containsKey("heap-after-use-mb")) {
            throw new IllegalStateException("the jobs probe failed:\n" + all);
        }
        return figures;
    }

    /** Runs a process until it prints a line starting with {@code last}; every "name=value" line it printed, by name. */
    private static Map<String, String> run(String display, List<String> command, String last, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        Map<String, String> seen = new TreeMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                all.append(line).append('\n');
                for (String name : List.of("first-frame-ms=", "jobs-page-ms=")) {
                    if (line.startsWith(name)) {
                        seen.put(name, line.substring(name.length()));
                    }
                }
                if (line.startsWith(last)) {
                    return seen;
                }
            }
            throw new IllegalStateException(String.join(" ", command) + " ended without " + last + "\n" + all);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static double load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Double.parseDouble(Files.readString(loadavg).split(" ")[0]) : -1;
    }

    private static String report(List<long[]> first, List<long[]> later, Map<String, List<Double>> probe,
                                 double loadBefore, double loadAfter) {
        long laterFrame = PerformanceReport.median(later.stream().mapToLong(r -> r[0]).toArray());
        long laterPage = PerformanceReport.median(later.stream().mapToLong(r -> r[1]).toArray());
        long firstFrame = PerformanceReport.median(first.stream().mapToLong(r -> r[0]).toArray());
        long firstPage = PerformanceReport.median(first.stream().mapToLong(r -> r[1]).toArray());
        double keystroke = median(probe.get("keystroke-ms"));
        double keystrokeMax = max(probe.get("keystroke-ms"));
        double filter = median(probe.get("filter-ms"));
        double filterMax = max(probe.get("filter-ms"));
        double openFirst = probe.get("open-first-ms").get(0);
        double open = median(probe.get("open-ms"));
        double openMax = max(probe.get("open-ms"));
        double heap = Math.max(probe.get("heap-after-index-mb").get(0), probe.get("heap-after-use-mb").get(0));
        boolean startOk = laterFrame <= 1500 && laterPage - laterFrame <= 1000;
        boolean typingOk = keystroke < 50 && filter < 50;
        boolean openOk = Math.max(openFirst, open) < 300;
        boolean heapOk = heap < 256;
        return String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", under Xvfb, " + JOBS
                        + " profiles (about 17 KB each), " + first.size() + " starts of each kind"
                        + PerformanceReport.load(loadBefore, loadAfter),
                "",
                "| what | median | all runs (ms) | budget |",
                "| --- | --- | --- | --- |",
                "| start with the folder's index: first frame | " + laterFrame + " ms | " + column(later, 0) + " | under 1,500 ms |",
                "| start with the folder's index: Jobs page with every job | " + laterPage + " ms | " + column(later, 1)
                        + " | under the first frame + 1,000 ms |",
                "| first start on the folder (no index yet): first frame | " + firstFrame + " ms | " + column(first, 0) + " | |",
                "| first start on the folder (no index yet): Jobs page with every job | " + firstPage + " ms | "
                        + column(first, 1) + " | (once per folder) |",
                "| a keystroke in the search, to the frame that shows the cards | " + fmt(keystroke) + " ms | slowest "
                        + fmt(keystrokeMax) + " ms of " + probe.get("keystroke-ms").size() + " | under 50 ms |",
                "| a filter ticked or cleared, to the frame that shows the cards | " + fmt(filter) + " ms | slowest "
                        + fmt(filterMax) + " ms of " + probe.get("filter-ms").size() + " | under 50 ms |",
                "| opening a job (its whole profile read from its file), to the frame that shows it: the first | "
                        + fmt(openFirst) + " ms | | under 300 ms |",
                "| opening a job: the next 20 | " + fmt(open) + " ms | slowest " + fmt(openMax) + " ms | under 300 ms |",
                "| heap in use after a full collection, with -Xmx256m (after the index; after the use above) | "
                        + fmt(probe.get("heap-after-index-mb").get(0)) + " MB; " + fmt(probe.get("heap-after-use-mb").get(0))
                        + " MB | | under 256 MB |",
                "",
                "Result: start " + (startOk ? "within budget" : "**over budget**") + "; typing and filters "
                        + (typingOk ? "within budget" : "**over budget**") + "; opening a job "
                        + (openOk ? "within budget" : "**over budget**") + "; heap " + (heapOk ? "within budget" : "**over budget**")
                        + ".");
    }

    private static String column(List<long[]> runs, int index) {
        return String.join(", ", runs.stream().map(r -> Long.toString(r[index])).toList());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double max(List<Double> values) {
        return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
    }

    private static String fmt(double value) {
        return String.format(Locale.UK, value < 10 ? "%.1f" : "%.0f", value);
    }
}
