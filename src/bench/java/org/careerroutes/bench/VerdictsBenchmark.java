package org.careerroutes.bench;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.Profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Am I on track?" verdicts: every route's verdict is worked out again on the JavaFX thread each
 * time a student adds or removes a qualification, so it must take well under a frame. Checks the
 * built-in profile for a student with a lot entered (ten GCSEs, four A levels, degree titles with
 * two subjects, a master's, a foundation degree, experience): as they add them one by one in a
 * fresh JVM, after the tab's opening has worked out the verdicts for nothing entered (titles read
 * for the first time, code not yet compiled), and after a warm-up. Needs no display. Writes
 * the figures into docs/performance.md. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.careerroutes.bench.VerdictsBenchmark}.
 */
public final class VerdictsBenchmark {

    private static final int RUNS = Integer.getInteger("bench.verdictRuns", 501);
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    /** One frame at 60 frames a second. */
    private static final double BUDGET_MS = 16;

    private VerdictsBenchmark() {
    }

    private static StudentQualification entered(QualificationType type, String subject, String grade, boolean expected) {
        return ((QualificationEntry.Accepted) QualificationEntry.of(type, subject, grade, expected)).qualification();
    }

    /** A student who has entered a great deal, some of it not had yet. */
    static List<StudentQualification> busyStudent() {
        List<StudentQualification> mine = new ArrayList<>();
        for (String[] gcse : new String[][] {{"Maths", "7"}, {"English language", "6"}, {"English literature", "5"},
            {"Combined science", "5-4"}, {"History", "4"}, {"Geography", "3"}, {"French", "C"}, {"Art", "6"},
            {"Computer science", "7"}, {"Religious studies", "5"}}) {
            mine.add(entered(QualificationType.GCSE, gcse[0], gcse[1], false));
        }
        mine.add(entered(QualificationType.A_LEVEL, "Maths", "A", false));
        mine.add(entered(QualificationType.A_LEVEL, "Physics", "B", false));
        mine.add(entered(QualificationType.A_LEVEL, "Further maths", "C", true));
        mine.add(entered(QualificationType.A_LEVEL, "Chemistry", "B", true));
        mine.add(entered(QualificationType.FOUNDATION_DEGREE, "FdEng Mechanical and Electrical Engineering", "merit", false));
        mine.add(entered(QualificationType.DEGREE, "BA (Hons) History with Physics", "2:2", false));
        mine.add(entered(QualificationType.DEGREE, "BEng (Hons) Electronic and Electrical Engineering", "2:1", true));
        mine.add(entered(QualificationType.HIGHER_DEGREE, "MSc Medical Physics", "", true));
        mine.add(entered(QualificationType.EXPERIENCE, "Voluntary work in a hospital", "", false));
        return mine;
    }

    public static void main(String[] args) throws Exception {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        List<StudentQualification> mine = busyStudent();
        // Opening the tab works out the verdicts for nothing entered; then each one added.
        int sink = EligibilityChecker.checkAll(profile, List.of()).size();
        long[] adding = new long[mine.size()];
        for (int i = 0; i < mine.size(); i++) {
            long start = System.nanoTime();
            sink += EligibilityChecker.checkAll(profile, mine.subList(0, i + 1)).size();
            adding[i] = System.nanoTime() - start;
        }
        double cold = Arrays.stream(adding).max().orElse(0) / 1e6;

        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            sink += EligibilityChecker.checkAll(profile, mine).size();
        }
        long[] runs = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            sink += EligibilityChecker.checkAll(profile, mine).size();
            runs[r] = System.nanoTime() - start;
        }
        double median = PerformanceReport.median(runs) / 1e6;
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        double p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6;
        String body = String.join("\n",
                "Measured " + LocalDate.now() + " on " + PerformanceReport.machine() + "; a student with "
                        + mine.size() + " qualifications entered, " + RUNS + " runs after a "
                        + WARM_UP_NANOS / 1_000_000_000L + " s warm-up.",
                "",
                "| what | time |",
                "| --- | --- |",
                String.format(Locale.ROOT, "| every route's verdict as each is added in a fresh JVM (the slowest) | %.2f ms |",
                        cold),
                String.format(Locale.ROOT, "| every route's verdict, warm (median) | %.3f ms |", median),
                String.format(Locale.ROOT, "| every route's verdict, warm (99th percentile) | %.3f ms |", p99),
                "",
                String.format(Locale.ROOT, "Budget: under %.0f ms as each is added and warm. Result: %.2f ms at the "
                        + "slowest addition, %.3f ms warm, %s", BUDGET_MS, cold, median,
                        cold < BUDGET_MS && median < BUDGET_MS ? "within budget." : "**over budget**."));
        PerformanceReport.replaceSection("verdicts", body);
        System.out.println(body);
        System.out.println("(checksum " + sink + ")");
    }
}
