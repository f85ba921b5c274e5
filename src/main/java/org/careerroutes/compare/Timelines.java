package org.careerroutes.compare;

import org.careerroutes.model.MapNode;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.StepDuration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays a pathway out in calendar years for a student, from where they stand. Pure: no screen.
 *
 * <p>Steps behind the student are done. The school step they are in (GCSEs, A levels) began in
 * the September it would have for their school year and ends when their school years for it do
 * (GCSEs with Year 11, A levels with Year 13). The others follow one another, each starting when the one before
 * ends, from when the student's next step starts ({@link StartRule}). A registration, or the job itself, takes no time: it is
 * reached when the step before it ends. A step whose length the content does not give makes
 * everything after it "vary": its start is known, its end is not, and nothing after has a year.
 * See docs/decisions/0017-timeline-years.md.
 */
public final class Timelines {

    private Timelines() {
    }

    /** The pathway for a student at {@code from} on {@code today}, in the school year holding it. */
    public static PathwayTimeline of(RouteMap map, Pathway pathway, StartingPoint from, LocalDate today) {
        return of(map, pathway, from, SchoolYear.startingYear(today), today);
    }

    /**
     * The pathway for a student at {@code from} in the school year starting in September of
     * {@code schoolYear}, planning on {@code today} (which, for a student who has finished, says
     * when their next step can start: {@link StartRule}).
     */
    public static PathwayTimeline of(RouteMap map, Pathway pathway, StartingPoint from, int schoolYear, LocalDate today) {
        YearMonth thisYear = SchoolYear.start(schoolYear);
        YearMonth free = StartRule.nextStart(from, schoolYear, today);
        YearMonth origin = StartRule.origin(from, schoolYear, today);
        Optional<YearMonth> cursor = Optional.of(free);
        List<TimelineStep> steps = new ArrayList<>();
        Optional<TimelineStep> registration = Optional.empty();
        Optional<TimelineStep> role = Optional.empty();
        for (String id : pathway.steps()) {
            MapNode node = map.node(id).orElseThrow(() -> new IllegalArgumentException("no step " + id));
            Optional<Integer> months = node.duration().map(StepDuration::months);
            boolean moment = months.isEmpty() && isMoment(node.kind());
            TimelineStep step;
            if (from.isDone(id)) {
                step = new TimelineStep(id, node.title(), TimelineStep.Status.DONE, Optional.empty(), Optional.empty(), moment);
            } else if (from.inProgress().filter(id::equals).isPresent()) {
                // The school step a student is in ends with its school years (GCSEs with Year 11,
                // A levels with Year 13), whatever length the content gives it, or none.
                YearMonth start = thisYear.minusMonths(from.monthsIn());
                YearMonth ends = SchoolYear.start(schoolYear + from.freeAfterYears());
                step = new TimelineStep(id, node.title(), TimelineStep.Status.NOW, Optional.of(start), Optional.of(ends), false);
                cursor = Optional.of(free);
            } else if (moment) {
                step = new TimelineStep(id, node.title(), cursor.isPresent() ? TimelineStep.Status.AHEAD
                        : TimelineStep.Status.VARIES, cursor, cursor, true);
            } else {
                Optional<YearMonth> start = cursor;
                Optional<YearMonth> end = start.flatMap(s -> months.map(s::plusMonths));
                step = new TimelineStep(id, node.title(), end.isPresent() ? TimelineStep.Status.AHEAD
                        : TimelineStep.Status.VARIES, start, end, false);
                cursor = end;
            }
            steps.add(step);
            if (node.kind() == NodeKind.REGISTRATION && registration.isEmpty()) {
                registration = Optional.of(step);
            }
            if (node.kind() == NodeKind.GOAL && role.isEmpty()) {
                role = Optional.of(step);
            }
        }
        return new PathwayTimeline(pathway, from, origin, steps, registration, role);
    }

    /** A registration or the job: a point in time, not a span, when the content gives no length. */
    private static boolean isMoment(NodeKind kind) {
        return kind == NodeKind.REGISTRATION || kind == NodeKind.GOAL || kind == NodeKind.ROLE;
    }
}
