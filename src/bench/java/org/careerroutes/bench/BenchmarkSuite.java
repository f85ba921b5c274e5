package org.careerroutes.bench;

/** Runs every benchmark in turn; {@code -Dbench.main=...} on the command line runs just one. */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        StartupBenchmark.main(args);
        PackagedStartupBenchmark.main(args);
        LayoutBenchmark.main(args);
        RouteMapTabBenchmark.main(args);
        KioskSoakBenchmark.main(args);
        ContentValidationBenchmark.main(args);
        VerdictsBenchmark.main(args);
        KioskVisitCountsBenchmark.main(args);
        ImportBenchmark.main(args);
        PulseGapBenchmark.main(args);
        JobsBenchmark.main(args);
    }
}
