package org.careerroutes.plan;

import org.careerroutes.eligibility.StudentQualification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A student's plan for one profile: the pathway they favour, their marks and notes on route-map
 * steps and a note for the whole plan (the job's part, kept per job), with the student's own
 * record beside it ({@link StudentRecord}: their qualifications, skills, encounters and
 * shortlist, one for every job). My plan, the handout and the code read both from this one
 * value. Immutable; every change makes a new plan. Holds nothing of the screen.
 *
 * <p>Its limits live here and nowhere else: a plan over one cannot be made, so whatever a plan
 * holds can be written and read back exactly ({@link PlanFile}), and the boxes a student types in
 * show the same limits. Notes are counted in characters as a person counts them (an emoji is
 * one), and may hold any text but half a character (a lone surrogate), which no file could keep.
 *
 * @param profile        the id of the profile the plan is for
 * @param pathway        the id of the favourite pathway, if one is chosen
 * @param marks          step id to mark, in the order they were made
 * @param stepNotes      step id to the student's note on it (never blank)
 * @param note           the note for the whole plan ("" for none)
 * @param student        the student's record, the same for every job
 */
public record MyPlan(String profile, Optional<String> pathway, Map<String, StepMark> marks,
                     Map<String, String> stepNotes, String note, StudentRecord student) {

    /** A note on the whole plan may be this long, in characters: far more than a page of writing. */
    public static final int MAX_NOTE = 10_000;
    /** A note on one step may be this long, in characters: about half a page. */
    public static final int MAX_STEP_NOTE = 2_000;
    /** The most marks, and the most step notes, a plan holds: more than any route map has steps. */
    public static final int MAX_ENTRIES = 1_000;
    /** An id (of the profile, a pathway or a step) is at most this long, in characters. */
    public static final int MAX_ID = 200;

    public MyPlan {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(pathway, "pathway");
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        stepNotes = Collections.unmodifiableMap(new LinkedHashMap<>(stepNotes));
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(student, "student");
        requireId(profile, "the profile");
        pathway.ifPresent(id -> requireId(id, "the pathway"));
        if (marks.size() > MAX_ENTRIES || stepNotes.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a plan holds at most " + MAX_ENTRIES + " marks and " + MAX_ENTRIES
                    + " step notes");
        }
        marks.forEach((step, mark) -> {
            requireId(step, "a marked step");
            Objects.requireNonNull(mark, "mark");
        });
        stepNotes.forEach((step, text) -> {
            requireId(step, "a noted step");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a step note is never blank (a blank note is no note)");
            }
            requireText(text, MAX_STEP_NOTE, "a step note");
        });
        requireText(note, MAX_NOTE, "the plan's note");
    }

    /** Characters as a person counts them: a character outside the first 65,536 (an emoji) counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether a text is one a plan can hold as a note of at most {@code most} characters. */
    public static boolean fits(String text, int most) {
        return length(text) <= most && firstHalfCharacter(text) < 0;
    }

    /** The first {@code most} characters of a text, never ending in half a character. */
    public static String cut(String text, int most) {
        if (length(text) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most));
    }

    /** Where the text has half a character (a lone surrogate), or -1. */
    public static int firstHalfCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a text is an id a plan can hold: not blank, not too long, no control characters or half characters. */
    public static boolean isId(String id) {
        return !id.isBlank() && length(id) <= MAX_ID && id.chars().noneMatch(Character::isISOControl)
                && firstHalfCharacter(id) < 0;
    }

    static void requireId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!isId(id)) {
            throw new IllegalArgumentException(what + " is not an id a plan can hold");
        }
    }

    static void requireText(String text, int most, String what) {
        if (length(text) > most) {
            throw new IllegalArgumentException(what + " is longer than " + most + " characters");
        }
        if (firstHalfCharacter(text) >= 0) {
            throw new IllegalArgumentException(what + " holds half a character (a lone surrogate)");
        }
    }

    /** A plan with nothing in it yet, and an empty record. */
    public static MyPlan empty(String profile) {
        return new MyPlan(profile, Optional.empty(), Map.of(), Map.of(), "", StudentRecord.EMPTY);
    }

    /** True when the student has chosen, marked, written, entered or recorded nothing, here or in their record. */
    public boolean isEmpty() {
        return isJobEmpty() && student.isEmpty();
    }

    /** True when the job's part is empty: no pathway, marks or notes (whatever the record holds). */
    public boolean isJobEmpty() {
        return pathway.isEmpty() && marks.isEmpty() && stepNotes.isEmpty() && note.isBlank();
    }

    /** The job's part alone, with an empty record: what is kept in the job's own file. */
    public MyPlan jobOnly() {
        return withStudent(StudentRecord.EMPTY);
    }

    /** What the student entered in "Am I on track?": their record's qualifications, the same for every job. */
    public List<StudentQualification> qualifications() {
        return student.qualifications();
    }

    public Optional<StepMark> mark(String step) {
        return Optional.ofNullable(marks.get(step));
    }

    public Optional<String> stepNote(String step) {
        return Optional.ofNullable(stepNotes.get(step));
    }

    public MyPlan withPathway(Optional<String> chosen) {
        return new MyPlan(profile, chosen, marks, stepNotes, note, student);
    }

    /** The plan with a step's mark set, or cleared when {@code mark} is empty. */
    public MyPlan withMark(String step, Optional<StepMark> mark) {
        Map<String, StepMark> changed = new LinkedHashMap<>(marks);
        mark.ifPresentOrElse(m -> changed.put(step, m), () -> changed.remove(step));
        return new MyPlan(profile, pathway, changed, stepNotes, note, student);
    }

    /** The plan with a step's note set, or removed when the text is blank. */
    public MyPlan withStepNote(String step, String text) {
        Map<String, String> changed = new LinkedHashMap<>(stepNotes);
        if (text == null || text.isBlank()) {
            changed.remove(step);
        } else {
            changed.put(step, text);
        }
        return new MyPlan(profile, pathway, marks, changed, note, student);
    }

    public MyPlan withNote(String text) {
        return new MyPlan(profile, pathway, marks, stepNotes, text == null ? "" : text, student);
    }

    /** The plan with another record beside it (the window's one record, as it now is). */
    public MyPlan withStudent(StudentRecord record) {
        return new MyPlan(profile, pathway, marks, stepNotes, note, record);
    }

    /** The plan with the record's qualifications replaced. */
    public MyPlan withQualifications(List<StudentQualification> entered) {
        return withStudent(student.withQualifications(entered));
    }

    /**
     * This plan with the changes that turned {@code before} into {@code after} made to it as
     * well: what a student did to an empty plan while this one, their saved plan, was still
     * being read. Their choices win; a note they wrote is added after the saved note (a blank
     * line between), so that neither is lost, as far as a note can hold both. The record's
     * changes are replayed as {@link StudentRecord#replay} does.
     */
    public MyPlan replay(MyPlan before, MyPlan after) {
        MyPlan result = this;
        if (!after.pathway.equals(before.pathway)) {
            result = result.withPathway(after.pathway);
        }
        Set<String> marked = new LinkedHashSet<>(before.marks.keySet());
        marked.addAll(after.marks.keySet());
        for (String step : marked) {
            Optional<StepMark> now = after.mark(step);
            if (!now.equals(before.mark(step)) && (result.marks.containsKey(step) || result.marks.size() < MAX_ENTRIES)) {
                result = result.withMark(step, now);
            }
        }
        Set<String> noted = new LinkedHashSet<>(before.stepNotes.keySet());
        noted.addAll(after.stepNotes.keySet());
        for (String step : noted) {
            String was = before.stepNotes.getOrDefault(step, "");
            String now = after.stepNotes.getOrDefault(step, "");
            if (!now.equals(was) && (result.stepNotes.containsKey(step) || result.stepNotes.size() < MAX_ENTRIES)) {
                result = result.withStepNote(step, joined(stepNotes.getOrDefault(step, ""), was, now, MAX_STEP_NOTE));
            }
        }
        if (!after.note.equals(before.note)) {
            result = result.withNote(joined(note, before.note, after.note, MAX_NOTE));
        }
        if (!after.student.equals(before.student)) {
            result = result.withStudent(student.replay(before.student, after.student));
        }
        return result;
    }

    /** A note the student changed from {@code was} to {@code now} while {@code saved} was being read. */
    private static String joined(String saved, String was, String now, int most) {
        if (saved.isBlank() || saved.equals(was)) {
            return now;
        }
        if (now.isBlank()) {
            return saved;   // a note they never saw is not taken away
        }
        // Both: the saved note, then theirs. Only a saved note at its limit leaves no room for all of theirs.
        return cut(saved + "\n\n" + now, most);
    }
}
