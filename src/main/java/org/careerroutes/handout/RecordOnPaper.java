package org.careerroutes.handout;

import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.JobSkills;
import org.careerroutes.plan.SkillRating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The student's record on the handout, as lines for its pages: "My skills" (the job's skills the
 * student rated or wrote about, and those not rated yet) and "My careers encounters" (the newest
 * first). The skills always fit: a job lists a handful. The encounters may not (a record holds
 * {@value org.careerroutes.plan.StudentRecord#MAX_ENCOUNTERS}, each with three answers of a
 * paragraph), so the PDF asks for them spread as far as two pages allow ({@link Spread}): the
 * newest in full, those before them by month and kind one line each, and, when even those lines do
 * not fit, the earliest counted; a line under the heading says so, and where all of them are.
 * Pure: no PDF, no JavaFX.
 */
final class RecordOnPaper {

    /** What kind of text a line is, which the PDF sets in a style of its own. */
    enum Kind {
        /** A section's heading. */
        HEADING,
        /** A line that leads a section, set as body text. */
        LEAD,
        /** An encounter's first line. */
        BOLD,
        /** A line under a bold one, set in from the margin. */
        DETAIL,
        /** Small print: what was shortened. */
        SMALL
    }

    record Line(String text, Kind kind) {
        Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * How the encounters are spread over the pages: the newest {@code inFull} with their answers,
     * the {@code listed} before them one line each, any earlier ones counted.
     */
    record Spread(int inFull, int listed) {

        /** Every one of {@code count} encounters in full. */
        static Spread all(int count) {
            return new Spread(count, 0);
        }

        /**
         * The spread {@code step} steps shorter than all in full, of {@code count} encounters: up
         * to {@code count} steps, one fewer in full and one more listed each time; then one fewer
         * listed each time, to none at step {@code 2 × count}.
         */
        static Spread shortened(int count, int step) {
            int at = Math.max(0, Math.min(step, 2 * count));
            return at <= count ? new Spread(count - at, at) : new Spread(0, 2 * count - at);
        }
    }

    private RecordOnPaper() {
    }

    /** "My skills", when the student has rated or written about any of the job's skills; nothing otherwise. */
    static List<Line> skills(Handout handout) {
        JobSkills skills = handout.skills();
        if (skills.nothingSaid()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("My skills", Kind.HEADING));
        lines.add(new Line("How I am doing with the skills this job needs: " + skills.summary() + ".", Kind.LEAD));
        List<String> notRated = new ArrayList<>();
        for (JobSkills.Skill skill : skills.skills()) {
            if (skill.reflection().isEmpty()) {
                notRated.add(skill.name());
                continue;
            }
            lines.add(new Line(skill.name() + ": " + skill.rating().map(SkillRating::word).orElse("not rated")
                    + (skill.shownWhen().isEmpty() ? "" : ". When I showed it: " + skill.shownWhen()), Kind.DETAIL));
        }
        if (!notRated.isEmpty()) {
            lines.add(new Line("Not rated yet: " + String.join(", ", notRated) + ".", Kind.DETAIL));
        }
        return lines;
    }

    /** "My careers encounters", spread as asked; nothing when there are none. */
    static List<Line> encounters(Handout handout, Spread spread) {
        List<Encounter> all = handout.encounters();
        if (all.isEmpty()) {
            return List.of();
        }
        int inFull = Math.min(spread.inFull(), all.size());
        int listed = Math.min(spread.listed(), all.size() - inFull);
        int counted = all.size() - inFull - listed;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("My careers encounters", Kind.HEADING));
        if (inFull < all.size()) {
            lines.add(new Line(shortenedSaid(all.size(), inFull, listed, counted), Kind.SMALL));
        }
        for (Encounter encounter : all.subList(0, inFull)) {
            lines.add(new Line(heading(encounter), Kind.BOLD));
            if (!encounter.job().isBlank() && !encounter.job().equals(handout.title())) {
                lines.add(new Line("Thinking about: " + encounter.job(), Kind.DETAIL));
            }
            answer(lines, "What did I learn?", encounter.learned());
            answer(lines, "Did it change what I think about this job?", encounter.changedMyView());
            answer(lines, "What will I do next?", encounter.nextStep());
        }
        for (Encounter encounter : all.subList(inFull, inFull + listed)) {
            lines.add(new Line("\u2022 " + heading(encounter), Kind.DETAIL));
        }
        if (counted > 0) {
            lines.add(new Line((listed + inFull == 0 ? "" : "And ") + counted + (counted == 1 ? " earlier encounter."
                    : " earlier encounters."), Kind.DETAIL));
        }
        return lines;
    }

    /** "March 2026 · Careers fair · NEC Birmingham". */
    private static String heading(Encounter encounter) {
        return encounter.when() + " \u00b7 " + encounter.kind().label()
                + (encounter.whoOrWhere().isBlank() ? "" : " \u00b7 " + encounter.whoOrWhere().strip());
    }

    private static void answer(List<Line> lines, String question, String answer) {
        if (!answer.isBlank()) {
            lines.add(new Line(question + " " + answer.strip(), Kind.DETAIL));
        }
    }

    /** What was shortened so that the plan fits two pages, and where every encounter is. */
    private static String shortenedSaid(int all, int inFull, int listed, int counted) {
        List<String> parts = new ArrayList<>();
        if (inFull > 0) {
            parts.add(newest(inFull) + " given in full");
        }
        if (listed > 0) {
            parts.add((inFull == 0 ? newest(listed) : listed == 1 ? "the one before is" : "the " + listed + " before are")
                    + " listed by month and kind");
        }
        if (counted > 0) {
            parts.add(inFull + listed == 0 ? "all " + all + " are counted"
                    : counted + (counted == 1 ? " earlier one is" : " earlier ones are") + " counted");
        }
        return "So that the plan fits two pages, " + String.join(", ", parts) + ". All " + all + ", in full, are on My "
                + "plan in Career Routes, and Save encounters as CSV\u2026 gives them as a spreadsheet.";
    }

    /** "the newest is", "the newest 3 are". */
    private static String newest(int count) {
        return count == 1 ? "the newest is" : "the newest " + count + " are";
    }
}
