package org.careerroutes.bench;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.handout.Handout;
import org.careerroutes.handout.HandoutPdf;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The plan handout: how long writing its PDF takes in a warm app (the built-in profile with a
 * mark and a long note on every step, so two full pages; and the same with a full student's record,
 * whose encounters must be shortened to fit), and how long {@code --export-pdf} takes
 * from a cold start, a new JVM on the built classes and jars, from its start to its exit. Also
 * the size of what the handout adds to the app: PDFBox and its parts, ZXing and the fonts. Needs
 * no display. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.HandoutBenchmark}.
 */
public final class HandoutBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 40;
    private static final int FULL_RUNS = 10;
    private static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 5);
    private static final long WARM_BUDGET_MS = 1_000;
    private static final long COLD_BUDGET_MS = 3_000;

    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        MyPlan plan = longPlan(profile);
        LocalDate day = LocalDate.now();
        long[] warm = new long[RUNS];
        int pages = 0;
        int bytes = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            byte[] pdf = HandoutPdf.bytes(Handout.of(profile, plan, day));
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                warm[i - WARM_UP] = took;
            }
            bytes = pdf.length;
            pages = countPages(pdf);
        }
        // A full record beside the long plan: every skill rated with when it was shown at its longest,
        // and 300 encounters with every answer at its longest, shortened to fit two pages.
        MyPlan full = plan.withStudent(fullRecord(profile));
        long[] fullRuns = new long[FULL_RUNS];
        int fullPages = 0;
        for (int i = 0; i < WARM_UP / 3 + FULL_RUNS; i++) {
            long start = System.nanoTime();
            byte[] pdf = HandoutPdf.bytes(Handout.of(profile, full, day));
            long took = System.nanoTime() - start;
            if (i >= WARM_UP / 3) {
                fullRuns[i - WARM_UP / 3] = took;
            }
            fullPages = countPages(pdf);
        }
        long fullMedian = TimeUnit.NANOSECONDS.toMillis(PerformanceReport.median(fullRuns));
        long fullMax = TimeUnit.NANOSECONDS.toMillis(java.util.Arrays.stream(fullRuns).max().orElse(0));
        long warmMedian = TimeUnit.NANOSECONDS.toMillis(PerformanceReport.median(warm));
        long warmMax = TimeUnit.NANOSECONDS.toMillis(java.util.Arrays.stream(warm).max().orElse(0));

        Path folder = Files.createTempDirectory("handout-bench");
        String classPath = System.getProperty("java.class.path");
        List<Long> cold = new ArrayList<>();
        try {
            coldRun(classPath, folder);   // warms the OS file cache, as for every other run
            for (int i = 0; i < COLD_RUNS; i++) {
                cold.add(coldRun(classPath, folder));
            }
        } finally {
            try (var left = Files.list(folder)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
        List<String> hostileRows = hostile(classPath);
        long coldMedian = PerformanceReport.median(cold.stream().mapToLong(Long::longValue).toArray());
        long coldMax = cold.stream().mapToLong(Long::longValue).max().orElse(0);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine()
                        + PerformanceReport.load(loadBefore, loadAfter),
                "",
                "| what | median | slowest | budget |",
                "| --- | --- | --- | --- |",
                "| handout PDF in a warm app (built-in profile, a mark and a long note on every step: " + pages
                        + " pages, " + String.format(Locale.UK, "%,d", bytes / 1024) + " KB), " + RUNS + " runs after "
                        + WARM_UP + " | " + warmMedian + " ms | " + warmMax + " ms | under 1 s |",
                "| the same with a full record (every skill rated with when it was shown at its longest, 300 encounters "
                        + "with every answer at its longest; the encounters shortened as far as they go: " + fullPages + " pages), " + FULL_RUNS + " runs after " + WARM_UP / 3 + " | "
                        + fullMedian + " ms | " + fullMax + " ms | under 1 s |",
                "| `--export-pdf` from a cold start (new JVM on the built classes and jars, start to exit), "
                        + COLD_RUNS + " runs after one | " + String.format(Locale.UK, "%,d", coldMedian) + " ms | "
                        + String.format(Locale.UK, "%,d", coldMax) + " ms | under 3 s |",
                "",
                "Result: " + (warmMax < WARM_BUDGET_MS && fullMax < WARM_BUDGET_MS && coldMax < COLD_BUDGET_MS
                        ? "within budget." : "**over budget**."),
                "",
                "Profiles the loader accepts, made to be hard for the handout (issue 20): `--export-pdf` from a cold start "
                        + "with `-Xmx256m` (so a run over 256 MB fails), start to exit, once each (the load average above "
                        + "says how busy the machine was). Budget: under 3 s and 256 MB, and at most "
                        + org.careerroutes.handout.HandoutPdf.MAX_ANY_PAGES + " pages.",
                "",
                "| profile | time | pages | result |",
                "| --- | --- | --- | --- |",
                String.join("\n", hostileRows),
                "",
                "What the handout adds to the app: " + sizes(classPath) + ".");
        System.out.println(body);
        PerformanceReport.replaceSection("handout", body);
    }

    /** Each hard profile as a file, and {@code --export-pdf} of it in a JVM of at most 256 MB. */
    private static List<String> hostile(String classPath) throws Exception {
        List<String> rows = new ArrayList<>();
        Path folder = Files.createTempDirectory("handout-hostile");
        try {
            String[][] shapes = {
                    {"a one-word summary of 64,000 characters", org.careerroutes.handout.HandoutSamples.withSummaryJson(
                            "x".repeat(64_000))},
                    {"a one-word summary of 1 MB", org.careerroutes.handout.HandoutSamples.withSummaryJson("x".repeat(1_000_000))},
                    {"a summary of 4.3 MB of ordinary words", org.careerroutes.handout.HandoutSamples.withSummaryJson(
                            "ordinary words make a long summary ".repeat(4_400_000 / 35))},
                    {"900 more steps, each titled with 3,000 characters, on one pathway",
                            org.careerroutes.handout.HandoutSamples.withManyStepsJson(900, 3_000)}};
            for (String[] shape : shapes) {
                Path profile = Files.writeString(folder.resolve("profile.json"), shape[1]);
                Path out = folder.resolve("handout.pdf");
                Files.deleteIfExists(out);
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-cp", classPath, "org.careerroutes.app.Launcher",
                        "--content=" + profile, "--export-pdf=" + out));
                if (shape[0].startsWith("900")) {
                    command.add("--pathway=long");
                }
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(folder.resolve("log.txt").toFile());
                builder.environment().remove("DISPLAY");
                long start = System.nanoTime();
                Process process = builder.start();
                boolean ended = process.waitFor(120, TimeUnit.SECONDS);
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (!ended) {
                    process.destroyForcibly();
                }
                boolean written = ended && process.exitValue() == 0 && Files.exists(out);
                int pages = written ? countPages(Files.readAllBytes(out)) : 0;
                rows.add("| " + shape[0] + " (" + String.format(Locale.UK, "%,d KB", shape[1].length() / 1024) + ") | "
                        + String.format(Locale.UK, "%,d", took) + " ms | " + pages + " | "
                        + (written && took < COLD_BUDGET_MS ? "within budget" : written ? "**over 3 s**"
                        : "**failed**: " + Files.readString(folder.resolve("log.txt")).strip()) + " |");
            }
        } finally {
            try (var left = Files.list(folder)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
        return rows;
    }

    /** The built-in profile with a mark and a long note on every step: two full pages. */
    static MyPlan longPlan(Profile profile) {
        MyPlan plan = MyPlan.empty(profile.id()).withPathway(Optional.of("degree-stp"));
        String note = "I want to find out more about this step, who to ask at school, what it costs, and whether "
                + "I can do it near home while keeping up with sport at the weekends. ";
        int i = 0;
        for (MapNode node : profile.routeMap().orElseThrow().nodes()) {
            plan = plan.withStepNote(node.id(), note.repeat(2).strip())
                    .withMark(node.id(), Optional.of(StepMark.values()[i++ % 3]));
        }
        return plan.withNote((note.repeat(4) + "\n\n").repeat(3).strip());
    }

    /** Every skill of the profile rated, and the most encounters a record holds, each answer at its longest. */
    static org.careerroutes.plan.StudentRecord fullRecord(Profile profile) {
        org.careerroutes.plan.StudentRecord record = org.careerroutes.plan.StudentRecord.EMPTY;
        for (String skill : profile.skills().items()) {
            record = record.withSkill(skill, new org.careerroutes.plan.SkillReflection(
                    Optional.of(org.careerroutes.plan.SkillRating.CONFIDENT), "w".repeat(
                    org.careerroutes.plan.StudentRecord.MAX_SHOWN_WHEN)));
        }
        String answer = "What I made of it, sentence after sentence. ".repeat(30).substring(0,
                org.careerroutes.plan.StudentRecord.MAX_REFLECTION);
        for (int i = 0; i < org.careerroutes.plan.StudentRecord.MAX_ENCOUNTERS; i++) {
            record = record.withEncounter(new org.careerroutes.plan.Encounter("encounter-" + i,
                    org.careerroutes.plan.EncounterKind.values()[i % 8], java.time.YearMonth.of(2001 + i / 12, 1 + i % 12),
                    "w".repeat(org.careerroutes.plan.StudentRecord.MAX_WHO_OR_WHERE), profile.title(), answer, answer, answer));
        }
        return record;
    }

    private static int countPages(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static long coldRun(String classPath, Path folder) throws Exception {
        Path out = folder.resolve("plan.pdf");
        Files.deleteIfExists(out);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.careerroutes.app.Launcher", "--export-pdf=" + out)
                .redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile());
        builder.environment().remove("DISPLAY");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("--export-pdf did not finish in 60 s");
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (process.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("--export-pdf failed: " + Files.readString(folder.resolve("log.txt")));
        }
        return took;
    }

    /** The jars and fonts the handout brings, from this run's class path. */
    private static String sizes(String classPath) throws java.io.IOException {
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.matches("(pdfbox|pdfbox-io|fontbox|commons-logging|core)-[0-9.]+\\.jar")
                    && (!name.startsWith("core-") || entry.contains("zxing"))) {
                long size = Files.size(Path.of(entry));
                total += size;
                parts.add(name + " " + kb(size));
            }
        }
        long fonts = 0;
        for (String font : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
            try (var in = Handout.class.getResourceAsStream("fonts/" + font)) {
                fonts += in == null ? 0 : in.readAllBytes().length;
            }
        }
        total += fonts;
        parts.add("the two DejaVu Sans fonts " + kb(fonts));
        return String.join(", ", parts) + String.format(Locale.UK, "; %.1f MB in all", total / 1024.0 / 1024.0);
    }

    private static String kb(long bytes) {
        return String.format(Locale.UK, "%,d KB", bytes / 1024);
    }
}
