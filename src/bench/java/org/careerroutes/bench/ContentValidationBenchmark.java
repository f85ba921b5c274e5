package org.careerroutes.bench;

import org.careerroutes.bench.AdversarialProfiles.Shape;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validating hostile content files: for each file of {@link AdversarialProfiles}, runs
 * {@code --validate} in fresh JVMs with {@code -Xmx256m} (through {@link ValidateProbe}) and
 * reports the time from starting the JVM to its exit, the loader's own time, the heap it used,
 * and the smallest heap it works in. Needs no display. Writes the figures into
 * docs/performance.md when every file was run. Run only this benchmark with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.ContentValidationBenchmark}.
 *
 * <p>Options (system properties): {@code bench.shapes=rules,numbers} runs only those files (the
 * figures are then printed, not written); {@code bench.validateRuns} the timed runs per file
 * (default 3); {@code bench.validateTimeout} seconds before a run is stopped (default 300);
 * {@code bench.validateClasspath} runs the validator from another build, e.g. an older one to
 * compare with (printed, not written); {@code bench.validateWarmUp=false} and
 * {@code bench.heapSearch=false} leave out the warm-up run and the heap search, for a quick look.
 */
public final class ContentValidationBenchmark {

    private static final int RUNS = Integer.getInteger("bench.validateRuns", 3);
    private static final boolean WARM_UP = !"false".equals(System.getProperty("bench.validateWarmUp"));
    private static final boolean HEAP_SEARCH = !"false".equals(System.getProperty("bench.heapSearch"));
    private static final long TIMEOUT_SECONDS = Long.getLong("bench.validateTimeout", 300);
    private static final String HEAP = "-Xmx256m";
    private static final long BUDGET_MS = 2_000;
    /** The heaps tried, smallest first, to find the least each file needs. */
    private static final int[] HEAPS_MB = {16, 32, 64, 128, 256};

    /** One run of the validator in a fresh JVM. */
    private record Run(boolean finished, boolean reported, int exit, long wallMs, long loaderMs, long peakBytes,
                       long afterGcBytes, long linesOut, String summary) {

        /** Whether the validator finished on its own and gave its answer (an error such as running out of memory also exits 1). */
        boolean ok() {
            return finished && reported && (exit == 0 || exit == 1);
        }
    }

    private ContentValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.shapes", "");
        String classPath = System.getProperty("bench.validateClasspath", System.getProperty("java.class.path"));
        boolean complete = only.isBlank() && !System.getProperties().containsKey("bench.validateClasspath");
        Set<String> chosen = Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        List<Shape> shapes = AdversarialProfiles.all().stream()
                .filter(s -> chosen.isEmpty() || chosen.contains(s.key())).toList();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path folder = Files.createTempDirectory("content-validation");
        List<String> rows = new ArrayList<>();
        long slowest = 0;
        boolean allOk = true;
        try {
            for (Shape shape : shapes) {
                Path file = Files.write(folder.resolve(shape.key() + ".json"), shape.bytes());
                if (WARM_UP) {
                    run(classPath, file, HEAP);   // warms the OS file cache, as for every other run
                }
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    runs.add(run(classPath, file, HEAP));
                }
                Optional<Integer> leastHeap = HEAP_SEARCH ? leastHeap(classPath, file) : Optional.empty();
                boolean ok = runs.stream().allMatch(Run::ok);
                allOk &= ok;
                long wall = median(runs, Run::wallMs);
                slowest = Math.max(slowest, runs.stream().mapToLong(Run::wallMs).max().orElse(0));
                rows.add(row(shape, runs, ok, wall, leastHeap));
                System.out.println(rows.get(rows.size() - 1) + "   " + runs.get(0).summary());
                Files.delete(file);
            }
        } finally {
            try (Stream<Path> left = Files.list(folder)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
        boolean within = allOk && slowest < BUDGET_MS;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ": each file validated in "
                        + RUNS + " fresh JVMs with " + HEAP + (WARM_UP ? " after one warm-up run" : "")
                        + (HEAP_SEARCH ? "; the heap search runs it with " + Arrays.stream(HEAPS_MB)
                        .mapToObj(mb -> mb + " MB").collect(Collectors.joining(", ")) + " until it works." : ".")
                        + String.format(Locale.UK, " The machine's load average (other work included) was %.1f at "
                        + "the start and %.1f at the end.", loadBefore, loadAfter),
                "",
                "| file | result | whole command (JVM start to exit), median | loader alone, median "
                        + "| peak heap in use | most heap live after a GC | smallest heap it works in |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                String.join("\n", rows),
                "",
                "Budget: every file validated in under 2 s and 256 MB. Result: slowest run "
                        + String.format(Locale.UK, "%,d ms", slowest) + ", "
                        + (allOk ? "every run finished with " + HEAP : "**some runs failed**") + ", "
                        + (within ? "within budget." : "**over budget**."));
        System.out.println(body);
        if (complete) {
            PerformanceReport.replaceSection("content-validation", body);
        } else {
            System.out.println("(a subset or another build: docs/performance.md is left as it is)");
        }
    }

    private static String row(Shape shape, List<Run> runs, boolean ok, long wall, Optional<Integer> leastHeap) {
        Run first = runs.get(0);
        String result = !ok ? (first.finished() ? failure(first) : "stopped after "
                + TIMEOUT_SECONDS + " s")
                : (first.exit() == 0 ? "valid" : "invalid") + ", " + String.format(Locale.UK, "%,d", first.linesOut())
                + (first.linesOut() == 1 ? " line" : " lines");
        return "| " + shape.what() + " | " + result + " | " + ms(wall) + " | "
                + (ok ? ms(median(runs, Run::loaderMs)) : "–") + " | "
                + (ok ? mb(runs.stream().mapToLong(Run::peakBytes).max().orElse(0)) : "–") + " | "
                + (ok ? afterGc(runs) : "–") + " | "
                + leastHeap.map(m -> m + " MB").orElse(HEAP_SEARCH ? "over 256 MB" : "not measured") + " |";
    }

    private static String failure(Run run) {
        return run.summary().contains("OutOfMemoryError") ? "**ran out of memory**" : "**failed, exit " + run.exit() + "**";
    }

    private static String afterGc(List<Run> runs) {
        long most = runs.stream().mapToLong(Run::afterGcBytes).max().orElse(0);
        return most == 0 ? "no GC was needed" : mb(most);
    }

    private static Optional<Integer> leastHeap(String classPath, Path file) throws Exception {
        for (int mb : HEAPS_MB) {
            if (run(classPath, file, "-Xmx" + mb + "m").ok()) {
                return Optional.of(mb);
            }
        }
        return Optional.empty();
    }

    private static long median(List<Run> runs, Function<Run, Long> value) {
        return PerformanceReport.median(runs.stream().mapToLong(value::apply).toArray());
    }

    private static String ms(long ms) {
        return String.format(Locale.UK, "%,d ms", ms);
    }

    private static String mb(long bytes) {
        return String.format(Locale.UK, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    /** Validates {@code file} in a fresh JVM with the given heap and reads the probe's report. */
    private static Run run(String classPath, Path file, String heap) throws IOException, InterruptedException {
        Path report = Files.createTempFile("validate-report", ".txt");
        Path out = Files.createTempFile("validate-out", ".txt");
        Path err = Files.createTempFile("validate-err", ".txt");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, heap, "-cp", classPath, ValidateProbe.class.getName(),
                    file.toString(), report.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long start = System.nanoTime();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            if (!finished) {
                process.destroyForcibly().waitFor();
                return new Run(false, false, -1, wallMs, -1, -1, -1, 0, "stopped");
            }
            Map<String, String> values = Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("="))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
            List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
            String summary = errLines.isEmpty() ? "" : errLines.get(errLines.size() - 1);
            if (!values.containsKey("exit") || Integer.parseInt(values.get("exit")) != process.exitValue()) {
                // no report: the validator did not finish on its own (e.g. out of memory)
                return new Run(true, false, process.exitValue(), wallMs, -1, -1, -1, 0,
                        errLines.stream().limit(3).collect(Collectors.joining(" / ")));
            }
            long lines = 0;
            for (byte b : Files.readAllBytes(out)) {
                lines += b == '\n' ? 1 : 0;
            }
            return new Run(true, true, process.exitValue(), wallMs, Long.parseLong(values.get("nanos")) / 1_000_000,
                    Long.parseLong(values.get("peak")), Long.parseLong(values.get("after-gc")), lines, summary);
        } finally {
            for (Path p : List.of(report, out, err)) {
                Files.deleteIfExists(p);
            }
        }
    }
}
