package org.careerroutes.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Jobs like this" on the test pack: counted by hand from each job's related subjects and skills
 * (README.txt's shared vocabulary) and its routes.
 */
class JobsLikeThisTest {

    private final JobIndex index = TestPack.index();

    private List<String> titles(String id) {
        return JobsLikeThis.of(TestPack.job(id), index).stream().map(s -> s.job().title()).toList();
    }

    @Test
    void theNursesAreTheJobsThatShareTheMostMostFirstThenByTitle() {
        // Paramedic: 2 subjects, 6 skills, 4 ways in (12); police officer 2, 6, 3 (11); then three
        // at 10 with 2 subjects and 5 skills, by title. The teaching assistant also shares 10, but
        // with 4 skills, so it is sixth and not shown.
        assertEquals(List.of("Paramedic", "Police officer", "Dental nurse", "Physiotherapist", "Veterinary nurse"),
                titles("nurse"));
    }

    @Test
    void eachSaysWhatItShares() {
        JobsLikeThis.Similar paramedic = JobsLikeThis.of(TestPack.job("nurse"), index).get(0);
        assertEquals(List.of("Biology", "Health and social care"), paramedic.subjects());
        assertEquals(Set.of(RouteType.UNIVERSITY, RouteType.APPRENTICESHIP, RouteType.WORK, RouteType.VOLUNTEERING),
                paramedic.types());
        assertEquals(12, paramedic.shared());
        assertEquals("Biology, Health and social care; Sensitivity and understanding, Patience and the ability to remain "
                + "calm in stressful situations, Communication, Teamwork, Attention to detail, Physical fitness; a "
                + "university course, an apprenticeship, starting in a junior job and volunteering", paramedic.reasons());
    }

    @Test
    void moreInCommonWinsOverMoreSubjects() {
        // The plumber shares 11 with the electrician; the civil engineer all three subjects but 8 in all.
        assertEquals(List.of("Plumber", "Mechanic", "Bricklayer", "Civil engineer", "Architect"), titles("electrician"));
        JobsLikeThis.Similar architect = JobsLikeThis.of(TestPack.job("electrician"), index).get(4);
        assertEquals("Maths, Physics, Design and technology; Problem solving, Attention to detail, Knowledge of maths; "
                + "an apprenticeship", architect.reasons());
    }

    @Test
    void aJobIsNeverLikeItselfAndAJobSharingOnlyWaysInIsNotLikeIt() {
        for (JobEntry job : index.jobs()) {
            List<JobsLikeThis.Similar> like = JobsLikeThis.of(job, index);
            assertTrue(like.size() <= JobsLikeThis.MOST);
            assertTrue(like.stream().noneMatch(s -> s.job().id().equals(job.id())), job.id());
            assertTrue(like.stream().allMatch(s -> !s.subjects().isEmpty() || !s.skills().isEmpty()), job.id());
        }
    }
}
