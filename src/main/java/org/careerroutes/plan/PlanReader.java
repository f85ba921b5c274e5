package org.careerroutes.plan;

import org.careerroutes.content.JsonDocument;
import org.careerroutes.content.JsonNode;
import org.careerroutes.eligibility.StudentQualification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code .careerplan} file's text with the project's positioned JSON tree
 * ({@link JsonDocument}): every value knows its line, numbers stay as written (a
 * {@code formatVersion} of {@code 2e999999999} is a damaged file, named, never a number worked
 * out), and the reading is linear in the file's length. Reads both versions: version 1 (one job's
 * plan with its qualifications) and version 2 (a job's part, the student's record in {@code "me"},
 * or both; the record is read by {@link RecordReader}). Strict about the format; what an earlier
 * version wrote beyond today's limits (a longer note) is cut to fit and said, never refused, so
 * that the plan is not lost. No I/O.
 */
final class PlanReader {

    /** The fields of a version 1 file. */
    private static final List<String> FIELDS_V1 = List.of("formatVersion", "app", "profile", "pathway", "marks",
            "stepNotes", "note", "qualifications");
    private static final List<String> FIELDS = List.of("formatVersion", "app", "profile", "pathway", "marks",
            "stepNotes", "note", "me");
    /** What only a job's part has, beside its "profile". */
    private static final List<String> JOB_FIELDS = List.of("pathway", "marks", "stepNotes", "note");
    /** A format version as the format writes it: a small whole number. */
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    /** What was cut to fit, said in words; filled in by this reader and its {@link RecordReader}. */
    final List<String> shortened = new ArrayList<>();

    private PlanReader() {
    }

    static PlanFile.Read read(String text) throws PlanFile.BadPlan {
        if (text.isBlank() || text.equals("\uFEFF")) {
            throw new PlanFile.BadPlan(1, "the file is empty");
        }
        JsonNode root;
        try {
            root = JsonDocument.parse(text, "plan", true);
        } catch (JsonDocument.Unreadable e) {
            String words = e.getMessage();
            if (e.kind() != JsonDocument.Kind.SYNTAX) {
                throw new PlanFile.BadPlan(e.line(), words);
            }
            throw new PlanFile.BadPlan(e.line(), words.contains("ends too early")
                    ? "the file ends too early (it may have been cut off while it was written)"
                    : "this is not JSON as a plan file writes it: " + words);
        }
        return new PlanReader().file(root);
    }

    private PlanFile.Read file(JsonNode root) throws PlanFile.BadPlan {
        if (!(root instanceof JsonNode.Obj object)) {
            throw new PlanFile.BadPlan(root.line(), "a plan file is one JSON object { ... }, not " + kind(root));
        }
        Map<String, JsonNode.Member> fields = object.members();
        JsonNode.Member version = fields.get("formatVersion");
        if (version == null) {
            throw new PlanFile.BadPlan(root.line(), "\"formatVersion\" is missing, so this is not a plan file");
        }
        if (!(version.value() instanceof JsonNode.Number number) || !VERSION.matcher(number.literal()).matches()) {
            throw new PlanFile.BadPlan(version.line(), "\"formatVersion\" must be a whole number such as "
                    + PlanFile.FORMAT_VERSION + ", not " + kind(version.value()));
        }
        int formatVersion = Integer.parseInt(number.literal());
        if (formatVersion > PlanFile.FORMAT_VERSION) {
            throw new PlanFile.BadPlan(version.line(), "this plan was saved by a newer version of Career Routes (format "
                    + "version " + formatVersion + "); this version reads format versions up to " + PlanFile.FORMAT_VERSION
                    + ", so update Career Routes to open it", true);
        }
        List<String> known = formatVersion == PlanFile.FIRST_VERSION ? FIELDS_V1 : FIELDS;
        for (JsonNode.Member field : fields.values()) {
            if (!known.contains(field.name())) {
                throw new PlanFile.BadPlan(field.line(), "unknown field " + quote(shorten(field.name()))
                        + " (a plan of format version " + formatVersion + " has " + String.join(", ", known) + ")");
            }
        }
        RecordReader records = new RecordReader(this);
        if (formatVersion == PlanFile.FIRST_VERSION) {
            MyPlan job = job(fields, required(fields, "profile", root));
            List<StudentQualification> entered = records.qualifications(fields.get("qualifications"));
            return new PlanFile.Read(formatVersion, Optional.of(job), entered.isEmpty() ? Optional.empty()
                    : Optional.of(StudentRecord.EMPTY.withQualifications(entered)), shortened);
        }
        JsonNode.Member profile = fields.get("profile");
        JsonNode.Member me = fields.get("me");
        if (profile == null) {
            for (String name : JOB_FIELDS) {
                if (fields.containsKey(name)) {
                    throw new PlanFile.BadPlan(fields.get(name).line(), quote(name) + " belongs to a job's plan, and this "
                            + "file names no job (\"profile\" is missing)");
                }
            }
            if (me == null) {
                throw new PlanFile.BadPlan(root.line(), "this file holds neither a job's plan (\"profile\") nor your "
                        + "record (\"me\"), so it is not a plan file");
            }
        }
        Optional<MyPlan> job = profile == null ? Optional.empty() : Optional.of(job(fields, profile.value()));
        Optional<StudentRecord> student = me == null ? Optional.empty() : Optional.of(records.record(me.value()));
        return new PlanFile.Read(formatVersion, job, student, shortened);
    }

    /** A job's part (with an empty record), in either version. */
    private MyPlan job(Map<String, JsonNode.Member> fields, JsonNode profileValue) throws PlanFile.BadPlan {
        String profile = id(profileValue, "\"profile\"");
        Optional<String> pathway = Optional.empty();
        JsonNode.Member chosen = fields.get("pathway");
        if (chosen != null && !(chosen.value() instanceof JsonNode.Null)) {
            pathway = Optional.of(id(chosen.value(), "\"pathway\""));
        }
        return new MyPlan(profile, pathway, marks(fields.get("marks")), stepNotes(fields.get("stepNotes")),
                note(fields.get("note")), StudentRecord.EMPTY);
    }

    private Map<String, StepMark> marks(JsonNode.Member field) throws PlanFile.BadPlan {
        Map<String, StepMark> marks = new LinkedHashMap<>();
        if (field == null) {
            return marks;
        }
        Map<String, JsonNode.Member> entries = object(field.value(), "\"marks\"").members();
        for (JsonNode.Member entry : entries.values()) {
            checkId(entry.name(), entry.line(), "a step id in \"marks\"");
            String key = text(entry.value(), "the mark of step " + quote(shorten(entry.name())));
            StepMark mark = StepMark.ofKey(key).orElseThrow(() -> new PlanFile.BadPlan(entry.value().line(),
                    "the mark of step " + quote(shorten(entry.name())) + " must be one of done, considering, not-for-me, "
                            + "not " + quote(shorten(key))));
            if (marks.size() < MyPlan.MAX_ENTRIES) {
                marks.put(entry.name(), mark);
            }
        }
        if (entries.size() > MyPlan.MAX_ENTRIES) {
            shortened.add(String.format(Locale.UK, "%,d marks (the first %,d are kept)", entries.size(), MyPlan.MAX_ENTRIES));
        }
        return marks;
    }

    private Map<String, String> stepNotes(JsonNode.Member field) throws PlanFile.BadPlan {
        Map<String, String> notes = new LinkedHashMap<>();
        if (field == null) {
            return notes;
        }
        Map<String, JsonNode.Member> entries = object(field.value(), "\"stepNotes\"").members();
        for (JsonNode.Member entry : entries.values()) {
            checkId(entry.name(), entry.line(), "a step id in \"stepNotes\"");
            String note = text(entry.value(), "the note on step " + quote(shorten(entry.name())));
            if (!note.isBlank() && notes.size() < MyPlan.MAX_ENTRIES) {
                notes.put(entry.name(), fitted(note, MyPlan.MAX_STEP_NOTE, "the note on step " + quote(shorten(entry.name()))));
            }
        }
        if (entries.size() > MyPlan.MAX_ENTRIES) {
            shortened.add(String.format(Locale.UK, "%,d step notes (the first %,d are kept)", entries.size(),
                    MyPlan.MAX_ENTRIES));
        }
        return notes;
    }

    private String note(JsonNode.Member field) throws PlanFile.BadPlan {
        return field == null ? "" : fitted(text(field.value(), "\"note\""), MyPlan.MAX_NOTE, "the plan's note");
    }

    /** The text, or as much of it as a plan now holds, with what was cut said. */
    String fitted(String text, int most, String what) {
        int length = MyPlan.length(text);
        if (length <= most) {
            return text;
        }
        shortened.add(String.format(Locale.UK, "%s (%,d characters; the first %,d are kept)", what, length, most));
        return MyPlan.cut(text, most);
    }

    static JsonNode required(Map<String, JsonNode.Member> fields, String name, JsonNode owner)
            throws PlanFile.BadPlan {
        JsonNode.Member member = fields.get(name);
        if (member == null) {
            throw new PlanFile.BadPlan(owner.line(), quote(name) + " is missing");
        }
        return member.value();
    }

    static JsonNode.Obj object(JsonNode value, String what) throws PlanFile.BadPlan {
        if (!(value instanceof JsonNode.Obj object)) {
            throw new PlanFile.BadPlan(value.line(), what + " must be an object { ... }, not " + kind(value));
        }
        return object;
    }

    static String text(JsonNode value, String what) throws PlanFile.BadPlan {
        if (!(value instanceof JsonNode.Text text)) {
            throw new PlanFile.BadPlan(value.line(), what + " must be text in quotes, not " + kind(value));
        }
        return text.value();
    }

    static String id(JsonNode value, String what) throws PlanFile.BadPlan {
        String id = text(value, what);
        checkId(id, value.line(), what);
        return id;
    }

    static void checkId(String id, int line, String what) throws PlanFile.BadPlan {
        if (!MyPlan.isId(id)) {
            throw new PlanFile.BadPlan(line, what + " must be an id such as \"university\", not " + quote(shorten(id)));
        }
    }

    /** The kind of a value, and the value itself where it is short, for a message. */
    static String kind(JsonNode value) {
        if (value instanceof JsonNode.Text text) {
            return "the text " + quote(shorten(text.value()));
        }
        if (value instanceof JsonNode.Number number) {
            return "the number " + shorten(number.literal());
        }
        if (value instanceof JsonNode.Bool bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof JsonNode.Null) {
            return "null";
        }
        return value instanceof JsonNode.Array ? "a list" : "an object";
    }

    /** At most 40 characters, control characters shown as ?, "…" where cut. */
    static String shorten(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return MyPlan.length(text) > 40 ? shown + "\u2026" : shown.toString();
    }

    static String quote(String text) {
        return "\u201c" + text + "\u201d";
    }
}
