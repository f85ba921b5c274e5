package org.careerroutes.compare;

import org.careerroutes.model.Pathway;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pathway laid out in calendar years for a student at a starting point.
 *
 * @param origin where times are counted from: the start of this school year for a student at
 *               school, next September for one who has finished
 * @param registration the registration step, if the pathway has one
 * @param role     the step that is the job itself (the clinical engineer), if the pathway has one
 * @param notForYou why the pathway is not meant for the student, and which fits ("This route is for
 *                  people without a degree, and you have one. The route that fits is ..."): its steps
 *                  ahead then have no years
 */
public record PathwayTimeline(Pathway pathway, StartingPoint from, YearMonth origin, List<TimelineStep> steps,
                              Optional<TimelineStep> registration, Optional<TimelineStep> role,
                              Optional<String> notForYou) {

    public PathwayTimeline {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(origin, "origin");
        steps = List.copyOf(steps);
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(notForYou, "notForYou");
    }

    public PathwayTimeline(Pathway pathway, StartingPoint from, YearMonth origin, List<TimelineStep> steps,
                           Optional<TimelineStep> registration, Optional<TimelineStep> role) {
        this(pathway, from, origin, steps, registration, role, Optional.empty());
    }

    /**
     * The same pathway shown as not for this student: the steps behind them stay done, those ahead
     * have no years, and the timeline says why instead.
     */
    public PathwayTimeline notFor(String why) {
        List<TimelineStep> marked = steps.stream().map(s -> s.status() == TimelineStep.Status.DONE ? s
                : new TimelineStep(s.stepId(), s.title(), TimelineStep.Status.NOT_FOR_YOU, Optional.empty(),
                        Optional.empty(), s.moment())).toList();
        java.util.function.Function<TimelineStep, TimelineStep> same = old -> marked.get(steps.indexOf(old));
        return new PathwayTimeline(pathway, from, origin, marked, registration.map(same), role.map(same), Optional.of(why));
    }

    /** The year of registration; empty when the pathway has none or its year varies. */
    public Optional<Integer> registrationYear() {
        return registration.flatMap(TimelineStep::lastYear);
    }

    /** The year the job starts: when the step before it ends; empty when it varies or there is no such step. */
    public Optional<Integer> roleYear() {
        return role.flatMap(step -> step.moment() ? step.lastYear() : step.start().map(YearMonth::getYear));
    }

    /** Months from the origin to registration; empty when unknown ("varies") or there is none. */
    public Optional<Integer> monthsToRegistration() {
        return registration.flatMap(step -> step.end().map(this::monthsTo));
    }

    /** Months from the origin to starting the job; empty when unknown ("varies") or there is no such step. */
    public Optional<Integer> monthsToRole() {
        return role.flatMap(step -> step.start().map(this::monthsTo));
    }

    private int monthsTo(YearMonth month) {
        return (int) origin.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** The first step ahead whose length is not known, from which the years vary. */
    public Optional<TimelineStep> firstUnknown() {
        return steps.stream().filter(s -> s.status() != TimelineStep.Status.DONE && s.start().isPresent()
                && s.end().isEmpty() && !s.moment()).findFirst();
    }

    /** The earliest and latest month the timeline shows (its steps ahead, known), for a shared scale. */
    public Optional<YearMonth> firstMonth() {
        return steps.stream().filter(s -> s.status() != TimelineStep.Status.DONE).flatMap(s -> s.start().stream())
                .min(YearMonth::compareTo);
    }

    public Optional<YearMonth> lastMonth() {
        return steps.stream().filter(s -> s.status() != TimelineStep.Status.DONE)
                .flatMap(s -> s.end().or(s::start).stream()).max(YearMonth::compareTo);
    }

    /**
     * The text form: one line a step, "2027–2030: Accredited degree"; for a pathway not meant for
     * the student, the steps behind them and why ("→ Not for you: ...").
     */
    public List<String> lines() {
        if (notForYou.isPresent()) {
            List<String> lines = new java.util.ArrayList<>(steps.stream().filter(s -> s.status() == TimelineStep.Status.DONE)
                    .map(TimelineStep::describe).toList());
            lines.add("\u2192 Not for you: " + notForYou.get());
            return lines;
        }
        return steps.stream().map(TimelineStep::describe).toList();
    }
}
