package org.careerroutes.plan;

import com.google.gson.stream.JsonWriter;
import org.careerroutes.eligibility.QualificationType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code .careerplan} file format, version {@value #FORMAT_VERSION} (docs/plan-format.md): a
 * small JSON object that may hold a job's plan (its {@code "profile"}, pathway, marks, step notes
 * and note) and the student's record ({@code "me"}: qualifications, skills, encounters,
 * shortlist). The plans kept for a user are one file for the record ({@link #writeRecord}) and one
 * per job ({@link #writeJob}); a file the student saves holds both ({@link #write}). Writing is
 * deterministic, and whatever a {@link MyPlan} and its {@link StudentRecord} can hold is written
 * and read back exactly; reading ({@link PlanReader}) is strict: anything the format does not
 * allow is refused with the line it is on, and nothing is guessed. Version 1 files (a job's plan
 * with the qualifications in it) are still read. No I/O.
 */
public final class PlanFile {

    public static final int FORMAT_VERSION = 2;
    /** The first version: one job's plan, with the qualifications entered in it. Still read. */
    public static final int FIRST_VERSION = 1;
    /** What the file's {@code "app"} says, so that a person who opens one in an editor knows what made it. */
    public static final String APP = "Career Routes";

    /** The most bytes a character can take in the file: a {@code \\u0001} escape. */
    private static final int WIDEST_CHARACTER = 6;
    /**
     * The largest job's part any plan within {@link MyPlan}'s limits can make: every limit filled,
     * with the characters that take the most room, and room for the JSON around them. Derived from
     * the model's limits, so that whatever the model holds can always be read back; a larger file
     * is not a job's plan and is not read. About 15 MB; a real one is a few KB.
     */
    public static final int MAX_JOB_BYTES = WIDEST_CHARACTER * (MyPlan.MAX_NOTE + 3 * MyPlan.MAX_ID
            + MyPlan.MAX_ENTRIES * (MyPlan.MAX_STEP_NOTE + MyPlan.MAX_ID + 16)
            + MyPlan.MAX_ENTRIES * (MyPlan.MAX_ID + 32)) + 4096;
    /** The largest record any {@link StudentRecord} within its limits can make, as for a job. About 11 MB. */
    public static final int MAX_RECORD_BYTES = WIDEST_CHARACTER * (StudentRecord.MAX_QUALIFICATIONS * 256
            + StudentRecord.MAX_SKILLS * (StudentRecord.MAX_SKILL_NAME + StudentRecord.MAX_SHOWN_WHEN + 64)
            + StudentRecord.MAX_ENCOUNTERS * (MyPlan.MAX_ID + StudentRecord.MAX_WHO_OR_WHERE + StudentRecord.MAX_TITLE
            + 3 * StudentRecord.MAX_REFLECTION + 208)
            + StudentRecord.MAX_SHORTLIST * (MyPlan.MAX_ID + StudentRecord.MAX_TITLE + 64)) + 4096;
    /** The largest file of both, as Save plan as… writes: a job's part and the record. */
    public static final int MAX_BYTES = MAX_JOB_BYTES + MAX_RECORD_BYTES;

    static final Map<QualificationType, String> TYPE_KEYS = Map.of(
            QualificationType.GCSE, "gcse",
            QualificationType.A_LEVEL, "a-level",
            QualificationType.OTHER_LEVEL_3, "level-3",
            QualificationType.FOUNDATION_DEGREE, "foundation-degree",
            QualificationType.HND, "hnd",
            QualificationType.DEGREE, "degree",
            QualificationType.HIGHER_DEGREE, "higher-degree",
            QualificationType.EXPERIENCE, "experience");

    /**
     * What a file held, and what of it was cut to fit the limits: a file an earlier version wrote
     * may hold a note longer than a note may now be, or more qualifications. Each is said, in
     * words, so that the file can be kept aside whole.
     *
     * @param formatVersion the file's format version: {@value #FIRST_VERSION} or {@value #FORMAT_VERSION}
     * @param job           the job's part, with an empty record, if the file has one (a version 1 file always does)
     * @param student       the student's record, if the file has one; for a version 1 file, its
     *                      qualifications alone, and only when it has some
     * @param shortened     what was cut, one phrase each, e.g. "the note on step “a-levels” (2,500
     *                      characters; the first 2,000 are kept)"; empty when nothing was
     */
    public record Read(int formatVersion, Optional<MyPlan> job, Optional<StudentRecord> student, List<String> shortened) {
        public Read {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(student, "student");
            shortened = List.copyOf(shortened);
        }

        /** The job's plan with the record beside it (an empty one if the file has none). */
        public MyPlan plan() {
            return job.orElseThrow(() -> new IllegalStateException("the file holds no job's plan"))
                    .withStudent(student.orElse(StudentRecord.EMPTY));
        }

        /**
         * The record a student has once this file is opened over {@code current}: the file's record,
         * where it has one. A version 1 file knew only qualifications, so it replaces only those,
         * and only when it has some.
         */
        public StudentRecord recordOver(StudentRecord current) {
            if (student.isEmpty()) {
                return current;
            }
            return formatVersion == FIRST_VERSION ? current.withQualifications(student.get().qualifications())
                    : student.get();
        }
    }

    /**
     * Why a file is not a plan this version can read.
     *
     * @param line  the line it is on (1 for a problem with the whole file)
     * @param newer the file was written by a later version of the format
     */
    public static final class BadPlan extends Exception {
        private final int line;
        private final boolean newer;

        BadPlan(int line, String message, boolean newer) {
            super(message);
            this.line = line;
            this.newer = newer;
        }

        BadPlan(int line, String message) {
            this(line, message, false);
        }

        public int line() {
            return line;
        }

        public boolean newer() {
            return newer;
        }

        /** {@code file:line: what is wrong}, as every problem with a file is written in this app. */
        public String describe(Object file) {
            return file + ":" + line + ": " + getMessage();
        }
    }

    private PlanFile() {
    }

    /** The key a qualification's kind is written with, e.g. "a-level". */
    public static String typeKey(QualificationType type) {
        return TYPE_KEYS.get(type);
    }

    // ----- writing

    /** A file of both: the job's part and the student's record, as Save plan as… writes. */
    public static String write(MyPlan plan) {
        return write(Optional.of(plan), Optional.of(plan.student()));
    }

    /** The job's part alone, as it is kept for a user in the job's own file. */
    public static String writeJob(MyPlan plan) {
        return write(Optional.of(plan), Optional.empty());
    }

    /** The student's record alone, as it is kept for a user in its own file. */
    public static String writeRecord(StudentRecord record) {
        return write(Optional.empty(), Optional.of(record));
    }

    private static String write(Optional<MyPlan> job, Optional<StudentRecord> record) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("app").value(APP);
            if (job.isPresent()) {
                writeJob(json, job.get());
            }
            if (record.isPresent()) {
                json.name("me");
                RecordWriter.write(json, record.get());
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text + "\n";
    }

    private static void writeJob(JsonWriter json, MyPlan plan) throws IOException {
        json.name("profile").value(plan.profile());
        json.name("pathway");
        if (plan.pathway().isPresent()) {
            json.value(plan.pathway().get());
        } else {
            json.nullValue();
        }
        json.name("marks").beginObject();
        for (Map.Entry<String, StepMark> mark : plan.marks().entrySet()) {
            json.name(mark.getKey()).value(mark.getValue().key());
        }
        json.endObject();
        json.name("stepNotes").beginObject();
        for (Map.Entry<String, String> note : plan.stepNotes().entrySet()) {
            json.name(note.getKey()).value(note.getValue());
        }
        json.endObject();
        json.name("note").value(plan.note());
    }

    // ----- reading

    /**
     * Reads a plan file of either version; throws with the line and what is wrong when the text
     * is not one this version reads. A note, or a list, longer than a plan may now hold is cut to
     * fit and said.
     */
    public static Read read(String text) throws BadPlan {
        return PlanReader.read(text);
    }
}
