package org.careerroutes.plan;

import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.careerroutes.plan.PlanStoreTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The student's record: its limits, skills matched across jobs, encounters and the shortlist, and a plan's record beside it. */
class StudentRecordTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void encountersReadNewestFirstByMonthThenTheOneRecordedLater() {
        StudentRecord record = StudentRecord.EMPTY
                .withEncounter(Encounter.of("a", EncounterKind.CAREERS_FAIR, MARCH))
                .withEncounter(Encounter.of("b", EncounterKind.OPEN_DAY, MARCH.minusMonths(5)))
                .withEncounter(Encounter.of("c", EncounterKind.WORK_EXPERIENCE, MARCH.plusMonths(2)))
                .withEncounter(Encounter.of("d", EncounterKind.EMPLOYER_TALK, MARCH));
        assertEquals(List.of("c", "d", "a", "b"), record.encountersNewestFirst().stream().map(Encounter::id).toList());
        assertEquals(List.of("a", "b", "c", "d"), record.encounters().stream().map(Encounter::id).toList(),
                "kept in the order recorded");
        assertEquals("March 2026", record.encounters().get(0).when());
    }

    @Test
    void anEncounterNamesItsJobInOneLine() {
        Encounter fair = Encounter.of("a", EncounterKind.CAREERS_FAIR, MARCH).withJob("Clinical engineer");
        assertEquals("Clinical engineer", fair.job());
        assertThrows(IllegalArgumentException.class, () -> fair.withJob("Nurse\nMidwife"));
        assertThrows(IllegalArgumentException.class, () -> fair.withJob("x".repeat(StudentRecord.MAX_TITLE + 1)));
        assertEquals(fair.withId("b").job(), "Clinical engineer", "a new id keeps everything else");
    }

    @Test
    void everyLimitIsHeldAndOneMoreIsRefused() {
        StudentQualification maths = q(QualificationType.GCSE, "Maths", "7", false);
        List<StudentQualification> most = new ArrayList<>();
        for (int i = 0; i < StudentRecord.MAX_QUALIFICATIONS; i++) {
            most.add(maths);
        }
        StudentRecord full = StudentRecord.EMPTY.withQualifications(most);
        assertEquals(200, full.qualifications().size());
        most.add(maths);
        assertThrows(IllegalArgumentException.class, () -> StudentRecord.EMPTY.withQualifications(most));

        StudentRecord skills = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_SKILLS; i++) {
            skills = skills.withSkill("Skill " + i, SkillReflection.rated(SkillRating.NOT_YET));
        }
        StudentRecord atMost = skills;
        assertThrows(IllegalArgumentException.class, () -> atMost.withSkill("One more", SkillReflection.rated(SkillRating.NOT_YET)));
        assertEquals(StudentRecord.MAX_SKILLS, atMost.withSkill("skill  0", SkillReflection.rated(SkillRating.CONFIDENT))
                .skills().size(), "a skill already rated is changed, not added");

        StudentRecord encounters = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_ENCOUNTERS; i++) {
            encounters = encounters.withEncounter(Encounter.of(encounters.nextEncounterId(), EncounterKind.OTHER, MARCH));
        }
        StudentRecord fullOfEncounters = encounters;
        assertThrows(IllegalArgumentException.class, () -> fullOfEncounters.withEncounter(
                Encounter.of(fullOfEncounters.nextEncounterId(), EncounterKind.OTHER, MARCH)));

        StudentRecord jobs = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_SHORTLIST; i++) {
            jobs = jobs.withShortlisted("job-" + i, "Job " + i);
        }
        StudentRecord fullShortlist = jobs;
        assertThrows(IllegalArgumentException.class, () -> fullShortlist.withShortlisted("one-more", "One more"));
    }

    @Test
    void textsAreBoundedAsAPersonCountsThemAndHalfACharacterIsRefused() {
        String emoji = "\uD83D\uDE00";
        assertEquals(StudentRecord.MAX_SHOWN_WHEN, new SkillReflection(Optional.empty(),
                emoji.repeat(StudentRecord.MAX_SHOWN_WHEN)).shownWhen().codePointCount(0, 600), "an emoji counts once");
        assertThrows(IllegalArgumentException.class, () -> new SkillReflection(Optional.empty(),
                "a".repeat(StudentRecord.MAX_SHOWN_WHEN + 1)));
        assertThrows(IllegalArgumentException.class, () -> new SkillReflection(Optional.empty(), "half \uD83D"));
        assertThrows(IllegalArgumentException.class, () -> new SkillReflection(Optional.empty(), "two\nlines"),
                "\u201cwhen I showed it\u201d is one line");
        assertEquals("two lines and a tab", StudentRecord.asLine("two\nlines\u2028and a\ttab"));

        Encounter base = Encounter.of("encounter-1", EncounterKind.CAREERS_FAIR, MARCH);
        String longest = "x".repeat(StudentRecord.MAX_REFLECTION);
        assertEquals(longest, base.withLearned(longest).learned());
        assertEquals("Line one\nline two", base.withNextStep("Line one\nline two").nextStep(), "a reflection may have lines");
        assertThrows(IllegalArgumentException.class, () -> base.withChangedMyView(longest + "x"));
        assertThrows(IllegalArgumentException.class, () -> base.withWhoOrWhere("a".repeat(StudentRecord.MAX_WHO_OR_WHERE + 1)));
        assertThrows(IllegalArgumentException.class, () -> base.withWhoOrWhere("NHS\nLeeds"));
        assertThrows(IllegalArgumentException.class, () -> Encounter.of("e", EncounterKind.OTHER, YearMonth.of(1899, 12)));
        assertThrows(IllegalArgumentException.class, () -> Encounter.of(" ", EncounterKind.OTHER, MARCH), "an id is not blank");
        assertThrows(IllegalArgumentException.class, () -> new Shortlisted("nurse", " "), "a title is not blank");
        assertThrows(IllegalArgumentException.class, () -> new Shortlisted("nurse", "t".repeat(StudentRecord.MAX_TITLE + 1)));
    }

    @Test
    void aSkillRatedOnOneJobIsFoundByAnyJobThatListsItWhateverItsCapitalsAndSpaces() {
        StudentRecord record = StudentRecord.EMPTY.withSkill("Problem solving",
                new SkillReflection(Optional.of(SkillRating.CONFIDENT), "Robotics club"));
        assertEquals(Optional.of(SkillRating.CONFIDENT), record.skill("problem  SOLVING ").flatMap(SkillReflection::rating));
        assertEquals(Optional.of(SkillRating.CONFIDENT), record.skill("\u00a0Problem\tsolving").flatMap(SkillReflection::rating));
        assertEquals(Optional.empty(), record.skill("Problem-solving"), "a hyphen is not a space");

        StudentRecord changed = record.withSkill("PROBLEM SOLVING", SkillReflection.rated(SkillRating.GETTING_THERE));
        assertEquals(List.of("Problem solving"), List.copyOf(changed.skills().keySet()), "kept under its first name");
        assertEquals("", changed.skills().get("Problem solving").shownWhen());

        assertTrue(changed.withSkill("problem solving", SkillReflection.NONE).skills().isEmpty(), "saying nothing removes it");
        assertEquals("strasse", StudentRecord.skillKey("STRASSE"));
        assertEquals(StudentRecord.skillKey("Stra\u00dfe"), StudentRecord.skillKey("STRASSE"));

        Map<String, SkillReflection> twice = new LinkedHashMap<>();
        twice.put("Teamwork", SkillReflection.rated(SkillRating.CONFIDENT));
        twice.put("team work", SkillReflection.rated(SkillRating.CONFIDENT));
        twice.put("TEAMWORK ", SkillReflection.rated(SkillRating.NOT_YET));
        assertThrows(IllegalArgumentException.class, () -> new StudentRecord(List.of(), twice, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new StudentRecord(List.of(),
                Map.of("Teamwork", SkillReflection.NONE), List.of(), List.of()), "an empty reflection is not kept");
    }

    @Test
    void encountersAreAddedEditedAndDeletedByIdAndTheShortlistKeepsEachJobOnce() {
        StudentRecord record = StudentRecord.EMPTY;
        String first = record.nextEncounterId();
        record = record.withEncounter(Encounter.of(first, EncounterKind.WORK_EXPERIENCE, MARCH).withWhoOrWhere("St James's"));
        String second = record.nextEncounterId();
        assertFalse(first.equals(second));
        record = record.withEncounter(Encounter.of(second, EncounterKind.ONLINE_EVENT, MARCH.plusMonths(1)));
        record = record.withEncounter(record.encounter(first).orElseThrow().withLearned("Engineers fix scanners on wards"));
        assertEquals(List.of(first, second), record.encounters().stream().map(Encounter::id).toList(), "edited in place");
        assertEquals("Engineers fix scanners on wards", record.encounter(first).orElseThrow().learned());
        record = record.withoutEncounter(first);
        assertEquals(List.of(second), record.encounters().stream().map(Encounter::id).toList());
        assertFalse(record.nextEncounterId().equals(second), "a new id is never one in use");

        StudentRecord shortlist = StudentRecord.EMPTY.withShortlisted("nurse", "Nurse")
                .withShortlisted("clinical-engineer", "Clinical engineer").withShortlisted("nurse", "Nurse (renamed)");
        assertEquals(List.of(new Shortlisted("nurse", "Nurse"), new Shortlisted("clinical-engineer", "Clinical engineer")),
                shortlist.shortlist(), "once each, with the title it had when shortlisted");
        assertFalse(shortlist.withoutShortlisted("nurse").isShortlisted("nurse"));
        assertTrue(shortlist.isShortlisted("clinical-engineer"));
    }

    @Test
    void aPlanHoldsTheRecordBesideTheJobsPart() {
        StudentQualification maths = q(QualificationType.GCSE, "Maths", "7", false);
        MyPlan plan = MyPlan.empty("clinical-engineer").withNote("mine").withQualifications(List.of(maths));
        assertEquals(List.of(maths), plan.qualifications(), "the record's, through the plan");
        assertEquals(List.of(maths), plan.student().qualifications());
        assertFalse(plan.isEmpty());
        assertFalse(plan.isJobEmpty());
        assertTrue(plan.withNote("").isJobEmpty(), "only the record is left");
        assertFalse(plan.withNote("").isEmpty());
        assertEquals(StudentRecord.EMPTY, plan.jobOnly().student());
        assertEquals("mine", plan.jobOnly().note());
    }

    @Test
    void whatWasDoneWhileTheSavedRecordWasReadIsAppliedOnTopAndNothingIsLost() {
        StudentRecord saved = StudentRecord.EMPTY
                .withSkill("Teamwork", SkillReflection.rated(SkillRating.CONFIDENT))
                .withEncounter(Encounter.of("encounter-1", EncounterKind.CAREERS_FAIR, MARCH).withWhoOrWhere("saved"))
                .withShortlisted("nurse", "Nurse");
        StudentRecord before = StudentRecord.EMPTY;
        StudentRecord after = before
                .withSkill("teamwork", SkillReflection.rated(SkillRating.NOT_YET))
                .withSkill("Communication", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withEncounter(Encounter.of("encounter-1", EncounterKind.OPEN_DAY, MARCH).withWhoOrWhere("meanwhile"))
                .withShortlisted("clinical-engineer", "Clinical engineer")
                .withQualifications(List.of(q(QualificationType.GCSE, "Maths", "7", false)));
        StudentRecord result = saved.replay(before, after);
        assertEquals(Optional.of(SkillRating.NOT_YET), result.skill("Teamwork").flatMap(SkillReflection::rating), "theirs wins");
        assertEquals(List.of("Teamwork", "Communication"), List.copyOf(result.skills().keySet()));
        assertEquals(List.of("saved", "meanwhile"), result.encounters().stream().map(Encounter::whoOrWhere).toList(),
                "an encounter added meanwhile with an id the saved record uses gets a new one: both kept");
        assertEquals(2, result.encounters().stream().map(Encounter::id).distinct().count());
        assertEquals(List.of("nurse", "clinical-engineer"), result.shortlist().stream().map(Shortlisted::profile).toList());
        assertEquals(1, result.qualifications().size());
    }
}
