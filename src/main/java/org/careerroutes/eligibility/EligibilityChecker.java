package org.careerroutes.eligibility;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.WayIn;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a student's qualifications against the rules of each route. Pure: no screen, no files.
 *
 * <p>A rule is met when enough of the student's qualifications of its kind reach its minimum
 * grade, and among those, the subjects it names are each found in a different qualification.
 * A double award (GCSE Combined Science) counts as two qualifications, each at its own grade,
 * so 5-4 is two GCSEs at 4 or above and two sciences. A subject entered twice counts once, at
 * its best grade. A rule met only when predicted results count is "predicted". A master's or
 * doctorate in a relevant subject counts for a degree's subject ({@link MasterForSubject}). What is
 * missing is said by {@link MissingWords}. A route with ways in is met when any one of them is
 * ({@link BestWayIn}).
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

    /**
     * One route's verdict, with the profile's routes to find one it points to instead; that
     * route's own verdict goes with the pointer, so that both cards tell one story.
     */
    public static RouteVerdict check(EntryRoute route, List<StudentQualification> mine, List<EntryRoute> routes) {
        RouteVerdict own = checkOwn(route, mine);
        Optional<Redirect> redirect = route.rules().notFor().flatMap(notFor -> redirect(notFor, mine, routes));
        if (redirect.isEmpty() || own.outcome() == Outcome.NO_RULES) {
            return own;
        }
        return own.redirectedTo(redirect.get());
    }

    /**
     * A route's verdict on its own rules, whoever it is meant for. A route with ways in is judged
     * on each (its rules for every way, then the way's own), and its verdict is the best of them
     * ({@link BestWayIn}), with every way's own verdict beside it.
     */
    private static RouteVerdict checkOwn(EntryRoute route, List<StudentQualification> mine) {
        if (route.rules().isEmpty()) {
            return new RouteVerdict(route, Outcome.NO_RULES, List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        if (route.rules().waysIn().isEmpty()) {
            return judge(route, route.rules().toStart(), Optional.empty(), mine);
        }
        List<RouteVerdict> ways = new ArrayList<>();
        for (WayIn way : route.rules().waysIn()) {
            ways.add(way.checked()
                    ? judge(route, Stream.concat(route.rules().toStart().stream(), way.rules().stream()).toList(),
                            Optional.of(way), mine)
                    : new RouteVerdict(route, Outcome.NO_RULES, List.of(), List.of(), Optional.empty(), Optional.empty(),
                            Optional.of(way), List.of()));
        }
        return BestWayIn.of(ways);
    }

    /** The route judged on these rules to start it (all of them, or those of one way in), then its checkpoints. */
    private static RouteVerdict judge(EntryRoute route, List<EntryRule> rules, Optional<WayIn> way,
                                      List<StudentQualification> mine) {
        List<RuleResult> toStart = rules.stream().map(rule -> check(rule, mine)).toList();
        List<CheckpointResult> later = route.rules().later().stream().map(c -> check(c, mine)).toList();
        Outcome outcome = combine(toStart);
        if (outcome == Outcome.NO_RULES && way.isPresent()) {
            // A way in that asks for nothing ("2 or fewer GCSEs … for a level 1 course") is open to everyone.
            outcome = Outcome.MEETS;
        }
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
        return new RouteVerdict(route, outcome, toStart, later, reached, Optional.empty(), way, List.of());
    }

    /**
     * A route for people without what the student has (or is studying for): a degree, or a
     * master's or doctorate, which comes after one. A foundation degree or an HND is not a degree.
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
                instead, instead.map(route -> checkOwn(route, mine))));
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
        for (Attempt had : attempts(rule, achieved)) {
            if (had.met()) {
                return RuleResult.met(rule, Outcome.MEETS, MasterForSubject.note(rule, had.standIn()), false);
            }
        }
        List<Attempt> withPredicted = attempts(rule, mine);
        for (Attempt expected : withPredicted) {
            if (expected.met()) {
                // A course still being studied has an expected result; a school exam a predicted grade.
                List<StudentQualification> notYet = Stream.concat(expected.used().stream(), expected.standIn().stream())
                        .filter(StudentQualification::predicted).toList();
                boolean courses = !notYet.isEmpty() && notYet.stream().allMatch(q -> q.type().isHigherEducation());
                return RuleResult.met(rule, Outcome.PREDICTED, MasterForSubject.note(rule, expected.standIn()), courses);
            }
        }
        // "May be considered" is said of results already achieved only: it is uncertain enough.
        if (!rule.mayBeConsidered().isEmpty()
                && rule.mayBeConsidered().stream().allMatch(alternative -> attempt(alternative, achieved, true).met())) {
            return RuleResult.mayBeConsidered(rule, last(withPredicted).missing(),
                    standingIn(rule, achieved, achieved).map(StandingIn::what), last(withPredicted).shortBy());
        }
        return RuleResult.notYet(rule, last(withPredicted).missing(),
                standingIn(rule, achieved, mine).map(StandingIn::sentence), last(withPredicted).shortBy());
    }

    /**
     * The rule tried on these qualifications: on their own, then, when a master's or doctorate
     * could count for a degree's subject, with it too (the same attempt would be made twice else).
     */
    private static List<Attempt> attempts(EntryRule rule, List<StudentQualification> mine) {
        Attempt plain = attempt(rule, mine, false);
        if (plain.met() || MasterForSubject.standIn(rule, mine).isEmpty()) {
            return List.of(plain);
        }
        return List.of(plain, attempt(rule, mine, true));
    }

    private static Attempt last(List<Attempt> attempts) {
        return attempts.get(attempts.size() - 1);
    }

    /**
     * What else may be considered for a rule, in words.
     *
     * @param what     the qualifications that may be considered: the student's own ("your 2:2 with
     *                 your master's or doctorate in medical physics"), or in the rule's words those
     *                 they do not have yet
     * @param sentence the same as a sentence for a student on the way to it: "Your 2:2 with a
     *                 master's degree or doctorate in a relevant science or engineering subject may
     *                 be considered", "... may be considered once it is finished"
     */
    private record StandingIn(String what, String sentence) {
    }

    /**
     * What else may be considered, when the student has, or is on the way to, what stands in for
     * this rule's own qualification (the 2:2 that stands in for a first or 2:1).
     */
    private static Optional<StandingIn> standingIn(EntryRule rule, List<StudentQualification> achieved,
                                                   List<StudentQualification> mine) {
        List<EntryRule> alternatives = rule.mayBeConsidered();
        List<EntryRule> standing = alternatives.stream().filter(a -> a.qualification() == rule.qualification()).toList();
        if (standing.isEmpty() || standing.stream().anyMatch(a -> !attempt(a, mine, true).met())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<StudentQualification> unfinished = new ArrayList<>();
        boolean allThere = true;
        for (EntryRule alternative : alternatives) {
            Attempt had = attempt(alternative, achieved, true);
            Attempt expected = had.met() ? had : attempt(alternative, mine, true);
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
            once = last ? " once it is finished" : " once your " + unfinished.get(0).type().inSentence() + " is finished";
        } else if (allThere && unfinished.size() > 1) {
            once = " once they are finished";
        }
        String what = parts.get(0) + " with " + Words.joinWith("and", parts.subList(1, parts.size()));
        return Optional.of(new StandingIn(what, Words.capitalise(what) + " may be considered" + once + "."));
    }

    /**
     * @param used    the qualifications counted towards the rule, for saying "your 2:2"
     * @param standIn the master's or doctorate that counted for a degree's subject, when it had to
     * @param shortBy how many more qualifications the rule needs (a subject asked for that none
     *                provides needs one of its own); 0 when met
     */
    private record Attempt(boolean met, List<String> missing, List<StudentQualification> used,
                           Optional<StudentQualification> standIn, int shortBy) {
    }

    /**
     * The rule tried on these qualifications; with {@code withMaster}, a master's or doctorate in
     * the subject a degree rule asks for counts for the degree's subject ({@link MasterForSubject}).
     */
    private static Attempt attempt(EntryRule rule, List<StudentQualification> mine, boolean withMaster) {
        List<StudentQualification> relevant = bestOfEachSubject(mine.stream()
                .filter(q -> counts(q, rule)).toList(), rule.minRank());
        Optional<StudentQualification> master = withMaster ? MasterForSubject.standIn(rule, mine) : Optional.empty();
        List<QualificationUnit> all = new ArrayList<>();
        for (StudentQualification q : relevant) {
            List<Subject> subjects = q.reading().main();
            Optional<StudentQualification> standIn = q.type() == QualificationType.DEGREE ? master : Optional.empty();
            int[] grades = q.grades();
            if (grades.length == 0) {
                all.add(new QualificationUnit(q, subjects, 0, standIn));
            }
            for (int grade : grades) {
                all.add(new QualificationUnit(q, subjects, grade, standIn));
            }
        }
        int minRank = rule.minRank();
        List<QualificationUnit> counting = all.stream().filter(u -> u.rank() >= minRank).toList();

        List<SubjectNeed> slots = new ArrayList<>();
        rule.including().forEach(need -> {
            for (int i = 0; i < need.count(); i++) {
                slots.add(need);
            }
        });
        int[] filledBy = QualificationUnit.fill(slots, counting);
        int unfilled = (int) Arrays.stream(filledBy).filter(u -> u < 0).count();
        boolean met = !counting.isEmpty() && unfilled == 0 && counting.size() >= rule.count();
        if (met) {
            // What counts towards it: those giving the subjects asked for, or, where none are asked, all at the grade.
            List<StudentQualification> used = (slots.isEmpty() ? counting : Arrays.stream(filledBy)
                    .mapToObj(counting::get).toList()).stream().map(QualificationUnit::from).distinct().toList();
            // The master's counted only where a slot was filled by a degree not in that subject itself.
            boolean masterCounted = java.util.stream.IntStream.range(0, slots.size())
                    .anyMatch(s -> !counting.get(filledBy[s]).meetsItself(slots.get(s)));
            // Or it counted as the degree itself, where no class is asked: the same rule, said the same way.
            Optional<StudentQualification> masterAsDegree = rule.qualification() == RuleQualification.DEGREE
                    && !slots.isEmpty() ? used.stream().filter(q -> q.type() == QualificationType.HIGHER_DEGREE).findFirst()
                    : Optional.empty();
            return new Attempt(true, List.of(), used, masterCounted ? master : masterAsDegree, 0);
        }
        boolean hasOnlyLater = rule.qualification() == RuleQualification.DEGREE && all.isEmpty()
                && mine.stream().anyMatch(q -> q.type() == QualificationType.HIGHER_DEGREE);
        // A foundation degree or an HND is not the degree asked for: said so, rather than left out.
        List<StudentQualification> belowDegree = rule.qualification() == RuleQualification.DEGREE
                ? mine.stream().filter(q -> q.type().asRuleQualification() == RuleQualification.LEVEL_5).toList()
                : List.of();
        return new Attempt(false, new MissingWords(rule, all, counting, slots, filledBy, hasOnlyLater, belowDegree)
                .missing(), List.of(), Optional.empty(), Math.max(1, Math.max(unfilled, rule.count() - counting.size())));
    }

    /**
     * Whether a rule counts this qualification. A master's or doctorate is a degree where no class
     * is asked; a foundation degree or an HND, at level 5, is past the college qualifications at
     * level 3 that come before it.
     */
    private static boolean counts(StudentQualification q, EntryRule rule) {
        return q.type().countsFor(rule.qualification())
                || rule.qualification() == RuleQualification.DEGREE && rule.minGrade().isEmpty()
                && q.type() == QualificationType.HIGHER_DEGREE
                || rule.qualification() == RuleQualification.LEVEL_3
                && q.type().asRuleQualification() == RuleQualification.LEVEL_5;
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
}
