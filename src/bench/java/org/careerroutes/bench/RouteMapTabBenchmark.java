package org.careerroutes.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time to open the Route map tab on the built-in profile: runs {@link RouteMapTabProbe} in
 * fresh JVMs under a display and writes the figures into docs/performance.md.
 */
public final class RouteMapTabBenchmark {

    private static final int JVMS = Integer.getInteger("bench.jvms", 5);
    private static final long BUDGET_MS = 150;

    private RouteMapTabBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> cold = new ArrayList<>();
        List<Long> coldNoWarmUp = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        try (Display display = Display.open()) {
            for (int i = 0; i < JVMS; i++) {
                probe(display.name(), true, cold, warm);
                probe(display.name(), false, coldNoWarmUp, new ArrayList<>());
            }
        }
        long[] coldRuns = cold.stream().mapToLong(Long::longValue).toArray();
        long[] coldNoWarmUpRuns = coldNoWarmUp.stream().mapToLong(Long::longValue).toArray();
        long[] warmRuns = warm.stream().mapToLong(Long::longValue).toArray();
        long coldMedian = PerformanceReport.median(coldRuns);
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", under Xvfb, "
                        + JVMS + " fresh JVMs.",
                "",
                "| what | median | min | max | runs |",
                "| --- | --- | --- | --- | --- |",
                row("first opening, 1.5 s after the first frame, as in the app (prepared when idle)", coldRuns),
                row("first opening with no preparation", coldNoWarmUpRuns),
                row("later openings, each in a freshly built window", warmRuns),
                "",
                "Budget: opening the Route map tab adds under " + BUDGET_MS + " ms. Result: " + coldMedian
                        + " ms median for the first opening, "
                        + (coldMedian < BUDGET_MS ? "within budget." : "**over budget**."));
        PerformanceReport.replaceSection("routemap-tab", body);
        System.out.println(body);
    }

    private static String row(String what, long[] runs) {
        return "| " + what + " | " + PerformanceReport.median(runs) + " ms | " + Arrays.stream(runs).min().orElse(0)
                + " ms | " + Arrays.stream(runs).max().orElse(0) + " ms | " + runs.length + " |";
    }

    private static void probe(String display, boolean warmUp, List<Long> cold, List<Long> warm) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                RouteMapTabProbe.class.getName()));
        if (warmUp) {
            command.add("--warm-up");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("cold-ms=")) {
                    cold.add(Long.parseLong(line.substring(8).strip()));
                } else if (line.startsWith("warm-ms=")) {
                    warm.add(Long.parseLong(line.substring(8).strip()));
                } else {
                    seen.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || cold.isEmpty()) {
            throw new IllegalStateException("the probe failed:\n" + seen);
        }
    }
}
