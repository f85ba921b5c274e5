package org.careerroutes.plan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.files.SmallFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a plan and the student's record can hold is written and read back exactly: notes,
 * skills, encounters and a shortlist of any length the model accepts, in any text (emoji,
 * right-to-left scripts, combining marks, control characters), through the file's bytes, as a
 * file of both (Save plan as…) and as the two files kept for a user. And what no file could keep
 * (half a character) the model refuses.
 */
class PlanFilePropertiesTest {

    private static final List<StudentQualification> SOME_QUALIFICATIONS = List.of(
            PlanStoreTest.q(QualificationType.GCSE, "Maths", "7", false),
            PlanStoreTest.q(QualificationType.GCSE, "Combined science", "5-4", false),
            PlanStoreTest.q(QualificationType.A_LEVEL, "Physics", "B", true),
            PlanStoreTest.q(QualificationType.DEGREE, "Mechanical engineering", "2:1", true),
            PlanStoreTest.q(QualificationType.HIGHER_DEGREE, "Clinical engineering", "Merit", false),
            PlanStoreTest.q(QualificationType.EXPERIENCE, "Voluntary work in a hospital", "", false));

    @Property(tries = 300)
    void everyPlanTheModelAcceptsIsReadBackExactly(@ForAll("plans") MyPlan plan) throws Exception {
        byte[] bytes = PlanFile.write(plan).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= PlanFile.MAX_BYTES);
        PlanFile.Read read = PlanFile.read(SmallFile.text(bytes, "not text"));
        assertEquals(plan, read.plan());
        assertEquals(List.of(), read.shortened(), "nothing the model accepts is cut");
        assertEquals(PlanFile.write(plan), PlanFile.write(read.plan()), "and written again the same");
    }

    @Property(tries = 200)
    void theJobsPartAndTheRecordKeptApartAreEachReadBackExactly(@ForAll("plans") MyPlan plan) throws Exception {
        byte[] job = PlanFile.writeJob(plan).getBytes(StandardCharsets.UTF_8);
        assertTrue(job.length <= PlanFile.MAX_JOB_BYTES);
        PlanFile.Read readJob = PlanFile.read(SmallFile.text(job, "not text"));
        assertEquals(Optional.of(plan.jobOnly()), readJob.job());
        assertEquals(Optional.empty(), readJob.student(), "a job's file holds no record");

        byte[] record = PlanFile.writeRecord(plan.student()).getBytes(StandardCharsets.UTF_8);
        assertTrue(record.length <= PlanFile.MAX_RECORD_BYTES);
        PlanFile.Read readRecord = PlanFile.read(SmallFile.text(record, "not text"));
        assertEquals(Optional.empty(), readRecord.job(), "the record's file holds no job");
        assertEquals(Optional.of(plan.student()), readRecord.student());
        assertEquals(List.of(), readRecord.shortened());
    }

    @Example
    void aPlanWithEveryLimitFilledWithTheWidestCharactersFitsTheFileLimitAndIsReadBack() throws Exception {
        String widest = "\u0001".repeat(MyPlan.MAX_STEP_NOTE);   // each written as a six-byte escape
        Map<String, StepMark> marks = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < MyPlan.MAX_ENTRIES; i++) {
            String id = ("x" + String.format("%0" + (MyPlan.MAX_ID - 1) + "d", i)).replace('0', '\u2028');
            marks.put(id, StepMark.values()[i % 3]);
            notes.put(id, widest);
        }
        List<StudentQualification> qualifications = new ArrayList<>();
        while (qualifications.size() < StudentRecord.MAX_QUALIFICATIONS) {
            qualifications.addAll(SOME_QUALIFICATIONS);
        }
        MyPlan largest = new MyPlan("p\u2028".repeat(MyPlan.MAX_ID / 2), Optional.of("p\u2028".repeat(MyPlan.MAX_ID / 2)), marks,
                notes, "\u0001".repeat(MyPlan.MAX_NOTE), largestRecord(qualifications.subList(0, StudentRecord.MAX_QUALIFICATIONS)));
        byte[] bytes = PlanFile.write(largest).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= PlanFile.MAX_BYTES, bytes.length + " bytes over " + PlanFile.MAX_BYTES);
        assertEquals(largest, PlanFile.read(SmallFile.text(bytes, "not text")).plan());
        byte[] job = PlanFile.writeJob(largest).getBytes(StandardCharsets.UTF_8);
        assertTrue(job.length <= PlanFile.MAX_JOB_BYTES, job.length + " bytes over " + PlanFile.MAX_JOB_BYTES);
        byte[] record = PlanFile.writeRecord(largest.student()).getBytes(StandardCharsets.UTF_8);
        assertTrue(record.length <= PlanFile.MAX_RECORD_BYTES, record.length + " bytes over " + PlanFile.MAX_RECORD_BYTES);
        assertEquals(largest.student(), PlanFile.read(SmallFile.text(record, "not text")).student().orElseThrow());
    }

    /** Every limit of the record filled, with the characters that take the most room in the file. */
    private static StudentRecord largestRecord(List<StudentQualification> qualifications) {
        String wide = "\uD83D\uDE00";   // in a one-line text, the widest: one character, four bytes
        Map<String, SkillReflection> skills = new LinkedHashMap<>();
        for (int i = 0; i < StudentRecord.MAX_SKILLS; i++) {
            skills.put(wide.repeat(StudentRecord.MAX_SKILL_NAME - 4) + String.format("%04d", i),
                    new SkillReflection(Optional.of(SkillRating.values()[i % 3]), wide.repeat(StudentRecord.MAX_SHOWN_WHEN)));
        }
        List<Encounter> encounters = new ArrayList<>();
        for (int i = 0; i < StudentRecord.MAX_ENCOUNTERS; i++) {
            String id = ("x" + String.format("%0" + (MyPlan.MAX_ID - 1) + "d", i)).replace('0', '\u2028');
            encounters.add(new Encounter(id, EncounterKind.values()[i % EncounterKind.values().length],
                    java.time.YearMonth.of(StudentRecord.LAST_YEAR, 12), wide.repeat(StudentRecord.MAX_WHO_OR_WHERE),
                    wide.repeat(StudentRecord.MAX_TITLE), "\u0001".repeat(StudentRecord.MAX_REFLECTION), "\u0001".repeat(StudentRecord.MAX_REFLECTION),
                    "\u0001".repeat(StudentRecord.MAX_REFLECTION)));
        }
        List<Shortlisted> shortlist = new ArrayList<>();
        for (int i = 0; i < StudentRecord.MAX_SHORTLIST; i++) {
            shortlist.add(new Shortlisted(("x" + String.format("%0" + (MyPlan.MAX_ID - 1) + "d", i)).replace('0', '\u2028'),
                    wide.repeat(StudentRecord.MAX_TITLE)));
        }
        return new StudentRecord(qualifications, skills, encounters, shortlist);
    }

    @Property(tries = 100)
    void halfACharacterIsRefusedByTheModelNotLostInTheFile(@ForAll("halfCharacters") String text) {
        MyPlan plan = MyPlan.empty("clinical-engineer");
        assertThrows(IllegalArgumentException.class, () -> plan.withNote(text));
        assertThrows(IllegalArgumentException.class, () -> plan.withStepNote("gcses", "x" + text));
    }

    @Property(tries = 100)
    void aNoteOverItsLimitIsRefusedByTheModel(@ForAll("overLong") String text) {
        assertThrows(IllegalArgumentException.class, () -> MyPlan.empty("p").withStepNote("a", text));
    }

    @Provide
    Arbitrary<MyPlan> plans() {
        Arbitrary<String> ids = text(1, 40).map(PlanFilePropertiesTest::withoutControls).filter(MyPlan::isId);
        Arbitrary<Map<String, StepMark>> marks = Arbitraries.maps(ids, Arbitraries.of(StepMark.class)).ofMaxSize(12);
        Arbitrary<Map<String, String>> notes = Arbitraries.maps(ids, text(1, MyPlan.MAX_STEP_NOTE)
                .filter(note -> !note.isBlank())).ofMaxSize(6);
        return Combinators.combine(ids, ids.optional(), marks, notes, text(0, MyPlan.MAX_NOTE), records())
                .as(MyPlan::new);
    }

    /** Any record within the limits: qualifications up to the most, skills, encounters and a shortlist in any text. */
    private static Arbitrary<StudentRecord> records() {
        Arbitrary<String> ids = text(1, 40).map(PlanFilePropertiesTest::withoutControls).filter(MyPlan::isId);
        Arbitrary<List<StudentQualification>> qualifications = Arbitraries.of(SOME_QUALIFICATIONS).list()
                .ofMaxSize(StudentRecord.MAX_QUALIFICATIONS);
        Arbitrary<String> names = text(1, 60).map(StudentRecord::asLine).filter(StudentRecord::isSkillName);
        Arbitrary<SkillReflection> reflections = Combinators.combine(Arbitraries.of(SkillRating.class).optional(),
                text(0, StudentRecord.MAX_SHOWN_WHEN).map(StudentRecord::asLine))
                .as(SkillReflection::new).filter(r -> !r.isEmpty());
        Arbitrary<Map<String, SkillReflection>> skills = Arbitraries.maps(names, reflections).ofMaxSize(8)
                .map(PlanFilePropertiesTest::oneNamePerSkill);
        Arbitrary<java.time.YearMonth> months = Combinators.combine(
                Arbitraries.integers().between(StudentRecord.FIRST_YEAR, StudentRecord.LAST_YEAR),
                Arbitraries.integers().between(1, 12)).as(java.time.YearMonth::of);
        Arbitrary<Encounter> encounters = Combinators.combine(ids, Arbitraries.of(EncounterKind.class), months,
                text(0, StudentRecord.MAX_WHO_OR_WHERE).map(StudentRecord::asLine),
                text(0, StudentRecord.MAX_TITLE).map(StudentRecord::asLine), text(0, StudentRecord.MAX_REFLECTION),
                text(0, StudentRecord.MAX_REFLECTION), text(0, StudentRecord.MAX_REFLECTION)).as(Encounter::new);
        Arbitrary<List<Encounter>> encounterList = encounters.list().ofMaxSize(5).uniqueElements(Encounter::id);
        Arbitrary<Shortlisted> jobs = Combinators.combine(ids, text(1, StudentRecord.MAX_TITLE).map(StudentRecord::asLine)
                .filter(t -> !t.isBlank())).as(Shortlisted::new);
        Arbitrary<List<Shortlisted>> shortlist = jobs.list().ofMaxSize(6).uniqueElements(Shortlisted::profile);
        return Combinators.combine(qualifications, skills, encounterList, shortlist).as(StudentRecord::new);
    }

    /** Names that are one skill by {@link StudentRecord#skillKey} are kept once. */
    private static Map<String, SkillReflection> oneNamePerSkill(Map<String, SkillReflection> skills) {
        Map<String, SkillReflection> kept = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        skills.forEach((name, reflection) -> {
            if (keys.add(StudentRecord.skillKey(name))) {
                kept.put(name, reflection);
            }
        });
        return kept;
    }

    private static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '-' : c));
        return kept.toString();
    }

    /** Any text of whole characters: every plane, so emoji, right-to-left letters, combining marks and controls. */
    private static Arbitrary<String> text(int least, int most) {
        Arbitrary<Integer> anyCharacter = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF),
                Arbitraries.of(0x0627, 0x05D0, 0x0301, 0x200F, 0x1F600, 0x1F469, 0x200D, 0xFE0F, 0x0000, 0x2028, 0x0009));
        return anyCharacter.list().ofMinSize(least).ofMaxSize(most).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<String> halfCharacters() {
        return Combinators.combine(text(0, 20), Arbitraries.chars().range('\uD800', '\uDFFF'), text(0, 20))
                .as((before, half, after) -> before + half + (Character.isHighSurrogate(half) ? "x" : "") + after);
    }

    @Provide
    Arbitrary<String> overLong() {
        return Arbitraries.integers().between(MyPlan.MAX_STEP_NOTE + 1, MyPlan.MAX_STEP_NOTE * 3).map("a"::repeat);
    }
}
