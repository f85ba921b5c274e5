package org.careerroutes.eligibility;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a student's qualifications against the rules of each route. Pure: no screen, no files.
 *
 * <p>A rule is met when enough of the student's qualifications of its kind reach its minimum
 * grade, and among those, the subjects it names are each found in a different qualification.
 * A double award (GCSE Combined Science) counts as two qualifications, each at its own grade,
 * so 5-4 is two GCSEs at 4 or above and two sciences. A subject entered twice counts once, at
 * its best grade. A rule met only when predicted results count is "predicted". What is missing
 * is said by {@link MissingWords}.
 */
public final class EligibilityChecker {

    private EligibilityChecker() {
    }

    /** The verdict for every route of a profile, in the profile's order. */
    public static List<RouteVerdict> checkAll(Profile profile, List<StudentQualification> mine) {
        List<EntryRoute> routes = profile.entryRoutes().routes();
        return routes.stream().map(route -> check(route, mine, routes)).toList();
    }

    /** One route's verdict; a route it points to instead (see {@link NotFor}) is not named. */
    public static RouteVerdict check(EntryRoute route, List<StudentQualification> mine) {
        return check(route, mine, List.of(route));
    }

    /** One route's verdict, with the profile's routes to find one it points to instead. */
    public static RouteVerdict check(EntryRoute route, List<StudentQualification> mine, List<EntryRoute> routes) {
        if (route.rules().isEmpty()) {
            return new RouteVerdict(route, Outcome.NO_RULES, List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        List<RuleResult> toStart = route.rules().toStart().stream().map(rule -> check(rule, mine)).toList();
        List<CheckpointResult> later = route.rules().later().stream().map(c -> check(c, mine)).toList();
        Optional<Redirect> redirect = route.rules().notFor().flatMap(notFor -> redirect(notFor, mine, routes));
        if (redirect.isPresent()) {
            return new RouteVerdict(route, Outcome.OTHER_ROUTE, toStart, later, Optional.empty(), redirect);
        }
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
        return new RouteVerdict(route, outcome, toStart, later, reached, Optional.empty());
    }

    /**
     * A route for people without what the student has (or is studying for): a degree, or a
     * master's or doctorate, which comes after one.
     */
    private static Optional<Redirect> redirect(NotFor notFor, List<StudentQualification> mine,
                                               List<EntryRoute> routes) {
        List<StudentQualification> having = mine.stream().filter(q -> isOrIsPast(q, notFor.qualification())).toList();
        if (having.isEmpty()) {
            return Optional.empty();
        }
        Optional<EntryRoute> instead = notFor.instead().flatMap(id -> routes.stream()
                .filter(r -> r.id().equals(id)).findFirst());
        return Optional.of(new Redirect(notFor.qualification(), having.stream().allMatch(StudentQualification::predicted),
                instead));
    }

    /** Whether a qualification is of this kind, or one that comes after it (a master's after a degree). */
    private static boolean isOrIsPast(StudentQualification q, RuleQualification kind) {
        return q.type().countsFor(kind) || kind == RuleQualification.DEGREE && q.type() == QualificationType.HIGHER_DEGREE;
    }

    /**
     * Whether the student has entered something a checkpoint's deciding rules count, achieved or
     * not; a master's or doctorate is past the degree a checkpoint asks for.
     */
    private static boolean reached(Checkpoint checkpoint, List<StudentQualification> mine) {
        return checkpoint.rules().stream().filter(rule -> !rule.helps())
                .anyMatch(rule -> mine.stream().anyMatch(q -> isOrIsPast(q, rule.qualification())));
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
        return new RuleResult(rule, Outcome.NOT_YET, withPredicted.missing(), alternative(rule, achieved, mine));
    }

    /**
     * What else may be considered, said when the student has, or is on the way to, what stands in
     * for this rule's own qualification (the 2:2 that stands in for a first or 2:1): "Your 2:2 with
     * a master's degree or doctorate in a relevant science or engineering subject may be
     * considered", "Your 2:2 with your master's or doctorate in medical physics may be considered
     * once it is finished".
     */
    private static Optional<String> alternative(EntryRule rule, List<StudentQualification> achieved,
                                                List<StudentQualification> mine) {
        List<EntryRule> alternatives = rule.mayBeConsidered();
        List<EntryRule> standingIn = alternatives.stream().filter(a -> a.qualification() == rule.qualification()).toList();
        if (standingIn.isEmpty() || standingIn.stream().anyMatch(a -> !attempt(a, mine).met())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<StudentQualification> unfinished = new ArrayList<>();
        boolean allThere = true;
        for (EntryRule alternative : alternatives) {
            Attempt had = attempt(alternative, achieved);
            Attempt expected = had.met() ? had : attempt(alternative, mine);
            if (expected.met()) {
                StudentQualification used = expected.used().get(0);
                parts.add(MissingWords.yourOwn(used));
                if (used.predicted()) {
                    unfinished.add(used);
                }
            } else {
                parts.add(alternative.describe());
                allThere = false;
            }
        }
        String once = "";
        if (allThere && unfinished.size() == 1) {
            boolean last = parts.get(parts.size() - 1).equals(MissingWords.yourOwn(unfinished.get(0)));
            once = last ? " once it is finished" : " once your " + MissingWords.kindOf(unfinished.get(0)) + " is finished";
        } else if (allThere && unfinished.size() > 1) {
            once = " once they are finished";
        }
        return Optional.of(Words.capitalise(parts.get(0)) + " with " + Words.joinWith("and", parts.subList(1, parts.size()))
                + " may be considered" + once + ".");
    }

    /** One qualification, or one half of a double award, as a rule counts it. */
    record Unit(StudentQualification from, Optional<Subject> subject, int rank) {
        boolean meets(SubjectNeed need) {
            return subject.filter(need::accepts).isPresent();
        }
    }

    /**
     * @param used the qualifications counted towards the rule, for saying "your 2:2"
     */
    private record Attempt(boolean met, List<String> missing, List<StudentQualification> used) {
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
        int unfilled = (int) Arrays.stream(filledBy).filter(u -> u < 0).count();
        boolean met = !counting.isEmpty() && unfilled == 0 && counting.size() >= rule.count();
        // What counts towards it: those giving the subjects asked for, or, where none are asked, all at the grade.
        List<StudentQualification> used = (slots.isEmpty() ? counting : Arrays.stream(filledBy).filter(u -> u >= 0)
                .mapToObj(counting::get).toList()).stream().map(Unit::from).distinct().toList();
        if (met) {
            return new Attempt(true, List.of(), used);
        }
        boolean hasOnlyLater = rule.qualification() == RuleQualification.DEGREE && all.isEmpty()
                && mine.stream().anyMatch(q -> q.type() == QualificationType.HIGHER_DEGREE);
        return new Attempt(false, new MissingWords(rule, all, counting, slots, filledBy, hasOnlyLater).missing(), used);
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
        // Each subject looked up in the catalogue once, not once for every pair: 200 qualifications
        // took seconds to check when every one was compared with every other.
        Map<String, Integer> placeOf = new HashMap<>();
        for (StudentQualification q : mine) {
            if (q.type() == QualificationType.OTHER_LEVEL_3) {
                best.add(q);   // never the same subject as another (see StudentQualification.sameSubjectAs)
                continue;
            }
            String key = q.type() + "\u0000" + q.key();
            Integer place = placeOf.get(key);
            if (place == null) {
                placeOf.put(key, best.size());
                best.add(q);
            } else if (better.compare(q, best.get(place)) > 0) {
                best.set(place, q);
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
}
