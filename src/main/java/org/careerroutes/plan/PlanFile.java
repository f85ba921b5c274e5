package org.careerroutes.plan;

import com.google.gson.stream.JsonWriter;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code .careerplan} file format, version {@value #FORMAT_VERSION} (docs/plan-format.md):
 * a small JSON object that says whose profile the plan is for and holds what the student chose,
 * marked, wrote and entered. Writing is deterministic, and whatever a {@link MyPlan} can hold is
 * written and read back exactly; reading ({@link PlanReader}) is strict: anything the format does
 * not allow is refused with the line it is on, and nothing is guessed. No I/O.
 */
public final class PlanFile {

    public static final int FORMAT_VERSION = 1;
    /** What the file's {@code "app"} says, so that a person who opens one in an editor knows what made it. */
    public static final String APP = "Career Routes";

    /** The most bytes a character can take in the file: a {@code \\u0001} escape. */
    private static final int WIDEST_CHARACTER = 6;
    /**
     * The largest file any plan within {@link MyPlan}'s limits can make: every limit filled, with
     * the characters that take the most room, and room for the JSON around them. Derived from the
     * model's limits, so that whatever the model holds can always be read back; a larger file is
     * not a plan and is not read. About 14 MB; a real plan is a few KB.
     */
    public static final int MAX_BYTES = WIDEST_CHARACTER * (MyPlan.MAX_NOTE + 3 * MyPlan.MAX_ID
            + MyPlan.MAX_ENTRIES * (MyPlan.MAX_STEP_NOTE + MyPlan.MAX_ID + 16)
            + MyPlan.MAX_ENTRIES * (MyPlan.MAX_ID + 32)
            + MyPlan.MAX_QUALIFICATIONS * 256) + 4096;

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
     * A plan read from a file, and what of it was cut to fit the plan's limits: a file an
     * earlier version wrote may hold a note longer than a note may now be, or more
     * qualifications. Each is said, in words, so that the file can be kept aside whole.
     *
     * @param plan      the plan, within every limit
     * @param shortened what was cut, one phrase each, e.g. "the note on step “a-levels” (2,500
     *                  characters; the first 2,000 are kept)"; empty when nothing was
     */
    public record Read(MyPlan plan, List<String> shortened) {
        public Read {
            Objects.requireNonNull(plan, "plan");
            shortened = List.copyOf(shortened);
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

    public static String write(MyPlan plan) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("app").value(APP);
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
            json.name("qualifications").beginArray();
            for (StudentQualification q : plan.qualifications()) {
                json.beginObject();
                json.name("type").value(typeKey(q.type()));
                json.name("subject").value(q.subject());
                json.name("grade").value(q.gradeText());
                json.name("predicted").value(q.predicted());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text + "\n";
    }

    // ----- reading

    /**
     * Reads a plan; throws with the line and what is wrong when the text is not a plan this
     * version reads. A note, or a list, longer than a plan may now hold is cut to fit and said.
     */
    public static Read read(String text) throws BadPlan {
        return PlanReader.read(text);
    }
}
