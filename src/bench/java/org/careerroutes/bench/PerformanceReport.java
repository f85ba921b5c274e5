package org.careerroutes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Replaces one marked section of docs/performance.md with fresh figures, leaving the rest. */
final class PerformanceReport {

    static final Path FILE = Path.of("docs/performance.md");

    private PerformanceReport() {
    }

    static void replaceSection(String name, String body) throws IOException {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "# Performance\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String block = begin + "\n" + body.strip() + "\n" + end;
        if (from < 0 || to < from) {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        } else {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        }
        Files.writeString(FILE, text, StandardCharsets.UTF_8);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /**
     * The machine's one-minute load average at the start and end of a benchmark, in words: it
     * counts the benchmark's own runs (and the end of whatever ran just before), so only a high
     * figure at the start says other work was running.
     */
    static String load(double before, double after) {
        return String.format(java.util.Locale.UK, "; load average %.1f at the start and %.1f at the end", before, after)
                + (before > 2.0 ? " (other work was running: to be taken again on a quiet machine)." : ".");
    }
}
