package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;
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
 */
public record RouteVerdict(EntryRoute route, Outcome outcome, List<RuleResult> toStart,
                           List<CheckpointResult> later, Optional<CheckpointResult> reached,
                           Optional<Redirect> redirect) {

    public RouteVerdict {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(outcome, "outcome");
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(redirect, "redirect");
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
        Optional<String> forWhat = reached.map(c -> " " + Words.lowerFirst(c.checkpoint().title()));
        return switch (outcome) {
            case MEETS, MAY_BE_CONSIDERED -> outcome.headline() + forWhat.orElse("");
            case PREDICTED -> expectedNotPredicted()
                    ? "Your expected results meet the usual entry requirements" + forWhat.orElse("")
                    : forWhat.map(f -> "Predicted grades meet the usual entry requirements" + f).orElse(outcome.headline());
            default -> outcome.headline();
        };
    }

    /**
     * The verdict in one sentence: "You meet the usual entry requirements", "Predicted grades
     * meet it", "Not yet: you need one more GCSE at grade 4 or above; maths and physics at A level".
     */
    public String summary() {
        // "Not yet: to apply for the STP, you need ..." when judged at a later checkpoint.
        String at = reached.map(c -> Words.lowerFirst(c.checkpoint().title()) + ", ").orElse("");
        return switch (outcome) {
            case NOT_YET -> "Not yet: " + at + "you need " + String.join("; ", missing())
                    + alternatives().stream().map(a -> ". " + a).reduce("", String::concat).replaceFirst("\\.$", "");
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
