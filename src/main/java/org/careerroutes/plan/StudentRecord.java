package org.careerroutes.plan;

import org.careerroutes.eligibility.StudentQualification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a student is and has done, which belongs to them and not to one job: the qualifications
 * they entered in "Am I on track?", how they rate their skills, the careers encounters they
 * recorded, and their shortlist of jobs. One record for every job a window shows; a
 * {@link MyPlan} holds it beside the plan for one job, so that My plan, the handout and the code
 * read both from one value. Immutable; every change makes a new record. Holds nothing of the screen.
 *
 * <p>Its limits live here, like {@link MyPlan}'s: a record over one cannot be made, so whatever it
 * holds is written and read back exactly ({@link PlanFile}). Texts are counted as a person counts
 * them and may hold anything but half a character ({@link MyPlan#length}, {@link MyPlan#fits});
 * a one-line text ("when I showed it", "who or where", a title) holds no line breaks or other
 * control characters either ({@link #isLine}; {@link #asLine} makes one of what was typed).
 *
 * <p>A skill is the student's, not the job's: it is kept under its name as the first job that
 * listed it spells it, and found again by any job whose list spells it the same way but for
 * capitals and spaces ({@link #skillKey}): "Problem solving" rated once shows on every job that
 * lists "problem  Solving".
 *
 * @param qualifications what the student entered in "Am I on track?", in order; at most {@value #MAX_QUALIFICATIONS}
 * @param skills         skill name to what the student says about it, in the order first rated; never an
 *                       empty reflection, never two names with the same {@link #skillKey}; at most {@value #MAX_SKILLS}
 * @param encounters     careers encounters, in the order recorded, each id once; at most {@value #MAX_ENCOUNTERS}
 * @param shortlist      jobs the student is interested in, in the order shortlisted, each profile once;
 *                       at most {@value #MAX_SHORTLIST}
 */
public record StudentRecord(List<StudentQualification> qualifications, Map<String, SkillReflection> skills,
                            List<Encounter> encounters, List<Shortlisted> shortlist) {

    /** The most qualifications a student can enter. */
    public static final int MAX_QUALIFICATIONS = 200;
    /** The most skills a student can rate: far more than any job lists. */
    public static final int MAX_SKILLS = 500;
    /** A skill's name is at most this long, in characters. */
    public static final int MAX_SKILL_NAME = 200;
    /** "When I showed it" is one line of at most this many characters. */
    public static final int MAX_SHOWN_WHEN = 300;
    /** The most careers encounters a record holds: several a month through school and college. */
    public static final int MAX_ENCOUNTERS = 300;
    /** An encounter's "who or where" is one line of at most this many characters. */
    public static final int MAX_WHO_OR_WHERE = 200;
    /** Each of an encounter's three reflections is at most this many characters: a long paragraph. */
    public static final int MAX_REFLECTION = 1_000;
    /** The most jobs on a shortlist. */
    public static final int MAX_SHORTLIST = 1_000;
    /** A shortlisted job's title is at most this long, in characters. */
    public static final int MAX_TITLE = 200;
    /** The years an encounter can be in. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** A record with nothing in it. */
    public static final StudentRecord EMPTY = new StudentRecord(List.of(), Map.of(), List.of(), List.of());

    private static final String ENCOUNTER_ID = "encounter-";

    public StudentRecord {
        qualifications = List.copyOf(qualifications);
        skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
        encounters = List.copyOf(encounters);
        shortlist = List.copyOf(shortlist);
        if (qualifications.size() > MAX_QUALIFICATIONS) {
            throw new IllegalArgumentException("a record holds at most " + MAX_QUALIFICATIONS + " qualifications");
        }
        if (skills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("a record holds at most " + MAX_SKILLS + " skills");
        }
        Set<String> keys = new HashSet<>();
        skills.forEach((name, reflection) -> {
            requireSkillName(name);
            if (Objects.requireNonNull(reflection, "reflection").isEmpty()) {
                throw new IllegalArgumentException("a skill kept says something (a rating, or when it was shown)");
            }
            if (!keys.add(skillKey(name))) {
                throw new IllegalArgumentException("the skill \u201c" + name + "\u201d is in the record twice");
            }
        });
        if (encounters.size() > MAX_ENCOUNTERS) {
            throw new IllegalArgumentException("a record holds at most " + MAX_ENCOUNTERS + " encounters");
        }
        Set<String> ids = new HashSet<>();
        for (Encounter encounter : encounters) {
            if (!ids.add(encounter.id())) {
                throw new IllegalArgumentException("two encounters have the id " + encounter.id());
            }
        }
        if (shortlist.size() > MAX_SHORTLIST) {
            throw new IllegalArgumentException("a shortlist holds at most " + MAX_SHORTLIST + " jobs");
        }
        Set<String> profiles = new HashSet<>();
        for (Shortlisted job : shortlist) {
            if (!profiles.add(job.profile())) {
                throw new IllegalArgumentException("the job " + job.profile() + " is on the shortlist twice");
            }
        }
    }

    // ----- text: the plan's rules (MyPlan), and one-line texts

    /**
     * Whether a text is one line a record can hold, of at most {@code most} characters: whole
     * characters, no line breaks (nor the Unicode line and paragraph separators), no tabs or other
     * control characters.
     */
    public static boolean isLine(String text, int most) {
        return MyPlan.fits(text, most) && text.codePoints().noneMatch(StudentRecord::breaksLine);
    }

    /**
     * What was typed or pasted, made one line: each line break, tab or other control character
     * becomes a space. Not cut: {@link MyPlan#cut} does that.
     */
    public static String asLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(breaksLine(c) ? ' ' : c));
        return line.toString();
    }

    private static boolean breaksLine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    static void requireLine(String text, int most, String what) {
        MyPlan.requireText(Objects.requireNonNull(text, what), most, what);
        if (!isLine(text, most)) {
            throw new IllegalArgumentException(what + " is one line, without line breaks or control characters");
        }
    }

    /** Whether a text can be a skill's name in a record: one line, not blank, at most {@value #MAX_SKILL_NAME} characters. */
    public static boolean isSkillName(String name) {
        return !name.isBlank() && isLine(name, MAX_SKILL_NAME);
    }

    private static void requireSkillName(String name) {
        Objects.requireNonNull(name, "a skill's name");
        if (!isSkillName(name)) {
            throw new IllegalArgumentException("\u201c" + MyPlan.cut(name, 40) + "\u201d is not a skill's name a record "
                    + "can hold (one line, not blank, at most " + MAX_SKILL_NAME + " characters)");
        }
    }

    /**
     * What a skill's name is matched by, across jobs: without capitals, with every run of spaces
     * made one and none at either end. "Problem  Solving " and "problem solving" are one skill.
     */
    public static String skillKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.appendCodePoint(c);
        }
        // Upper then lower: letters whose capitals differ in length ("ß", "SS") meet.
        return key.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    // ----- reading it

    /** True when the student has entered, rated, recorded and shortlisted nothing. */
    public boolean isEmpty() {
        return qualifications.isEmpty() && skills.isEmpty() && encounters.isEmpty() && shortlist.isEmpty();
    }

    /** What the student says about a skill a job lists, matched by {@link #skillKey}. */
    public Optional<SkillReflection> skill(String name) {
        return storedName(name).map(skills::get);
    }

    /** The name a skill is kept under, if it is kept ({@link #skillKey}). */
    private Optional<String> storedName(String name) {
        String key = skillKey(name);
        return skills.keySet().stream().filter(stored -> skillKey(stored).equals(key)).findFirst();
    }

    /**
     * The encounters as a student reads them: the newest first, by month; of two in the same
     * month, the one recorded later first.
     */
    public List<Encounter> encountersNewestFirst() {
        List<Encounter> sorted = new ArrayList<>(encounters);
        Collections.reverse(sorted);   // recorded later first, kept by the stable sort below for the same month
        sorted.sort(java.util.Comparator.comparing(Encounter::month).reversed());
        return List.copyOf(sorted);
    }

    public Optional<Encounter> encounter(String id) {
        return encounters.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean isShortlisted(String profile) {
        return shortlist.stream().anyMatch(job -> job.profile().equals(profile));
    }

    /** An id no encounter in this record has: "encounter-1", "encounter-2"… */
    public String nextEncounterId() {
        Set<String> taken = new HashSet<>();
        encounters.forEach(e -> taken.add(e.id()));
        int n = encounters.size() + 1;
        while (taken.contains(ENCOUNTER_ID + n)) {
            n++;
        }
        return ENCOUNTER_ID + n;
    }

    // ----- changing it

    public StudentRecord withQualifications(List<StudentQualification> entered) {
        return new StudentRecord(entered, skills, encounters, shortlist);
    }

    /**
     * The record with what the student says about a skill: kept under the name it already has
     * (matched by {@link #skillKey}), or added under {@code name}; an empty reflection removes it.
     */
    public StudentRecord withSkill(String name, SkillReflection reflection) {
        Map<String, SkillReflection> changed = new LinkedHashMap<>(skills);
        Optional<String> stored = storedName(name);
        if (reflection.isEmpty()) {
            stored.ifPresent(changed::remove);
        } else {
            changed.put(stored.orElse(name), reflection);
        }
        return new StudentRecord(qualifications, changed, encounters, shortlist);
    }

    /** The record with an encounter added at the end, or put in place of the one with its id. */
    public StudentRecord withEncounter(Encounter encounter) {
        List<Encounter> changed = new ArrayList<>(encounters);
        int at = indexOf(encounter.id());
        if (at >= 0) {
            changed.set(at, encounter);
        } else {
            changed.add(encounter);
        }
        return new StudentRecord(qualifications, skills, changed, shortlist);
    }

    public StudentRecord withoutEncounter(String id) {
        List<Encounter> changed = new ArrayList<>(encounters);
        changed.removeIf(e -> e.id().equals(id));
        return new StudentRecord(qualifications, skills, changed, shortlist);
    }

    private int indexOf(String encounterId) {
        for (int i = 0; i < encounters.size(); i++) {
            if (encounters.get(i).id().equals(encounterId)) {
                return i;
            }
        }
        return -1;
    }

    /** The record with a job on the shortlist (at the end; one already there keeps its place and title). */
    public StudentRecord withShortlisted(String profile, String title) {
        if (isShortlisted(profile)) {
            return this;
        }
        List<Shortlisted> changed = new ArrayList<>(shortlist);
        changed.add(new Shortlisted(profile, title));
        return new StudentRecord(qualifications, skills, encounters, changed);
    }

    public StudentRecord withoutShortlisted(String profile) {
        List<Shortlisted> changed = new ArrayList<>(shortlist);
        changed.removeIf(job -> job.profile().equals(profile));
        return new StudentRecord(qualifications, skills, encounters, changed);
    }

    /**
     * This record with the changes that turned {@code before} into {@code after} made to it as
     * well: what a student did while this one, their saved record, was still being read. Their
     * changes win, as far as the limits allow; an encounter they added whose id the saved record
     * already uses gets a new id, so that neither is lost.
     */
    public StudentRecord replay(StudentRecord before, StudentRecord after) {
        StudentRecord result = this;
        if (!after.qualifications.equals(before.qualifications)) {
            result = result.withQualifications(after.qualifications);
        }
        Map<String, String> named = new LinkedHashMap<>();
        before.skills.keySet().forEach(name -> named.putIfAbsent(skillKey(name), name));
        after.skills.keySet().forEach(name -> named.putIfAbsent(skillKey(name), name));
        for (String name : named.values()) {
            SkillReflection was = before.skill(name).orElse(SkillReflection.NONE);
            SkillReflection now = after.skill(name).orElse(SkillReflection.NONE);
            if (!now.equals(was) && (result.skill(name).isPresent() || result.skills.size() < MAX_SKILLS)) {
                result = result.withSkill(after.storedName(name).orElse(name), now);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        before.encounters.forEach(e -> ids.add(e.id()));
        after.encounters.forEach(e -> ids.add(e.id()));
        for (String id : ids) {
            Optional<Encounter> was = before.encounter(id);
            Optional<Encounter> now = after.encounter(id);
            if (now.equals(was)) {
                continue;
            }
            if (now.isEmpty()) {
                result = result.withoutEncounter(id);
            } else if (was.isEmpty() && result.encounter(id).isPresent()) {
                if (result.encounters.size() < MAX_ENCOUNTERS) {
                    result = result.withEncounter(now.get().withId(result.nextEncounterId()));
                }
            } else if (result.encounter(id).isPresent() || result.encounters.size() < MAX_ENCOUNTERS) {
                result = result.withEncounter(now.get());
            }
        }
        for (Shortlisted job : before.shortlist) {
            if (!after.isShortlisted(job.profile())) {
                result = result.withoutShortlisted(job.profile());
            }
        }
        for (Shortlisted job : after.shortlist) {
            if (!before.isShortlisted(job.profile()) && result.shortlist.size() < MAX_SHORTLIST) {
                result = result.withShortlisted(job.profile(), job.title());
            }
        }
        return result;
    }
}
