package org.careerroutes.plan;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .careerplan} file format, version {@value #FORMAT_VERSION} (docs/plan-format.md):
 * a small JSON object that says whose profile the plan is for and holds what the student chose,
 * marked, wrote and entered. Writing is deterministic; reading is strict: anything the format
 * does not allow is refused with the line it is on, and nothing is guessed. No I/O.
 */
public final class PlanFile {

    public static final int FORMAT_VERSION = 1;
    /** What the file's {@code "app"} says, so that a person who opens one in an editor knows what made it. */
    public static final String APP = "Career Routes";
    /** A note on the whole plan may be this long; far more than a page of writing. */
    public static final int MAX_NOTE = 10_000;
    /** A note on one step may be this long. */
    public static final int MAX_STEP_NOTE = 2_000;
    /** The most marks or step notes a plan may hold: far more than any route map has steps. */
    static final int MAX_ENTRIES = 1_000;
    static final int MAX_QUALIFICATIONS = 200;
    private static final int MAX_ID = 200;
    private static final int MAX_DEPTH = 8;

    private static final Map<QualificationType, String> TYPE_KEYS = Map.of(
            QualificationType.GCSE, "gcse",
            QualificationType.A_LEVEL, "a-level",
            QualificationType.OTHER_LEVEL_3, "level-3",
            QualificationType.FOUNDATION_DEGREE, "foundation-degree",
            QualificationType.HND, "hnd",
            QualificationType.DEGREE, "degree",
            QualificationType.HIGHER_DEGREE, "higher-degree",
            QualificationType.EXPERIENCE, "experience");

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

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

    /** A value read from the file and the line it starts on. */
    private record Value(Object value, int line) {
    }

    /** Reads a plan; throws with the line and what is wrong when the text is not a plan this version reads. */
    public static MyPlan read(String text) throws BadPlan {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);   // a byte-order mark, as some editors write
        }
        if (text.isBlank()) {
            throw new BadPlan(1, "the file is empty");
        }
        Value root;
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.setStrictness(Strictness.STRICT);
            root = value(json, 0);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new BadPlan(line(json), "there is more after the plan's closing }");
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw syntax(e);
        }
        return interpret(root);
    }

    private static Value value(JsonReader json, int depth) throws IOException, BadPlan {
        if (depth > MAX_DEPTH) {
            throw new BadPlan(line(json), "lists and objects are nested deeper than a plan ever is");
        }
        JsonToken token = json.peek();
        int line = line(json);
        switch (token) {
            case BEGIN_OBJECT -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                json.beginObject();
                while (json.hasNext()) {
                    String name = json.nextName();
                    int at = line(json);
                    if (fields.containsKey(name)) {
                        throw new BadPlan(at, quote(name) + " is given twice (first on line " + fields.get(name).line() + ")");
                    }
                    if (fields.size() >= MAX_ENTRIES + 10) {
                        throw new BadPlan(at, "an object has more entries than a plan ever has");
                    }
                    fields.put(name, value(json, depth + 1));
                }
                json.endObject();
                return new Value(fields, line);
            }
            case BEGIN_ARRAY -> {
                List<Value> items = new ArrayList<>();
                json.beginArray();
                while (json.hasNext()) {
                    if (items.size() >= MAX_ENTRIES) {
                        throw new BadPlan(line(json), "a list has more items than a plan ever has");
                    }
                    items.add(value(json, depth + 1));
                }
                json.endArray();
                return new Value(items, line);
            }
            case STRING -> {
                return new Value(json.nextString(), line);
            }
            case NUMBER -> {
                return new Value(new BigDecimal(json.nextString()), line);
            }
            case BOOLEAN -> {
                return new Value(json.nextBoolean(), line);
            }
            case NULL -> {
                json.nextNull();
                return new Value(null, line);
            }
            default -> throw new BadPlan(line, "the file ends too early");
        }
    }

    /** The line Gson's reader is on, which it tells only in its description. */
    private static int line(JsonReader json) {
        Matcher m = LOCATION.matcher(json.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static BadPlan syntax(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
        if (e instanceof java.io.EOFException || message.contains("End of input")) {
            return new BadPlan(line, "the file ends too early (it may have been cut off while it was written)");
        }
        return new BadPlan(line, "this is not JSON as a plan file writes it (" + plain(message) + ")");
    }

    /** Gson's words without its position and its link to its own troubleshooting page. */
    private static String plain(String message) {
        String words = message.replaceAll("(?s) at line \\d+ column \\d+.*", "")
                .replaceAll("Use JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON", "")
                .replaceAll("\\s*See https?://\\S+", "").strip();
        return words.isEmpty() ? "look for a missing or extra comma, quote or bracket" : words;
    }

    private static final List<String> FIELDS = List.of("formatVersion", "app", "profile", "pathway", "marks",
            "stepNotes", "note", "qualifications");

    @SuppressWarnings("unchecked")
    private static MyPlan interpret(Value root) throws BadPlan {
        if (!(root.value() instanceof Map<?, ?>)) {
            throw new BadPlan(root.line(), "a plan file is one JSON object { ... }, not " + kind(root));
        }
        Map<String, Value> fields = (Map<String, Value>) root.value();
        Value version = fields.get("formatVersion");
        if (version == null) {
            throw new BadPlan(root.line(), "\"formatVersion\" is missing, so this is not a plan file");
        }
        if (!(version.value() instanceof BigDecimal number) || number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
            throw new BadPlan(version.line(), "\"formatVersion\" must be a whole number such as 1, not " + kind(version));
        }
        if (number.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) > 0) {
            throw new BadPlan(version.line(), "this plan was saved by a newer version of Career Routes (format version "
                    + number.toPlainString() + "); this version reads format version " + FORMAT_VERSION
                    + ", so update Career Routes to open it", true);
        }
        for (Map.Entry<String, Value> field : fields.entrySet()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new BadPlan(field.getValue().line(), "unknown field " + quote(field.getKey())
                        + " (a plan has " + String.join(", ", FIELDS) + ")");
            }
        }
        String profile = id(required(fields, "profile", root), "profile");
        Optional<String> pathway = Optional.empty();
        Value chosen = fields.get("pathway");
        if (chosen != null && chosen.value() != null) {
            pathway = Optional.of(id(chosen, "pathway"));
        }
        Map<String, StepMark> marks = new LinkedHashMap<>();
        Value marked = fields.get("marks");
        if (marked != null) {
            for (Map.Entry<String, Value> entry : object(marked, "marks").entrySet()) {
                checkId(entry.getKey(), entry.getValue().line(), "a step id in \"marks\"");
                String key = text(entry.getValue(), "the mark of step " + quote(entry.getKey()));
                StepMark mark = StepMark.ofKey(key).orElseThrow(() -> new BadPlan(entry.getValue().line(),
                        "the mark of step " + quote(entry.getKey()) + " must be one of done, considering, not-for-me, not "
                                + quote(key)));
                marks.put(entry.getKey(), mark);
            }
        }
        Map<String, String> stepNotes = new LinkedHashMap<>();
        Value notes = fields.get("stepNotes");
        if (notes != null) {
            for (Map.Entry<String, Value> entry : object(notes, "stepNotes").entrySet()) {
                checkId(entry.getKey(), entry.getValue().line(), "a step id in \"stepNotes\"");
                String note = text(entry.getValue(), "the note on step " + quote(entry.getKey()));
                if (note.length() > MAX_STEP_NOTE) {
                    throw new BadPlan(entry.getValue().line(), "the note on step " + quote(entry.getKey())
                            + " is longer than a step note may be (" + MAX_STEP_NOTE + " characters)");
                }
                if (!note.isBlank()) {
                    stepNotes.put(entry.getKey(), note);
                }
            }
        }
        String note = "";
        Value planNote = fields.get("note");
        if (planNote != null) {
            note = text(planNote, "\"note\"");
            if (note.length() > MAX_NOTE) {
                throw new BadPlan(planNote.line(), "the plan's note is longer than it may be (" + MAX_NOTE + " characters)");
            }
        }
        List<StudentQualification> qualifications = new ArrayList<>();
        Value entered = fields.get("qualifications");
        if (entered != null) {
            if (!(entered.value() instanceof List<?> list)) {
                throw new BadPlan(entered.line(), "\"qualifications\" must be a list [ ... ], not " + kind(entered));
            }
            if (list.size() > MAX_QUALIFICATIONS) {
                throw new BadPlan(entered.line(), "a plan holds at most " + MAX_QUALIFICATIONS + " qualifications");
            }
            for (Object item : list) {
                qualifications.add(qualification((Value) item));
            }
        }
        return new MyPlan(profile, pathway, marks, stepNotes, note, qualifications);
    }

    @SuppressWarnings("unchecked")
    private static StudentQualification qualification(Value item) throws BadPlan {
        Map<String, Value> fields = object(item, "a qualification");
        for (Map.Entry<String, Value> field : fields.entrySet()) {
            if (!List.of("type", "subject", "grade", "predicted").contains(field.getKey())) {
                throw new BadPlan(field.getValue().line(), "unknown field " + quote(field.getKey())
                        + " in a qualification (it has type, subject, grade, predicted)");
            }
        }
        Value typeValue = required(fields, "type", item);
        String typeKey = text(typeValue, "a qualification's \"type\"");
        QualificationType type = TYPE_KEYS.entrySet().stream().filter(e -> e.getValue().equals(typeKey))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new BadPlan(typeValue.line(), "a qualification's \"type\" must be one of "
                        + "gcse, a-level, level-3, foundation-degree, hnd, degree, higher-degree, experience, not "
                        + quote(typeKey)));
        String subject = text(required(fields, "subject", item), "a qualification's \"subject\"");
        Value gradeValue = fields.get("grade");
        String grade = gradeValue == null ? "" : text(gradeValue, "a qualification's \"grade\"");
        Value predictedValue = fields.get("predicted");
        boolean predicted = false;
        if (predictedValue != null) {
            if (!(predictedValue.value() instanceof Boolean b)) {
                throw new BadPlan(predictedValue.line(), "a qualification's \"predicted\" must be true or false, not "
                        + kind(predictedValue));
            }
            predicted = b;
        }
        // Made again from what the student typed, through the same checks as the form.
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
        if (result instanceof QualificationEntry.Rejected rejected) {
            throw new BadPlan(item.line(), "this qualification cannot be used: " + rejected.message());
        }
        return ((QualificationEntry.Accepted) result).qualification();
    }

    private static Value required(Map<String, Value> fields, String name, Value owner) throws BadPlan {
        Value value = fields.get(name);
        if (value == null) {
            throw new BadPlan(owner.line(), quote(name) + " is missing");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Value> object(Value value, String what) throws BadPlan {
        if (!(value.value() instanceof Map<?, ?> map)) {
            throw new BadPlan(value.line(), what + " must be an object { ... }, not " + kind(value));
        }
        return (Map<String, Value>) map;
    }

    private static String text(Value value, String what) throws BadPlan {
        if (!(value.value() instanceof String text)) {
            throw new BadPlan(value.line(), what + " must be text in quotes, not " + kind(value));
        }
        return text;
    }

    private static String id(Value value, String what) throws BadPlan {
        String id = text(value, quote(what));
        checkId(id, value.line(), quote(what));
        return id;
    }

    private static void checkId(String id, int line, String what) throws BadPlan {
        if (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw new BadPlan(line, what + " must be an id such as \"university\", not " + quote(shorten(id)));
        }
    }

    private static String kind(Value value) {
        Object v = value.value();
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "the text " + quote(shorten(s));
        }
        if (v instanceof BigDecimal n) {
            return "the number " + n.toPlainString();
        }
        if (v instanceof Boolean b) {
            return String.valueOf(b);
        }
        return v instanceof List<?> ? "a list" : "an object";
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }

    private static String quote(String text) {
        return "\u201c" + text + "\u201d";
    }
}
