package org.careerroutes.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A day at a careers fair in one process: runs {@link KioskSoakProbe} (1,000 visits, each
 * ended and its window rebuilt) in a fresh JVM under a display, and checks that the heap used
 * after a full GC at the end is within 10% of what it was after the first visit. Writes the
 * figures into docs/performance.md. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.KioskSoakBenchmark}.
 *
 * <p>It runs the probe twice. The measured run clears soft references at every GC
 * ({@code -XX:SoftRefLRUPolicyMSPerMB=0}) and uses the serial collector, whose full GC compacts
 * the heap, so that "heap after GC" is what is strongly held: a leak grows it, a cache the JVM
 * may drop does not. The second run is the app as deployed, with a small fixed heap and the
 * default collector, to show JavaFX's soft caches staying within it.
 */
public final class KioskSoakBenchmark {

    private static final int CYCLES = 1_000;
    private static final double BUDGET = 0.10;
    private static final String DEPLOYED_HEAP = "-Xmx256m";

    private record Run(Map<Integer, Long> heap, List<Long> cycleMs, long seconds) {
    }

    private KioskSoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Run strong;
        Run deployed;
        try (Display display = Display.open()) {
            strong = run(display.name(), "-XX:+UseSerialGC", "-XX:SoftRefLRUPolicyMSPerMB=0");
            deployed = run(display.name(), DEPLOYED_HEAP);
        }
        long first = strong.heap().get(1);
        long last = strong.heap().get(CYCLES);
        double growth = (double) (last - first) / first;
        long[] times = strong.cycleMs().stream().mapToLong(Long::longValue).toArray();
        List<String> lines = new ArrayList<>(List.of(
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", under Xvfb: "
                        + String.format(Locale.UK, "%,d", CYCLES) + " visits in one JVM, twice. A visit took "
                        + PerformanceReport.median(times) + " ms median (" + strong.seconds() + " s for all "
                        + String.format(Locale.UK, "%,d", CYCLES) + "); no error was logged.",
                "",
                "| after visit | heap after full GC, soft references cleared (leak check) | change from the first | heap after full GC, " + DEPLOYED_HEAP + ", default collector |",
                "| --- | --- | --- | --- |"));
        strong.heap().forEach((cycle, bytes) -> lines.add("| " + String.format(Locale.UK, "%,d", cycle) + " | " + mb(bytes)
                + " | " + String.format(Locale.UK, "%+.1f%%", 100.0 * (bytes - first) / first)
                + " | " + mb(deployed.heap().get(cycle)) + " |"));
        lines.add("");
        lines.add("Budget: heap after the last visit within 10% of after the first. Result: "
                + String.format(Locale.UK, "%+.1f%%", 100 * growth) + ", "
                + (Math.abs(growth) <= BUDGET ? "within budget." : "**over budget**."));
        String body = String.join("\n", lines);
        PerformanceReport.replaceSection("kiosk-soak", body);
        System.out.println(body);
    }

    private static String mb(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Run run(String display, String... jvmOptions) throws Exception {
        Path settings = Files.createTempDirectory("kiosk-soak-settings");
        Path logs = Files.createTempDirectory("kiosk-soak-logs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Dcareerroutes.kioskConfigDir=" + settings, "-Dcareerroutes.logDir=" + logs,
                "-cp", System.getProperty("java.class.path"), KioskSoakProbe.class.getName(), Integer.toString(CYCLES)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        Map<Integer, Long> heap = new LinkedHashMap<>();
        List<Long> cycleMs = new ArrayList<>();
        long seconds = -1;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("cycle-ms=")) {
                    cycleMs.add(Long.parseLong(line.substring("cycle-ms=".length()).strip()));
                } else if (line.startsWith("heap-after=")) {
                    String[] parts = line.split("=");
                    heap.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2].strip()));
                    System.out.println(String.join(" ", jvmOptions) + " " + line);
                } else if (line.startsWith("total-s=")) {
                    seconds = Long.parseLong(line.substring("total-s=".length()).strip());
                } else {
                    seen.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || !heap.containsKey(CYCLES)) {
            throw new IllegalStateException("the soak probe failed:\n" + seen);
        }
        Path errors = logs.resolve("kiosk-errors.log");
        if (Files.exists(errors)) {
            throw new IllegalStateException("the kiosk logged errors during the soak:\n" + Files.readString(errors));
        }
        return new Run(heap, cycleMs, seconds);
    }
}
