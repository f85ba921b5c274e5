package org.careerroutes.kiosk;

import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 (a real second process, killed with SIGKILL, so nothing of its own runs as it goes):
 * the visit in progress is lost, and nothing else; killed in the middle of a write, the counts
 * are whole, as before or after it, never half a file.
 */
class CountsKillTest {

    @TempDir
    Path settings;

    private Process start(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                CountingProbe.class.getName(), settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    /** Reads the probe's lines until one matches; the last "counted N" seen. */
    private static int readUntil(Process probe, Predicate<String> stop) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        int counted = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = lines.readLine()) != null && System.nanoTime() < until) {
            if (line.startsWith("counted ")) {
                counted = Integer.parseInt(line.substring("counted ".length()));
            }
            if (stop.test(line)) {
                return counted;
            }
        }
        throw new AssertionError("the probe stopped before it was killed (last counted " + counted + ")");
    }

    private void kill(Process probe) throws Exception {
        probe.destroyForcibly();   // SIGKILL
        assertTrue(probe.waitFor(30, TimeUnit.SECONDS));
    }

    private long total(VisitCounts counts, String name) {
        return counts.days().values().stream().mapToLong(day -> day.getOrDefault(name, 0L)).sum();
    }

    @Test
    void killedDuringAVisitOnlyThatVisitIsLost() throws Exception {
        Process probe = start("12");
        assertEquals(12, readUntil(probe, "in a visit"::equals));
        kill(probe);

        VisitCounts counts = CountsStore.besideSettings(settings).read();
        assertEquals(12, total(counts, "visits"), "every visit that ended, and not the one in progress");
        assertEquals(12, total(counts, "tab.route-map"));
        assertEquals(0, total(counts, "printed"), "nothing of the visit in progress");
        assertEquals(0, total(counts, "on-track"));
        assertEquals(List.of("visit-counts.txt"), files(), "no other file, at any moment it could have been killed in");
    }

    @Test
    void killedWhileWritingTheCountsAreWholeAndTheNextStartGoesOnFromThem() throws Exception {
        Process probe = start("0", "forever");
        int seen = readUntil(probe, line -> line.equals("counted 40"));
        kill(probe);

        CountsStore store = CountsStore.besideSettings(settings);
        VisitCounts counts = store.read();   // throws if half a file was left
        long visits = total(counts, "visits");
        assertTrue(visits >= seen, visits + " counted, at least the " + seen + " said to be on disk");
        CountsStore.Loaded next = store.load(365, LocalDate.now());
        assertTrue(next.problem().isEmpty(), next.problem().toString());
        assertEquals(visits, total(next.counts(), "visits"));
        assertEquals(List.of("visit-counts.txt"), files(), "what a cut-off write left is gone");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(settings.resolve("insights"))) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
