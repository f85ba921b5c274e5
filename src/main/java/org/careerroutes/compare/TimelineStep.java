package org.careerroutes.compare;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a pathway on the timeline, placed in calendar months: from the September it starts
 * to the month after it ends. A step whose length is not known has a start and no end; a step
 * after it has neither, and its years "vary".
 *
 * @param start   the first month of the step, where known
 * @param end     the month after its last (so a 3-year course from September 2027 ends at
 *                September 2030, and covers 2027 to 2030), where known
 * @param moment  a registration or the job itself, reached when the step before ends: it takes no
 *                time on the timeline
 */
public record TimelineStep(String stepId, String title, Status status, Optional<YearMonth> start,
                           Optional<YearMonth> end, boolean moment) {

    /** Where the step stands for the student. */
    public enum Status {
        /** Behind them (GCSEs, for a student in Year 12). */
        DONE,
        /** The one they are in now. */
        NOW,
        /** Ahead, with its years known. */
        AHEAD,
        /** Ahead, its length or its start not known: its years vary. */
        VARIES,
        /** On a route not meant for the student (the PTP, for a graduate): no years are given. */
        NOT_FOR_YOU
    }

    public TimelineStep {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The calendar year a moment is reached, or a step's last month falls in. */
    public Optional<Integer> lastYear() {
        if (moment) {
            return start.map(s -> s.minusMonths(1).getYear());
        }
        return end.map(e -> e.minusMonths(1).getYear());
    }

    /**
     * The calendar years it covers, as shown: "2027–2030", "2028", "2031 onwards, length varies",
     * "varies", or nothing for a step that is done.
     */
    public String years() {
        if (status == Status.DONE || status == Status.NOT_FOR_YOU) {
            return "";
        }
        if (start.isEmpty()) {
            return "varies";
        }
        if (moment) {
            return String.valueOf(lastYear().orElseThrow());
        }
        if (end.isEmpty()) {
            return start.get().getYear() + " onwards, length varies";
        }
        int first = start.get().getYear();
        int last = lastYear().orElseThrow();
        return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }

    /**
     * The step as one line of the timeline's text form: "2027–2030: Accredited degree",
     * "✓ done: GCSEs", "2026–2028: A levels (you are here)", "varies: Chartered engineer status".
     */
    public String describe() {
        return switch (status) {
            case DONE -> "\u2713 done: " + title;
            case NOW -> years() + ": " + title + " (you are here)";
            case NOT_FOR_YOU -> "not for you: " + title;
            default -> years() + ": " + title;
        };
    }
}
