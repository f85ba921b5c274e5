package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.WayIn;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A route's verdict for a student: whether they meet the usual requirements to start it, what
 * they are missing in plain English, and how they stand against its later checkpoints.
 *
 * @param outcome  the verdict: on starting the route, or on the later checkpoint the student has
 *                 reached (see {@code reached})
 * @param reached  the later checkpoint the student is judged at: one whose qualifications they
 *                 have entered (a degree, for the STP; a master's is past a degree too); empty
 *                 while they are judged on starting it
 * @param redirect when the route is not meant for someone with what the student has (the PTP,
 *                 for a graduate): why, and the route that fits; the outcome is then
 *                 {@link Outcome#OTHER_ROUTE}
 * @param way      for a route with ways in, the way this verdict is about: the best for the student,
 *                 or, when none is met, the nearest; {@code toStart} are then its rules (with those
 *                 every way needs)
 * @param ways     for a route with ways in, each way's own verdict, in the profile's order; empty
 *                 for a route without them, and for one way's own verdict
 */
public record RouteVerdict(EntryRoute route, Outcome outcome, List<RuleResult> toStart,
                           List<CheckpointResult> later, Optional<CheckpointResult> reached,
                           Optional<Redirect> redirect, Optional<WayIn> way, List<RouteVerdict> ways) {

    public RouteVerdict {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(outcome, "outcome");
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(redirect, "redirect");
        Objects.requireNonNull(way, "way");
        ways = List.copyOf(ways);
    }

    /** A verdict on a route without ways in. */
    public RouteVerdict(EntryRoute route, Outcome outcome, List<RuleResult> toStart, List<CheckpointResult> later,
                        Optional<CheckpointResult> reached, Optional<Redirect> redirect) {
        this(route, outcome, toStart, later, reached, redirect, Optional.empty(), List.of());
    }

    /** This way's verdict as the route's, with every way's own beside it. */
    RouteVerdict withWays(List<RouteVerdict> all) {
        return new RouteVerdict(route, outcome, toStart, later, reached, redirect, way, all);
    }

    /** The route is not meant for this student: another route fits, whichever way in they would take. */
    RouteVerdict redirectedTo(Redirect to) {
        return new RouteVerdict(route, Outcome.OTHER_ROUTE, toStart, later, Optional.empty(), Optional.of(to), way,
                ways.stream().filter(w -> w.outcome() != Outcome.NO_RULES).map(w -> w.redirectedTo(to)).toList());
    }

    /**
     * The verdict a pathway of the route map shows: for a route with ways in, that of the way in
     * the pathway takes (its step is on the pathway), so that each pathway says what is true of
     * it; else the route's own.
     */
    public RouteVerdict on(Pathway pathway) {
        return route.rules().wayOn(pathway.steps()).flatMap(w -> ways.stream()
                .filter(v -> v.way().filter(w::equals).isPresent()).findFirst()).orElse(this);
    }

    /**
     * The ways in the verdict names: the way of a way's own verdict; for the route, every way at
     * its outcome where that is met, predicted or may be considered ("for a level 2 course and for
     * a level 3 course"), else the nearest.
     */
    public List<WayIn> namedWays() {
        if (way.isEmpty()) {
            return List.of();
        }
        boolean asGoodAsIt = outcome.isOpen() || outcome == Outcome.MAY_BE_CONSIDERED;
        if (ways.isEmpty() || !asGoodAsIt) {
            return List.of(way.get());
        }
        return ways.stream().filter(w -> w.outcome() == outcome).flatMap(w -> w.way().stream()).toList();
    }

    /** The verdicts of the route's other ways in, those not named, in the profile's order. */
    public List<RouteVerdict> otherWays() {
        List<WayIn> named = namedWays();
        return ways.stream().filter(w -> w.way().filter(named::contains).isEmpty()).toList();
    }

    /** "for a level 2 course and for a level 3 course": the ways named, as the profile writes them. */
    private String forTheWays() {
        return Words.joinWith("and", namedWays().stream().map(WayIn::title).toList());
    }

    /** The ways in Career Routes does not check, in words: "the way in for a level 1 course". */
    private List<String> notCheckedWays() {
        return otherWays().stream().filter(w -> w.outcome() == Outcome.NO_RULES)
                .flatMap(w -> w.way().stream()).map(w -> "the way in " + w.title()).toList();
    }

    /** How many of the route's ways in Career Routes checks. */
    private long checkedWays() {
        return ways.stream().filter(w -> w.outcome() != Outcome.NO_RULES).count();
    }

    /** The results that decide the verdict: those to start the route, or at the checkpoint reached. */
    public List<RuleResult> deciding() {
        return reached.map(CheckpointResult::results).orElse(toStart).stream().filter(r -> !r.onlyHelps()).toList();
    }

    /** What is still needed, to start the route or at the checkpoint reached, in the order of its rules. */
    public List<String> missing() {
        if (redirect.isPresent()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        deciding().stream().filter(r -> !r.outcome().isOpen()).forEach(r -> missing.addAll(r.missing()));
        return missing;
    }

    /** What else may be considered, where the student is on the way to it: one sentence each. */
    public List<String> alternatives() {
        if (redirect.isPresent() || outcome != Outcome.NOT_YET) {
            return List.of();
        }
        return deciding().stream().flatMap(r -> r.alternative().stream()).toList();
    }

    /**
     * How rules were met when a rule of more than one qualification made it so, a sentence each:
     * "Your master's or doctorate in medical physics counts for the degree's subject: ...".
     */
    public List<String> notes() {
        if (redirect.isPresent()) {
            return redirect.get().notes();
        }
        return deciding().stream().filter(r -> r.outcome().isOpen()).flatMap(r -> r.note().stream()).distinct().toList();
    }

    /**
     * For a verdict of "may be considered", what is usually asked and what of the student's may be
     * accepted instead, said once and named: "the usual requirement is a first or 2:1 degree in a
     * relevant science or engineering subject, and your 2:2 with your master's or doctorate in
     * medical physics may be accepted instead".
     */
    public Optional<String> considered() {
        if (outcome != Outcome.MAY_BE_CONSIDERED) {
            return Optional.empty();
        }
        List<String> each = deciding().stream().filter(r -> r.outcome() == Outcome.MAY_BE_CONSIDERED)
                .map(r -> "the usual requirement is " + r.rule().describe() + ", and "
                        + r.considered().orElse("what you have") + " may be accepted instead").toList();
        return each.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", each));
    }

    /**
     * Whether the results not had yet that the verdict rests on are all courses still being
     * studied (a degree, a master's), whose results are "expected", not "predicted".
     */
    private boolean expectedNotPredicted() {
        List<RuleResult> predicted = deciding().stream().filter(r -> r.outcome() == Outcome.PREDICTED).toList();
        return !predicted.isEmpty() && predicted.stream().allMatch(RuleResult::expected);
    }

    /**
     * The verdict as the card's headline: "Not yet", and for a student judged at a later
     * checkpoint what it is met for, "You meet the usual entry requirements to apply for the NHS
     * Scientist Training Programme (STP)".
     */
    public String headline() {
        Optional<String> forWhat = reached.map(c -> " " + Words.lowerFirst(c.checkpoint().title()))
                .or(() -> way.map(w -> " " + forTheWays()));
        return switch (outcome) {
            case MEETS, MAY_BE_CONSIDERED -> outcome.headline() + forWhat.orElse("");
            case PREDICTED -> expectedNotPredicted()
                    ? "Your expected results meet the usual entry requirements" + forWhat.orElse("")
                    : forWhat.map(f -> "Predicted grades meet the usual entry requirements" + f).orElse(outcome.headline());
            case NO_RULES -> way.isPresent() ? NOT_CHECKED : outcome.headline();
            default -> outcome.headline();
        };
    }

    /** The headline of a way in that Career Routes does not check. */
    public static final String NOT_CHECKED = "Not checked by Career Routes";

    /**
     * The verdict in one sentence: "You meet the usual entry requirements", "Predicted grades
     * meet it", "Not yet: you need one more GCSE at grade 4 or above; maths and physics at A level".
     */
    public String summary() {
        // "Not yet: to apply for the STP, you need ..." when judged at a later checkpoint; "Not yet:
        // for a level 2 course, the nearest of its ways in, you need ..." for a route with ways in.
        String at = reached.map(c -> Words.lowerFirst(c.checkpoint().title()) + ", ")
                .or(() -> way.map(w -> w.title() + (checkedWays() > 1 ? ", the nearest of its ways in, " : ", ")))
                .orElse("");
        List<String> notChecked = notCheckedWays();
        String unchecked = notChecked.isEmpty() ? "" : "; " + Words.joinWith("and", notChecked)
                + (notChecked.size() == 1 ? " is" : " are") + " not checked by Career Routes";
        return switch (outcome) {
            case NOT_YET -> "Not yet: " + at + "you need " + String.join("; ", missing())
                    + alternatives().stream().map(a -> ". " + a).reduce("", String::concat).replaceFirst("\\.$", "")
                    + unchecked;
            case NO_RULES -> way.map(w -> "Career Routes does not check the entry requirements " + w.title()
                    + ": read them under How to become one").orElse(outcome.headline());
            case MAY_BE_CONSIDERED -> headline() + considered().map(c -> ": " + c).orElse("");
            case OTHER_ROUTE -> outcome.headline() + ": " + Words.lowerFirst(redirect.map(Redirect::explain).orElse(""))
                    .replaceFirst("\\.$", "");
            default -> headline();
        };
    }

    /** Every rule's result, to start and at later checkpoints. */
    public Stream<RuleResult> allResults() {
        return Stream.concat(toStart.stream(), later.stream().flatMap(c -> c.results().stream()));
    }
}
