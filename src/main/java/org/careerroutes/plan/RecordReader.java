package org.careerroutes.plan;

import org.careerroutes.content.JsonNode;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.careerroutes.plan.PlanReader.checkId;
import static org.careerroutes.plan.PlanReader.kind;
import static org.careerroutes.plan.PlanReader.object;
import static org.careerroutes.plan.PlanReader.quote;
import static org.careerroutes.plan.PlanReader.required;
import static org.careerroutes.plan.PlanReader.shorten;
import static org.careerroutes.plan.PlanReader.text;

/**
 * Reads the student's record, a plan file's {@code "me"} object (and a version 1 file's
 * {@code "qualifications"}), as strictly as {@link PlanReader} reads the rest: every field known,
 * every value of its kind, each problem on its line. A text or a list longer than the record now
 * holds is cut to fit and said; a one-line text with a line break in it, a skill named twice, an
 * encounter id used twice or a job shortlisted twice is a damaged file. No I/O.
 */
final class RecordReader {

    private static final List<String> FIELDS = List.of("qualifications", "skills", "encounters", "shortlist");
    private static final List<String> QUALIFICATION_FIELDS = List.of("type", "subject", "grade", "predicted");
    private static final List<String> SKILL_FIELDS = List.of("rating", "shownWhen");
    private static final List<String> ENCOUNTER_FIELDS = List.of("id", "kind", "month", "whoOrWhere", "job", "whatILearned",
            "didItChangeMyView", "whatNext");
    private static final List<String> SHORTLIST_FIELDS = List.of("profile", "title");
    /** A month as the format writes it: "2026-03". */
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private final PlanReader reader;

    RecordReader(PlanReader reader) {
        this.reader = reader;
    }

    /** "2026-03", as the file holds a month. */
    static String month(YearMonth month) {
        return String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue());
    }

    StudentRecord record(JsonNode value) throws PlanFile.BadPlan {
        Map<String, JsonNode.Member> fields = object(value, "\"me\"").members();
        known(fields, FIELDS, "in \"me\"");
        return new StudentRecord(qualifications(fields.get("qualifications")), skills(fields.get("skills")),
                encounters(fields.get("encounters")), shortlist(fields.get("shortlist")));
    }

    private static void known(Map<String, JsonNode.Member> fields, List<String> names, String where)
            throws PlanFile.BadPlan {
        for (JsonNode.Member field : fields.values()) {
            if (!names.contains(field.name())) {
                throw new PlanFile.BadPlan(field.line(), "unknown field " + quote(shorten(field.name())) + " " + where
                        + " (it has " + String.join(", ", names) + ")");
            }
        }
    }

    /** The list in a field, or none when the field is not there. */
    private static List<JsonNode> list(JsonNode.Member field, String what) throws PlanFile.BadPlan {
        if (field == null) {
            return List.of();
        }
        if (!(field.value() instanceof JsonNode.Array list)) {
            throw new PlanFile.BadPlan(field.value().line(), what + " must be a list [ ... ], not " + kind(field.value()));
        }
        return list.elements();
    }

    /** Says that a list held more than the record keeps (its first {@code most} are kept). */
    private void cutList(int size, int most, String what) {
        if (size > most) {
            reader.shortened.add(String.format(Locale.UK, "%,d %s (the first %,d are kept)", size, what, most));
        }
    }

    // ----- qualifications

    List<StudentQualification> qualifications(JsonNode.Member field) throws PlanFile.BadPlan {
        List<JsonNode> items = list(field, "\"qualifications\"");
        List<StudentQualification> qualifications = new ArrayList<>();
        for (JsonNode item : items) {
            StudentQualification read = qualification(item);
            if (qualifications.size() < StudentRecord.MAX_QUALIFICATIONS) {
                qualifications.add(read);
            }
        }
        cutList(items.size(), StudentRecord.MAX_QUALIFICATIONS, "qualifications");
        return qualifications;
    }

    private static StudentQualification qualification(JsonNode item) throws PlanFile.BadPlan {
        Map<String, JsonNode.Member> fields = object(item, "a qualification").members();
        known(fields, QUALIFICATION_FIELDS, "in a qualification");
        JsonNode typeValue = required(fields, "type", item);
        String typeKey = text(typeValue, "a qualification's \"type\"");
        QualificationType type = PlanFile.TYPE_KEYS.entrySet().stream().filter(e -> e.getValue().equals(typeKey))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new PlanFile.BadPlan(typeValue.line(), "a qualification's \"type\" must be one of "
                        + "gcse, a-level, level-3, foundation-degree, hnd, degree, higher-degree, experience, not "
                        + quote(shorten(typeKey))));
        String subject = text(required(fields, "subject", item), "a qualification's \"subject\"");
        JsonNode.Member gradeValue = fields.get("grade");
        String grade = gradeValue == null ? "" : text(gradeValue.value(), "a qualification's \"grade\"");
        boolean predicted = bool(fields.get("predicted"), "a qualification's \"predicted\"");
        // Made again from what the student typed, through the same checks as the form.
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
        if (result instanceof QualificationEntry.Rejected rejected) {
            throw new PlanFile.BadPlan(item.line(), "this qualification cannot be used: " + rejected.message());
        }
        return ((QualificationEntry.Accepted) result).qualification();
    }

    private static boolean bool(JsonNode.Member field, String what) throws PlanFile.BadPlan {
        if (field == null) {
            return false;
        }
        if (!(field.value() instanceof JsonNode.Bool b)) {
            throw new PlanFile.BadPlan(field.line(), what + " must be true or false, not " + kind(field.value()));
        }
        return b.value();
    }

    // ----- skills

    private Map<String, SkillReflection> skills(JsonNode.Member field) throws PlanFile.BadPlan {
        Map<String, SkillReflection> skills = new LinkedHashMap<>();
        if (field == null) {
            return skills;
        }
        Map<String, JsonNode.Member> entries = object(field.value(), "\"skills\"").members();
        Map<String, JsonNode.Member> byKey = new HashMap<>();
        for (JsonNode.Member entry : entries.values()) {
            String name = entry.name();
            if (!StudentRecord.isSkillName(name)) {
                throw new PlanFile.BadPlan(entry.line(), "a skill's name must be one line, not blank, of at most "
                        + StudentRecord.MAX_SKILL_NAME + " characters, not " + quote(shorten(name)));
            }
            JsonNode.Member same = byKey.putIfAbsent(StudentRecord.skillKey(name), entry);
            if (same != null) {
                throw new PlanFile.BadPlan(entry.line(), "the skill " + quote(shorten(name)) + " is the same skill as "
                        + quote(shorten(same.name())) + " on line " + same.line() + " (skills are matched without "
                        + "capitals or extra spaces), so it cannot be rated twice");
            }
            SkillReflection reflection = skill(entry);
            if (!reflection.isEmpty() && skills.size() < StudentRecord.MAX_SKILLS) {
                skills.put(name, reflection);
            }
        }
        cutList(entries.size(), StudentRecord.MAX_SKILLS, "skills");
        return skills;
    }

    private SkillReflection skill(JsonNode.Member entry) throws PlanFile.BadPlan {
        String what = "the skill " + quote(shorten(entry.name()));
        Map<String, JsonNode.Member> fields = object(entry.value(), what).members();
        known(fields, SKILL_FIELDS, "in " + what);
        Optional<SkillRating> rating = Optional.empty();
        JsonNode.Member rated = fields.get("rating");
        if (rated != null && !(rated.value() instanceof JsonNode.Null)) {
            String key = text(rated.value(), "the rating of " + what);
            rating = Optional.of(SkillRating.ofKey(key).orElseThrow(() -> new PlanFile.BadPlan(rated.value().line(),
                    "the rating of " + what + " must be one of confident, getting-there, not-yet or null, not "
                            + quote(shorten(key)))));
        }
        return new SkillReflection(rating, line(fields.get("shownWhen"), StudentRecord.MAX_SHOWN_WHEN,
                "\u201cwhen I showed it\u201d for " + what));
    }

    // ----- encounters

    private List<Encounter> encounters(JsonNode.Member field) throws PlanFile.BadPlan {
        List<JsonNode> items = list(field, "\"encounters\"");
        List<Encounter> encounters = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (JsonNode item : items) {
            Encounter read = encounter(item);
            Integer same = ids.putIfAbsent(read.id(), item.line());
            if (same != null) {
                throw new PlanFile.BadPlan(item.line(), "two encounters have the id " + quote(shorten(read.id()))
                        + " (this one and the one on line " + same + ")");
            }
            if (encounters.size() < StudentRecord.MAX_ENCOUNTERS) {
                encounters.add(read);
            }
        }
        cutList(items.size(), StudentRecord.MAX_ENCOUNTERS, "encounters");
        return encounters;
    }

    private Encounter encounter(JsonNode item) throws PlanFile.BadPlan {
        Map<String, JsonNode.Member> fields = object(item, "an encounter").members();
        known(fields, ENCOUNTER_FIELDS, "in an encounter");
        JsonNode idValue = required(fields, "id", item);
        String id = text(idValue, "an encounter's \"id\"");
        checkId(id, idValue.line(), "an encounter's \"id\"");
        JsonNode kindValue = required(fields, "kind", item);
        String kindKey = text(kindValue, "an encounter's \"kind\"");
        EncounterKind kind = EncounterKind.ofKey(kindKey).orElseThrow(() -> new PlanFile.BadPlan(kindValue.line(),
                "an encounter's \"kind\" must be one of careers-fair, employer-talk, workplace-visit, work-experience, "
                        + "volunteering, open-day, online-event, other, not " + quote(shorten(kindKey))));
        JsonNode monthValue = required(fields, "month", item);
        String monthText = text(monthValue, "an encounter's \"month\"");
        if (!MONTH.matcher(monthText).matches()) {
            throw new PlanFile.BadPlan(monthValue.line(), "an encounter's \"month\" is a year and month such as "
                    + "\"2026-03\", not " + quote(shorten(monthText)));
        }
        YearMonth month = YearMonth.parse(monthText);
        if (month.getYear() < StudentRecord.FIRST_YEAR || month.getYear() > StudentRecord.LAST_YEAR) {
            throw new PlanFile.BadPlan(monthValue.line(), "an encounter's \"month\" is in the years "
                    + StudentRecord.FIRST_YEAR + " to " + StudentRecord.LAST_YEAR + ", not " + month.getYear());
        }
        String about = "encounter " + quote(shorten(id));
        return new Encounter(id, kind, month,
                line(fields.get("whoOrWhere"), StudentRecord.MAX_WHO_OR_WHERE, "\u201cwho or where\u201d of " + about),
                line(fields.get("job"), StudentRecord.MAX_TITLE, "the job of " + about),
                reflection(fields.get("whatILearned"), "\u201cWhat did I learn?\u201d of " + about),
                reflection(fields.get("didItChangeMyView"), "\u201cDid it change what I think?\u201d of " + about),
                reflection(fields.get("whatNext"), "\u201cWhat will I do next?\u201d of " + about));
    }

    private String reflection(JsonNode.Member field, String what) throws PlanFile.BadPlan {
        return field == null ? "" : reader.fitted(text(field.value(), what), StudentRecord.MAX_REFLECTION, what);
    }

    // ----- the shortlist

    private List<Shortlisted> shortlist(JsonNode.Member field) throws PlanFile.BadPlan {
        List<JsonNode> items = list(field, "\"shortlist\"");
        List<Shortlisted> jobs = new ArrayList<>();
        Map<String, Integer> profiles = new HashMap<>();
        for (JsonNode item : items) {
            Map<String, JsonNode.Member> fields = object(item, "a shortlisted job").members();
            known(fields, SHORTLIST_FIELDS, "in a shortlisted job");
            JsonNode profileValue = required(fields, "profile", item);
            String profile = text(profileValue, "a shortlisted job's \"profile\"");
            checkId(profile, profileValue.line(), "a shortlisted job's \"profile\"");
            Integer same = profiles.putIfAbsent(profile, item.line());
            if (same != null) {
                throw new PlanFile.BadPlan(item.line(), "the job " + quote(shorten(profile)) + " is on the shortlist "
                        + "twice (here and on line " + same + ")");
            }
            JsonNode.Member titleField = fields.get("title");
            if (titleField == null) {
                throw new PlanFile.BadPlan(item.line(), "\"title\" is missing");
            }
            String title = line(titleField, StudentRecord.MAX_TITLE, "the title of the shortlisted job "
                    + quote(shorten(profile)));
            if (title.isBlank()) {
                throw new PlanFile.BadPlan(titleField.line(), "the title of the shortlisted job " + quote(shorten(profile))
                        + " is blank");
            }
            if (jobs.size() < StudentRecord.MAX_SHORTLIST) {
                jobs.add(new Shortlisted(profile, title));
            }
        }
        cutList(items.size(), StudentRecord.MAX_SHORTLIST, "shortlisted jobs");
        return jobs;
    }

    /** A one-line text: a line break in it is a damaged file; a longer one than the record holds is cut and said. */
    private String line(JsonNode.Member field, int most, String what) throws PlanFile.BadPlan {
        if (field == null) {
            return "";
        }
        String text = text(field.value(), what);
        if (!StudentRecord.isLine(text, Integer.MAX_VALUE)) {
            throw new PlanFile.BadPlan(field.value().line(), what + " is one line, without line breaks or control "
                    + "characters, not " + quote(shorten(text)));
        }
        return reader.fitted(text, most, what);
    }
}
