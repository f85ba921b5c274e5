package org.careerroutes.bench;

import org.careerroutes.kit.HeldBackBackground;
import org.careerroutes.kiosk.VisitCountsProbe;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.FairReportCsv;
import org.careerroutes.kiosk.insights.FairReportPdf;
import org.careerroutes.kiosk.insights.LengthBand;
import org.careerroutes.kiosk.insights.Measure;
import org.careerroutes.kiosk.insights.VisitCounts;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kiosk's visit counts against their budgets: ending a visit (counting it) adds under 20 ms to
 * the visit reset, on the JavaFX thread, with a year of days already counted; and a year of days
 * reports in under 1 s (the counts read from disk, the report made, its CSV and its PDF written),
 * as the staff's Save buttons and {@code --kiosk-report} do. Also the write of a year of counts,
 * which runs in the background after each visit. Needs no display. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.KioskVisitCountsBenchmark}.
 */
public final class KioskVisitCountsBenchmark {

    private static final int WARM_UP = 500;
    private static final int VISITS = 2_000;
    private static final int REPORT_WARM_UP = 5;
    private static final int REPORTS = 20;
    private static final long VISIT_BUDGET_MS = 20;
    private static final long REPORT_BUDGET_MS = 1_000;

    private KioskVisitCountsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path folder = Files.createTempDirectory("visit-counts-bench");
        try {
            CountsStore store = CountsStore.besideSettings(folder);
            VisitCounts year = aYear(LocalDate.now());
            store.save(year);
            long fileBytes = Files.size(store.file());

            HeldBackBackground disk = new HeldBackBackground();   // the disk work waits until the timed call has returned
            VisitCountsProbe kiosk = new VisitCountsProbe(folder, disk);
            disk.runAll();   // the year is read
            long[] ends = new long[VISITS];
            for (int i = 0; i < WARM_UP + VISITS; i++) {
                kiosk.visit();
                long start = System.nanoTime();
                kiosk.end();
                long took = System.nanoTime() - start;
                if (i >= WARM_UP) {
                    ends[i - WARM_UP] = took;
                }
                disk.runAll();   // the save, as the kiosk's background thread does it
            }
            long[] writes = new long[50];
            for (int i = 0; i < writes.length; i++) {
                long start = System.nanoTime();
                store.save(store.read());
                writes[i] = System.nanoTime() - start;
            }

            long[] reads = new long[REPORTS];
            long[] reports = new long[REPORTS];
            long[] csvs = new long[REPORTS];
            long[] pdfs = new long[REPORTS];
            long[] totals = new long[REPORTS];
            int pages = 0;
            for (int i = 0; i < REPORT_WARM_UP + REPORTS; i++) {
                long t0 = System.nanoTime();
                VisitCounts read = store.read();
                long t1 = System.nanoTime();
                FairReport report = FairReport.of(read, names(), LocalDate.now(), 365);
                long t2 = System.nanoTime();
                byte[] csv = FairReportCsv.bytes(report);
                Files.write(folder.resolve("year.csv"), csv);
                long t3 = System.nanoTime();
                byte[] pdf = FairReportPdf.bytes(report, "Clinical engineer");
                Files.write(folder.resolve("year.pdf"), pdf);
                long t4 = System.nanoTime();
                if (i >= REPORT_WARM_UP) {
                    int r = i - REPORT_WARM_UP;
                    reads[r] = t1 - t0;
                    reports[r] = t2 - t1;
                    csvs[r] = t3 - t2;
                    pdfs[r] = t4 - t3;
                    totals[r] = t4 - t0;
                }
                try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                    pages = document.getNumberOfPages();
                }
            }
            long cold = coldReport(folder);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            long endMax = Arrays.stream(ends).max().orElse(0);
            long totalMax = Arrays.stream(totals).max().orElse(0);
            String body = String.join("\n",
                    "Measured " + LocalDate.now() + " on " + PerformanceReport.machine()
                            + PerformanceReport.load(loadBefore, loadAfter),
                    "",
                    "A year of days: 365 days of about 35 totals each, a counts file of "
                            + String.format(Locale.UK, "%,d", fileBytes / 1024) + " KB.",
                    "",
                    "| what | median | 99th percentile | slowest | budget |",
                    "| --- | --- | --- | --- | --- |",
                    "| ending a visit (counting it, on the JavaFX thread), " + VISITS + " visits after " + WARM_UP + " | "
                            + micros(PerformanceReport.median(ends)) + " | " + micros(percentile(ends, 0.99)) + " | "
                            + micros(endMax) + " | under 20 ms |",
                    "| saving a year of counts (in the background after each visit), " + writes.length + " saves | "
                            + millis(PerformanceReport.median(writes)) + " | " + millis(percentile(writes, 0.99)) + " | "
                            + millis(Arrays.stream(writes).max().orElse(0)) + " | |",
                    "| a year of days reported: reading the counts | " + millis(PerformanceReport.median(reads)) + " | | "
                            + millis(Arrays.stream(reads).max().orElse(0)) + " | |",
                    "| making the report | " + millis(PerformanceReport.median(reports)) + " | | "
                            + millis(Arrays.stream(reports).max().orElse(0)) + " | |",
                    "| writing its CSV | " + millis(PerformanceReport.median(csvs)) + " | | "
                            + millis(Arrays.stream(csvs).max().orElse(0)) + " | |",
                    "| writing its PDF (" + pages + " pages) | " + millis(PerformanceReport.median(pdfs)) + " | | "
                            + millis(Arrays.stream(pdfs).max().orElse(0)) + " | |",
                    "| **all of it**, " + REPORTS + " runs after " + REPORT_WARM_UP + " | " + millis(PerformanceReport.median(totals))
                            + " | | " + millis(totalMax) + " | under 1 s |",
                    "| `--kiosk-report=year.pdf` from a cold start (a new JVM, start to exit), one run after one | "
                            + String.format(Locale.UK, "%,d ms", cold) + " | | | |",
                    "",
                    "Result: " + (TimeUnit.NANOSECONDS.toMillis(endMax) < VISIT_BUDGET_MS
                            && TimeUnit.NANOSECONDS.toMillis(totalMax) < REPORT_BUDGET_MS ? "within budget." : "**over budget**."),
                    "",
                    "Visits counted today in the run: " + kiosk.visitsToday() + ".");
            System.out.println(body);
            PerformanceReport.replaceSection("kiosk-visit-counts", body);
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** 365 days, each with what a busy stand's day holds. */
    private static VisitCounts aYear(LocalDate today) {
        Random random = new Random(365);
        TreeMap<LocalDate, java.util.Map<String, Long>> days = new TreeMap<>();
        List<String> tabs = List.of("overview", "duties", "routes", "route-map", "on-track", "skills", "workplaces",
                "career-path", "compare", "my-plan");
        List<String> pathways = List.of("degree-stp", "apprenticeship", "ptp", "private-sector");
        for (int d = 0; d < 365; d++) {
            java.util.Map<String, Long> day = new java.util.HashMap<>();
            long visits = 20 + random.nextInt(200);
            day.put(Measure.VISITS, visits);
            day.put(Measure.WITH_ACTION, visits * 4 / 5);
            for (LengthBand band : LengthBand.values()) {
                day.put(Measure.length(band), visits / 4);
            }
            tabs.forEach(tab -> day.put(Measure.tab(tab), 1L + random.nextInt((int) visits)));
            pathways.forEach(p -> day.put(Measure.mapPathway(p), 1L + random.nextInt(60)));
            pathways.forEach(p -> day.put(Measure.myPathway(p), 1L + random.nextInt(20)));
            day.put(Measure.COMPARE_CHANGED, 1L + random.nextInt(40));
            day.put(Measure.ON_TRACK, 1L + random.nextInt(40));
            day.put(Measure.CODE_SHOWN, 1L + random.nextInt(40));
            day.put(Measure.PRINTED, (long) random.nextInt(10));
            days.put(today.minusDays(d), day);
        }
        return VisitCounts.of(days);
    }

    private static FairReport.Names names() {
        return new FairReport.Names(
                List.of(new FairReport.Names.Name("overview", "Overview"), new FairReport.Names.Name("route-map", "Route map")),
                List.of(new FairReport.Names.Name("degree-stp", "Degree, then the NHS Scientist Training Programme")));
    }

    /** {@code --kiosk-report} in a new JVM, on the built classes and jars: start to exit, after one warm-up run. */
    private static long coldReport(Path folder) throws Exception {
        long took = 0;
        for (int run = 0; run < 2; run++) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcareerroutes.kioskConfigDir=" + folder, "-cp", System.getProperty("java.class.path"),
                    "org.careerroutes.app.Launcher", "--kiosk-report=" + folder.resolve("cold.pdf"))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("cold.txt").toFile());
            builder.environment().remove("DISPLAY");
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("--kiosk-report did not write the report: "
                        + Files.readString(folder.resolve("cold.txt")));
            }
            took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        return took;
    }

    private static long percentile(long[] values, double share) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static String micros(long nanos) {
        return String.format(Locale.UK, "%.3f ms", nanos / 1e6);
    }

    private static String millis(long nanos) {
        return String.format(Locale.UK, "%.1f ms", nanos / 1e6);
    }
}
