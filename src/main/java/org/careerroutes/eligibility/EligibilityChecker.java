package org.careerroutes.eligibility;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a student's qualifications against the rules of each route. Pure: no screen, no files.
 *
 * <p>A rule is met when enough of the student's qualifications of its kind reach its minimum
 * grade, and among those, the subjects it names are each found in a different qualification.
 * A double award (GCSE Combined Science) counts as two qualifications, each at its own grade,
 * so 5-4 is two GCSEs at 4 or above and two sciences. A subject entered twice counts once, at
 * its best grade. A rule met only when predicted results count is "predicted".
 */
public final class EligibilityChecker {

    private EligibilityChecker() {
    }

    /** The verdict for every route of a profile, in the profile's order. */
    public static List<RouteVerdict> checkAll(Profile profile, List<StudentQualification> mine) {
        return profile.entryRoutes().routes().stream().map(route -> check(route, mine)).toList();
    }

    public static RouteVerdict check(EntryRoute route, List<StudentQualification> mine) {
        if (route.rules().isEmpty()) {
            return new RouteVerdict(route, Outcome.NO_RULES, List.of(), List.of(), Optional.empty());
        }
        List<RuleResult> toStart = route.rules().toStart().stream().map(rule -> check(rule, mine)).toList();
        List<CheckpointResult> later = route.rules().later().stream().map(c -> check(c, mine)).toList();
        Outcome outcome = combine(toStart);
        // A student who already has what a later checkpoint looks at (a degree, for the STP) is
        // judged there: a 2:2 graduate is not "on track" for the STP because their A levels were
        // good enough for the degree, and a graduate is not sent back for a GCSE science.
        Optional<CheckpointResult> reached = Optional.empty();
        for (CheckpointResult checkpoint : later) {
            if (!reached(checkpoint.checkpoint(), mine)) {
                break;
            }
            reached = Optional.of(checkpoint);
            outcome = checkpoint.outcome();
            if (!outcome.isOpen()) {
                break;
            }
        }
        return new RouteVerdict(route, outcome, toStart, later, reached);
    }

    /** Whether the student has entered something a checkpoint's deciding rules count, achieved or not. */
    private static boolean reached(Checkpoint checkpoint, List<StudentQualification> mine) {
        return checkpoint.rules().stream().filter(rule -> !rule.helps())
                .anyMatch(rule -> mine.stream().anyMatch(q -> q.type().countsFor(rule.qualification())));
    }

    private static CheckpointResult check(Checkpoint checkpoint, List<StudentQualification> mine) {
        List<RuleResult> results = checkpoint.rules().stream().map(rule -> check(rule, mine)).toList();
        return new CheckpointResult(checkpoint, combine(results), results);
    }

    /**
     * The least favourable outcome of the rules that decide, i.e. all but those that only help;
     * {@link Outcome#NO_RULES} when none decide, never a "meets" for want of anything to check.
     */
    private static Outcome combine(List<RuleResult> results) {
        return results.stream().filter(r -> !r.onlyHelps()).map(RuleResult::outcome)
                .reduce(Outcome::worseOf).orElse(Outcome.NO_RULES);
    }

    /** One rule against the student's qualifications. */
    public static RuleResult check(EntryRule rule, List<StudentQualification> mine) {
        List<StudentQualification> achieved = mine.stream().filter(q -> !q.predicted()).toList();
        if (attempt(rule, achieved).met()) {
            return new RuleResult(rule, Outcome.MEETS, List.of());
        }
        Attempt withPredicted = attempt(rule, mine);
        if (withPredicted.met()) {
            return new RuleResult(rule, Outcome.PREDICTED, List.of());
        }
        // "May be considered" is said of results already achieved only: it is uncertain enough.
        if (!rule.mayBeConsidered().isEmpty()
                && rule.mayBeConsidered().stream().allMatch(alternative -> attempt(alternative, achieved).met())) {
            return new RuleResult(rule, Outcome.MAY_BE_CONSIDERED, withPredicted.missing());
        }
        return new RuleResult(rule, Outcome.NOT_YET, withPredicted.missing());
    }

    /** One qualification, or one half of a double award, as a rule counts it. */
    private record Unit(StudentQualification from, Optional<Subject> subject, int rank) {
        boolean meets(SubjectNeed need) {
            return subject.filter(need::accepts).isPresent();
        }
    }

    private record Attempt(boolean met, List<String> missing) {
    }

    private static Attempt attempt(EntryRule rule, List<StudentQualification> mine) {
        List<StudentQualification> relevant = bestOfEachSubject(mine.stream()
                .filter(q -> counts(q, rule)).toList(), rule.minRank());
        List<Unit> all = new ArrayList<>();
        for (StudentQualification q : relevant) {
            Optional<Subject> subject = q.knownSubject();
            int[] grades = q.grades();
            if (grades.length == 0) {
                all.add(new Unit(q, subject, 0));
            }
            for (int grade : grades) {
                all.add(new Unit(q, subject, grade));
            }
        }
        int minRank = rule.minRank();
        List<Unit> counting = all.stream().filter(u -> u.rank() >= minRank).toList();

        List<SubjectNeed> slots = new ArrayList<>();
        rule.including().forEach(need -> {
            for (int i = 0; i < need.count(); i++) {
                slots.add(need);
            }
        });
        int[] filledBy = match(slots, counting);

        List<String> missing = new ArrayList<>();
        // Each subject still missing takes one more qualification, so only the rest are said as "more".
        int unfilled = (int) Arrays.stream(filledBy).filter(u -> u < 0).count();
        int stillShort = rule.count() - counting.size() - (counting.isEmpty() ? 0 : unfilled);
        if (counting.isEmpty()) {
            // "(yours is a 2:2)" for a rule of one; "(your maths is grade 3)" where several are counted.
            missing.add(rule.describe() + belowUnit(rule, all, u -> true)
                    .map(b -> " (" + (rule.count() == 1 ? b.yours() : b.your()) + ")").orElse(""));
        } else {
            if (stillShort > 0) {
                missing.add(countMissing(rule, stillShort, unfilled > 0, all));
            }
            missing.addAll(subjectsMissing(rule, slots, filledBy, all));
        }
        return new Attempt(missing.isEmpty(), missing);
    }

    /** Whether a rule counts this qualification. A master's or doctorate is a degree where no class is asked. */
    private static boolean counts(StudentQualification q, EntryRule rule) {
        return q.type().countsFor(rule.qualification())
                || rule.qualification() == RuleQualification.DEGREE && rule.minGrade().isEmpty()
                && q.type() == QualificationType.HIGHER_DEGREE;
    }

    /**
     * A subject entered twice (GCSE Maths 5, then Maths 7 after a resit) counts once, at its
     * best: the one with more grades reaching {@code minRank} (a double award has two), then the
     * higher grades; an achieved result is preferred to an equal predicted one.
     */
    private static List<StudentQualification> bestOfEachSubject(List<StudentQualification> mine, int minRank) {
        List<StudentQualification> best = new ArrayList<>();
        Comparator<StudentQualification> better = Comparator
                .comparingLong((StudentQualification q) -> Arrays.stream(q.grades()).filter(g -> g >= minRank).count())
                .thenComparingInt(q -> Arrays.stream(q.grades()).sum())
                .thenComparing(q -> !q.predicted());
        for (StudentQualification q : mine) {
            Optional<StudentQualification> same = best.stream().filter(q::sameSubjectAs).findFirst();
            if (same.isEmpty()) {
                best.add(q);
            } else if (better.compare(q, same.get()) > 0) {
                best.set(best.indexOf(same.get()), q);
            }
        }
        return best;
    }

    /**
     * Gives each slot (one subject a rule needs) a different unit, as many as can be: a small
     * bipartite matching by augmenting paths. Returns, for each slot, the unit's index or -1.
     */
    private static int[] match(List<SubjectNeed> slots, List<Unit> units) {
        int[] slotOf = new int[units.size()];
        Arrays.fill(slotOf, -1);
        for (int s = 0; s < slots.size(); s++) {
            augment(s, slots, units, slotOf, new boolean[units.size()]);
        }
        int[] filledBy = new int[slots.size()];
        Arrays.fill(filledBy, -1);
        for (int u = 0; u < units.size(); u++) {
            if (slotOf[u] >= 0) {
                filledBy[slotOf[u]] = u;
            }
        }
        return filledBy;
    }

    private static boolean augment(int slot, List<SubjectNeed> slots, List<Unit> units, int[] slotOf, boolean[] seen) {
        for (int u = 0; u < units.size(); u++) {
            if (!seen[u] && units.get(u).meets(slots.get(slot))) {
                seen[u] = true;
                if (slotOf[u] < 0 || augment(slotOf[u], slots, units, slotOf, seen)) {
                    slotOf[u] = slot;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "one more GCSE at grade 4 or above"; "in any subject" when subjects are missing too, so
     * that "one more science" and this read as two different GCSEs.
     */
    private static String countMissing(EntryRule rule, int stillShort, boolean subjectsMissingToo, List<Unit> all) {
        RuleQualification q = rule.qualification();
        return Words.number(stillShort) + " more " + q.name(stillShort)
                + rule.minGrade().map(g -> " at " + q.scale().atLeast(g)).orElse("")
                + (subjectsMissingToo ? ", in any subject" : "")
                + belowUnit(rule, all, u -> true).map(b -> " (" + b.your() + ")").orElse("");
    }

    /**
     * The subjects a rule names that no counted qualification provides, as phrases: the single
     * subjects together ("maths and physics at A level"), then each group still short ("one more
     * science at GCSE grade 4 or above").
     */
    private static List<String> subjectsMissing(EntryRule rule, List<SubjectNeed> slots, int[] filledBy, List<Unit> all) {
        List<String> missing = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<Below> hints = new ArrayList<>();
        for (SubjectNeed need : rule.including()) {
            int filled = 0;
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s) == need && filledBy[s] >= 0) {
                    filled++;
                }
            }
            int got = filled;
            int wanted = need.count();
            if (got >= wanted) {
                continue;
            }
            if (got == 0) {
                whole.add(need.describe());
                belowUnit(rule, all, u -> u.meets(need)).ifPresent(hints::add);
                continue;
            }
            String one = need.anyOf().size() == 1 ? SubjectCatalogue.group(need.anyOf().get(0))
                    .map(g -> wanted - got == 1 ? g.one().replaceFirst("^an? ", "") : g.many())
                    .orElse(SubjectCatalogue.phrase(need.anyOf().get(0))) : need.describe();
            missing.add(Words.number(wanted - got) + " more " + one + " at " + where(rule)
                    + belowUnit(rule, all, u -> u.meets(need)).map(h -> " (" + h.yours() + ")").orElse(""));
        }
        if (!whole.isEmpty()) {
            String needs = Words.joinWith("and", whole);
            String text = switch (rule.qualification()) {
                case DEGREE, HIGHER_DEGREE -> where(rule).replaceFirst(" degree$", "") + " degree in " + needs
                        + irrelevant(rule, all);
                case EXPERIENCE -> needs;
                default -> needs + " at " + where(rule);
            };
            if (hints.size() == 1 && whole.size() == 1) {
                text += " (" + hints.get(0).yours() + ")";
            } else if (!hints.isEmpty()) {
                text += " (" + String.join("; ", hints.stream().map(Below::your).toList()) + ")";
            }
            missing.add(0, text);
        }
        return missing;
    }

    /**
     * A qualification below the grade a rule asks for: its subject and grade as the student reads
     * them, and whether it is a double award, half of which may have counted already.
     */
    private record Below(String subject, String grade, boolean doubleAward) {
        /** "yours is grade 3", or for a double award "your combined science is grade 4-3, which counts once". */
        String yours() {
            return doubleAward ? your() : "yours is " + grade;
        }

        /** "your maths is grade 3". */
        String your() {
            return "your " + subject + " is " + grade + (doubleAward ? ", which counts once" : "");
        }
    }

    private static Optional<Below> belowUnit(EntryRule rule, List<Unit> all, java.util.function.Predicate<Unit> which) {
        if (rule.minGrade().isEmpty()) {
            return Optional.empty();
        }
        GradeScale scale = rule.qualification().scale();
        return all.stream().filter(which).filter(u -> u.rank() < rule.minRank())
                .max(Comparator.comparingInt(Unit::rank))
                .map(u -> new Below(SubjectCatalogue.phrase(u.subject().map(Subject::id).orElse(u.from().subject())),
                        (u.from().predicted() ? (scale == GradeScale.DEGREE ? "expected " : "predicted ") : "")
                                + scale.describe(u.from().gradeText()),
                        u.from().grades().length > 1 && Arrays.stream(u.from().grades()).anyMatch(g -> g >= rule.minRank())));
    }

    /** "A level", "GCSE grade 4 or above", "a first or 2:1 degree". */
    private static String where(EntryRule rule) {
        RuleQualification q = rule.qualification();
        if (rule.minGrade().isEmpty()) {
            return q.name(1);
        }
        String grade = rule.minGrade().get();
        return q == RuleQualification.DEGREE ? q.scale().atLeast(grade) + " degree"
                : q.name(1) + " " + q.scale().atLeast(grade);
    }

    /** For a degree in a subject a rule does not count: " (Business is not counted as one; providers decide)". */
    private static String irrelevant(EntryRule rule, List<Unit> all) {
        return all.stream().filter(u -> rule.including().stream().noneMatch(u::meets)).findFirst()
                .map(u -> " (" + Words.capitalise(u.from().subjectName()) + " is not on our list of these subjects; "
                        + "universities and employers decide what is relevant)")
                .orElse("");
    }
}
