package org.careerroutes.bench;

import org.careerroutes.routemap.layout.LayeredLayout;
import org.careerroutes.routemap.layout.LayoutInput;
import org.careerroutes.routemap.layout.LayoutOptions;
import org.careerroutes.routemap.layout.MapLayout;
import org.careerroutes.routemap.layout.RouteMaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Route map layout time: lays out random 10-stage maps of 10 to 2,000 nodes (about 1.5 edges a
 * node, mostly between adjacent stages, from the same generator the tests use) in this JVM,
 * after a warm-up so the JIT has compiled the layout. Needs no display. Writes the figures into
 * docs/performance.md. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.LayoutBenchmark}.
 */
public final class LayoutBenchmark {

    private static final int[] SIZES = {10, 100, 1_000, 2_000};
    private static final int STAGES = 10;
    private static final long SEED = 42;
    private static final int RUNS = Integer.getInteger("bench.layoutRuns", 101);
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final double BUDGET_MS = 100;
    private static final int BUDGET_NODES = 1_000;

    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LayoutOptions options = LayoutOptions.defaults();
        List<LayoutInput> maps = new ArrayList<>();
        for (int nodes : SIZES) {
            maps.add(RouteMaps.random(SEED, nodes, STAGES, nodes * 3 / 2));
        }
        // Warm up on every size in turn, so the compiled code is not tuned to one size only.
        double sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            for (LayoutInput map : maps) {
                sink += LayeredLayout.layout(map, options).width();
            }
        }
        List<String> rows = new ArrayList<>();
        double budgetMedian = Double.NaN;
        for (int i = 0; i < SIZES.length; i++) {
            LayoutInput map = maps.get(i);
            long[] runs = new long[RUNS];
            MapLayout layout = null;
            System.gc();
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                layout = LayeredLayout.layout(map, options);
                runs[r] = System.nanoTime() - start;
                sink += layout.height();
            }
            double median = PerformanceReport.median(runs) / 1e6;
            double min = Arrays.stream(runs).min().orElse(0) / 1e6;
            if (SIZES[i] == BUDGET_NODES) {
                budgetMedian = median;
            }
            rows.add(String.format(Locale.ROOT, "| %,d | %,d | %d | %.2f ms | %.2f ms | %,d |", map.nodes().size(),
                    map.edges().size(), 1 + layout.columns().values().stream().mapToInt(c -> c).max().orElse(0),
                    median, min, LayeredLayout.crossings(map, layout)));
        }
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + ", " + RUNS
                        + " runs per size after a " + WARM_UP_NANOS / 1_000_000_000L + " s warm-up;"
                        + " random maps of " + STAGES + " stages, seed " + SEED + ".",
                "",
                "| nodes | edges | columns | median | min | crossings |",
                "| --- | --- | --- | --- | --- | --- |",
                String.join("\n", rows),
                "",
                String.format(Locale.ROOT, "Budget: 1,000 nodes under %.0f ms. Result: %.2f ms median, %s",
                        BUDGET_MS, budgetMedian, budgetMedian < BUDGET_MS ? "within budget." : "**over budget**."));
        PerformanceReport.replaceSection("layout", body);
        System.out.println(body);
        // Printed so the JIT cannot drop the layouts as unused.
        System.out.println("(checksum " + (long) sink + ")");
    }
}
