package org.careerroutes.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The window never waits on a file: the longest gap between two JavaFX pulses while a two-page
 * handout is saved as a PDF, the plan is autosaved over a slow disk (500 ms a write) and a print
 * preview is made, all at once ({@link PulseGapProbe}, in fresh JVMs under a display). For
 * comparison, once with the same work on the JavaFX thread, as before it was moved off it. Writes
 * the figures into docs/performance.md. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.PulseGapBenchmark}.
 */
public final class PulseGapBenchmark {

    private static final int JVMS = Integer.getInteger("bench.jvms", 3);
    private static final long BUDGET_MS = 100;

    private PulseGapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Map<String, Long>> offThread = new ArrayList<>();
        Map<String, Long> onThread;
        try (Display display = Display.open()) {
            for (int i = 0; i < JVMS; i++) {
                offThread.add(probe(display.name(), false));
            }
            onThread = probe(display.name(), true);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long[] gaps = offThread.stream().mapToLong(run -> run.get("max-gap-ms")).toArray();
        long[] work = offThread.stream().mapToLong(run -> run.get("work-ms")).toArray();
        long[] myPlan = offThread.stream().mapToLong(run -> run.get("my-plan-200-ms")).toArray();
        long[] idle = offThread.stream().mapToLong(run -> run.get("idle-gap-ms")).toArray();
        long worst = java.util.Arrays.stream(gaps).max().orElse(0);
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", under Xvfb, " + JVMS
                        + " fresh JVMs" + PerformanceReport.load(loadBefore, loadAfter),
                "",
                "| what | median | worst | runs |",
                "| --- | --- | --- | --- |",
                "| longest gap between two pulses while a two-page handout is saved, the plan autosaved over a slow "
                        + "disk (" + PulseGapProbe.SLOW_WRITE_MS + " ms a write) and a print preview made, all at once | "
                        + PerformanceReport.median(gaps) + " ms | " + worst + " ms | " + JVMS + " |",
                "| the same, from the first request until all three are done (the work itself, off the JavaFX thread) | "
                        + PerformanceReport.median(work) + " ms | " + java.util.Arrays.stream(work).max().orElse(0)
                        + " ms | " + JVMS + " |",
                "| for comparison: the longest gap over two seconds with the window doing nothing (what the machine "
                        + "itself costs a pulse) | " + PerformanceReport.median(idle) + " ms | "
                        + java.util.Arrays.stream(idle).max().orElse(0) + " ms | " + JVMS + " |",
                "| for comparison: the longest gap with the same work on the JavaFX thread, as before | "
                        + onThread.get("max-gap-ms") + " ms | | 1 |",
                "| opening My plan with 200 qualifications entered (the most a plan holds), to the frame that shows it | "
                        + PerformanceReport.median(myPlan) + " ms | " + java.util.Arrays.stream(myPlan).max().orElse(0)
                        + " ms | " + JVMS + " |",
                "",
                "Budget: no pulse gap over " + BUDGET_MS + " ms. Result: " + worst + " ms at worst, "
                        + (worst < BUDGET_MS ? "within budget." : "**over budget**."));
        PerformanceReport.replaceSection("pulse-gap", body);
        System.out.println(body);
    }

    private static Map<String, Long> probe(String display, boolean sameThread) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                PulseGapProbe.class.getName()));
        if (sameThread) {
            command.add("--same-thread");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        Map<String, Long> figures = new HashMap<>();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.matches("[a-z0-9-]+=\\d+")) {
                    figures.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
                } else {
                    seen.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || !figures.containsKey("max-gap-ms") || !figures.containsKey("my-plan-200-ms")) {
            throw new IllegalStateException("the probe failed:\n" + seen);
        }
        return figures;
    }
}
