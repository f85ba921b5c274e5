package org.careerroutes.bench;

import org.careerroutes.importer.ImportResult;
import org.careerroutes.importer.ProfileImporter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Importing profiles' text, and checking what was imported. Two budgets:
 * <ul>
 *   <li>a 10 KB profile text imported from a cold start ({@code --import} in a fresh JVM, from its
 *       start to its exit, the file written) in under 2 s;</li>
 *   <li>a folder of 200 imported profiles validated ({@code --validate=FOLDER} in a fresh JVM with
 *       {@code -Xmx256m}, through {@link ValidateProbe}) in under 10 s and 256 MB of heap.</li>
 * </ul>
 * The texts are the test profiles (src/test/resources/import and the built-in profile's text),
 * each given its own job name so that 200 of them have 200 ids. Needs no display. Writes its
 * figures into docs/performance.md. Run only this benchmark with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.ImportBenchmark}.
 */
public final class ImportBenchmark {

    private static final int RUNS = Integer.getInteger("bench.importRuns", 5);
    private static final int PROFILES = 200;
    private static final long COLD_BUDGET_MS = 2_000;
    private static final long FOLDER_BUDGET_MS = 10_000;
    private static final long HEAP_BUDGET = 256L * 1024 * 1024;
    private static final Path TEXTS = Path.of("src/test/resources/import");
    private static final Path SEED = Path.of("src/test/resources/seed/clinical-engineer-profile.txt");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String classPath = System.getProperty("java.class.path");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = Files.createTempDirectory("import-benchmark");
        try {
            Path text = Files.writeString(work.resolve("ten-kb.txt"), tenKilobytes(), StandardCharsets.UTF_8);
            long size = Files.size(text);
            run(classPath, work, List.of("--import=" + text, "--output=" + work.resolve("warm-up.json")));
            List<Long> cold = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Path out = work.resolve("cold-" + i + ".json");
                long ms = run(classPath, work, List.of("--import=" + text, "--output=" + out));
                if (!Files.exists(out)) {
                    throw new IllegalStateException("the import wrote nothing: " + out);
                }
                cold.add(ms);
            }

            Path folder = Files.createDirectory(work.resolve("pack"));
            long importStart = System.nanoTime();
            int written = writePack(folder);
            long importMs = (System.nanoTime() - importStart) / 1_000_000;
            long packBytes = folderSize(folder);
            Path report = work.resolve("validate-report.txt");
            validate(classPath, work, folder, report);   // warm-up
            List<Map<String, String>> validations = new ArrayList<>();
            List<Long> walls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                validations.add(validate(classPath, work, folder, report));
                walls.add((System.nanoTime() - start) / 1_000_000);
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long coldMedian = PerformanceReport.median(cold.stream().mapToLong(Long::longValue).toArray());
            long coldMax = cold.stream().mapToLong(Long::longValue).max().orElse(0);
            long wallMedian = PerformanceReport.median(walls.stream().mapToLong(Long::longValue).toArray());
            long wallMax = walls.stream().mapToLong(Long::longValue).max().orElse(0);
            long peak = validations.stream().mapToLong(v -> Long.parseLong(v.get("peak"))).max().orElse(0);
            long afterGc = validations.stream().mapToLong(v -> Long.parseLong(v.get("after-gc"))).max().orElse(0);
            boolean valid = validations.stream().allMatch(v -> "0".equals(v.get("exit")));
            String body = String.join("\n",
                    "Measured " + LocalDate.now() + " on " + PerformanceReport.machine()
                            + PerformanceReport.load(loadBefore, loadAfter),
                    "",
                    "| what | median | slowest | budget |",
                    "| --- | --- | --- | --- |",
                    "| `--import` of a " + String.format(Locale.UK, "%.1f KB", size / 1024.0) + " profile text in a fresh JVM, "
                            + "start to exit (" + RUNS + " runs after one warm-up) | " + ms(coldMedian) + " | " + ms(coldMax)
                            + " | under 2,000 ms |",
                    "| `--validate` of " + written + " imported profiles (" + String.format(Locale.UK, "%.1f MB", packBytes
                            / (1024.0 * 1024)) + ") in a fresh JVM with -Xmx256m, start to exit (3 runs after one warm-up) | "
                            + ms(wallMedian) + " | " + ms(wallMax) + " | under 10,000 ms |",
                    "| heap for that validation: peak in use / most live after a GC | " + mb(peak) + " / " + mb(afterGc)
                            + " | | under 256 MB |",
                    "",
                    "Importing the " + written + " texts in one JVM (to make the folder) took " + ms(importMs) + ". "
                            + "Result: " + (valid ? "every profile valid" : "**some profiles invalid**") + "; "
                            + (valid && coldMax < COLD_BUDGET_MS && wallMax < FOLDER_BUDGET_MS && peak < HEAP_BUDGET
                            ? "within budget." : "**over budget**."));
            System.out.println(body);
            PerformanceReport.replaceSection("import", body);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * A profile text of about 10 KB in the web page's layout: the dental technician's, its duties
     * and skills lists grown to the length of the longest real profiles.
     */
    static String tenKilobytes() throws IOException {
        String text = Files.readString(TEXTS.resolve("dental-technician.txt"), StandardCharsets.UTF_8);
        StringBuilder duties = new StringBuilder();
        for (int i = 1; duties.length() + text.length() < 10 * 1024; i++) {
            duties.append("\u2022 check the fit and finish of appliance number ").append(i)
                    .append(" against the dentist's notes and the patient's models before it is sent out\n");
        }
        return text.replace("\u2022 repair broken dentures\n", "\u2022 repair broken dentures\n" + duties);
    }

    /** 200 imported profiles, from the test texts, each with its own job name and so its own id. */
    private static int writePack(Path folder) throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEXTS)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        texts.add(SEED);
        int written = 0;
        for (int i = 0; i < PROFILES; i++) {
            Path base = texts.get(i % texts.size());
            String text = Files.readString(base, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            boolean hasTitleLine = !first.endsWith(".");
            String named = hasTitleLine ? first + " " + (i + 1) + text.substring(first.length())
                    : jobOf(base) + " " + (i + 1) + "\n" + text;
            ImportResult result = ProfileImporter.importBytes(base + " (" + (i + 1) + ")",
                    named.getBytes(StandardCharsets.UTF_8), YearMonth.now());
            if (!result.imported()) {
                throw new IllegalStateException(result.problem());
            }
            Files.writeString(folder.resolve(result.profile().orElseThrow().id() + ".json"), result.json().orElseThrow());
            written++;
        }
        return written;
    }

    /** "pharmacy-technician.txt" as "Pharmacy technician". */
    private static String jobOf(Path text) {
        String name = text.getFileName().toString().replace(".txt", "").replace("-profile", "").replace('-', ' ');
        return name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    /** The launcher in a fresh JVM; the time from starting it to its exit. */
    private static long run(String classPath, Path dir, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.careerroutes.app.Launcher"));
        command.addAll(options);
        Path out = dir.resolve("out.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the import did not end");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the import failed: " + Files.readString(out));
        }
        return ms;
    }

    private static Map<String, String> validate(String classPath, Path dir, Path folder, Path report)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, ValidateProbe.class.getName(),
                folder.toString(), report.toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("validate-out.txt").toFile())
                .redirectError(dir.resolve("validate-err.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the validation did not end");
        }
        return Files.readAllLines(report, StandardCharsets.UTF_8).stream().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private static String ms(long ms) {
        return String.format(Locale.UK, "%,d ms", ms);
    }

    private static String mb(long bytes) {
        return String.format(Locale.UK, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
