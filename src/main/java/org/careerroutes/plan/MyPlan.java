package org.careerroutes.plan;

import org.careerroutes.eligibility.StudentQualification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's plan for one profile: the pathway they favour, their marks and notes on route-map
 * steps, a note for the whole plan, and the qualifications they entered in "Am I on track?".
 * Immutable; every change makes a new plan. Holds nothing of the screen.
 *
 * @param profile        the id of the profile the plan is for
 * @param pathway        the id of the favourite pathway, if one is chosen
 * @param marks          step id to mark, in the order they were made
 * @param stepNotes      step id to the student's note on it (never blank)
 * @param note           the note for the whole plan ("" for none)
 * @param qualifications what the student entered in "Am I on track?"
 */
public record MyPlan(String profile, Optional<String> pathway, Map<String, StepMark> marks,
                     Map<String, String> stepNotes, String note, List<StudentQualification> qualifications) {

    public MyPlan {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(pathway, "pathway");
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        stepNotes = Collections.unmodifiableMap(new LinkedHashMap<>(stepNotes));
        Objects.requireNonNull(note, "note");
        qualifications = List.copyOf(qualifications);
    }

    /** A plan with nothing in it yet. */
    public static MyPlan empty(String profile) {
        return new MyPlan(profile, Optional.empty(), Map.of(), Map.of(), "", List.of());
    }

    /** True when the student has chosen, marked, written or entered nothing. */
    public boolean isEmpty() {
        return pathway.isEmpty() && marks.isEmpty() && stepNotes.isEmpty() && note.isBlank() && qualifications.isEmpty();
    }

    public Optional<StepMark> mark(String step) {
        return Optional.ofNullable(marks.get(step));
    }

    public Optional<String> stepNote(String step) {
        return Optional.ofNullable(stepNotes.get(step));
    }

    public MyPlan withPathway(Optional<String> chosen) {
        return new MyPlan(profile, chosen, marks, stepNotes, note, qualifications);
    }

    /** The plan with a step's mark set, or cleared when {@code mark} is empty. */
    public MyPlan withMark(String step, Optional<StepMark> mark) {
        Map<String, StepMark> changed = new LinkedHashMap<>(marks);
        mark.ifPresentOrElse(m -> changed.put(step, m), () -> changed.remove(step));
        return new MyPlan(profile, pathway, changed, stepNotes, note, qualifications);
    }

    /** The plan with a step's note set, or removed when the text is blank. */
    public MyPlan withStepNote(String step, String text) {
        Map<String, String> changed = new LinkedHashMap<>(stepNotes);
        if (text == null || text.isBlank()) {
            changed.remove(step);
        } else {
            changed.put(step, text);
        }
        return new MyPlan(profile, pathway, marks, changed, note, qualifications);
    }

    public MyPlan withNote(String text) {
        return new MyPlan(profile, pathway, marks, stepNotes, text == null ? "" : text, qualifications);
    }

    public MyPlan withQualifications(List<StudentQualification> entered) {
        return new MyPlan(profile, pathway, marks, stepNotes, note, entered);
    }
}
