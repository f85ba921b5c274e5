package org.careerroutes.plan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job's skills with the student's ratings: matched across jobs, summed up, and names a record cannot keep set apart. */
class JobSkillsTest {

    private static final List<String> EIGHT = List.of("Communication", "Financial planning", "IT", "Numeracy",
            "Problem solving", "Teamwork", "Technical ability", "Time management");

    @Test
    void theSummarySaysHowManyOfTheJobsSkillsAreRatedHow() {
        StudentRecord record = StudentRecord.EMPTY
                .withSkill("problem  SOLVING", SkillReflection.rated(SkillRating.CONFIDENT))
                .withSkill("Teamwork", new SkillReflection(Optional.of(SkillRating.CONFIDENT), "Captain of the netball team"))
                .withSkill("IT", SkillReflection.rated(SkillRating.CONFIDENT))
                .withSkill("Numeracy", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withSkill("Time management", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withSkill("Communication", SkillReflection.rated(SkillRating.NOT_YET))
                .withSkill("Cooking", SkillReflection.rated(SkillRating.CONFIDENT));
        JobSkills skills = JobSkills.of(EIGHT, record);
        assertEquals("3 of 8 confident, 2 getting there, 1 not yet", skills.summary());
        assertEquals(Optional.of(SkillRating.CONFIDENT), skills.skills().get(4).rating(), "matched without capitals or spaces");
        assertEquals("Problem solving", skills.skills().get(4).name(), "named as the job spells it");
        assertEquals("Captain of the netball team", skills.skills().get(5).shownWhen());
        assertEquals(6, skills.said().size(), "a skill of another job is not this job's");
    }

    @Test
    void nothingRatedIsSaidSo() {
        assertEquals("none of the 8 rated yet", JobSkills.of(EIGHT, StudentRecord.EMPTY).summary());
        assertTrue(JobSkills.of(EIGHT, StudentRecord.EMPTY).nothingSaid());
        assertEquals("0 of 8 confident, 1 not yet", JobSkills.of(EIGHT, StudentRecord.EMPTY
                .withSkill("IT", SkillReflection.rated(SkillRating.NOT_YET))).summary());
    }

    @Test
    void aSkillListedTwiceIsOneAndANameNoRecordCanKeepIsSetApart() {
        String tooLong = "x".repeat(StudentRecord.MAX_SKILL_NAME + 1);
        JobSkills skills = JobSkills.of(List.of("Teamwork", "teamwork ", "Two\nlines", tooLong, " "), StudentRecord.EMPTY);
        assertEquals(List.of("Teamwork"), skills.skills().stream().map(JobSkills.Skill::name).toList());
        assertEquals(List.of("Two\nlines", tooLong), skills.unratable());
    }
}
