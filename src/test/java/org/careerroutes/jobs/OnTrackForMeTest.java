package org.careerroutes.jobs;

import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.careerroutes.jobs.TestPack.gcse;
import static org.careerroutes.jobs.TestPack.predictedALevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * "On track for me" for three students against the test pack, worked out by hand from each
 * route's rules in src/test/resources/pack/rules.txt (a job is on track when any of its routes'
 * usual entry requirements is met, with predicted grades or without; a way in that asks for
 * nothing is met by anyone; a route with no rule counts for nothing).
 */
class OnTrackForMeTest {

    private final JobIndex index = TestPack.index();

    /**
     * Six GCSEs at 4 or above, with English, maths and combined science; nothing after them.
     * Not yet (every checked route needs A levels, a college qualification or a degree): accountant,
     * airline pilot, architect, data analyst, dietitian, pharmacist, physiotherapist, police officer,
     * radiographer. Not checked at all: farm worker (its one route has no rule). On track: the other 22.
     */
    private static final List<StudentQualification> AFTER_GCSES = List.of(gcse("English", "5"), gcse("Maths", "4"),
            TestPack.q(QualificationType.GCSE, "Combined science", "4-4", false), gcse("History", "6"),
            gcse("Art and design", "5"));

    /** As above with triple science, and three A levels predicted: every job with a checked route. */
    private static final List<StudentQualification> IN_YEAR_13 = List.of(gcse("English", "6"), gcse("Maths", "7"),
            gcse("Biology", "7"), gcse("Chemistry", "6"), gcse("Physics", "6"), gcse("History", "5"),
            predictedALevel("Biology", "A"), predictedALevel("Chemistry", "B"), predictedALevel("Maths", "B"));

    /** English and maths at grade 3: the level 1 and level 2 courses, and intermediate apprenticeships. */
    private static final List<StudentQualification> TWO_GRADE_3S = List.of(gcse("English", "3"), gcse("Maths", "3"));

    private static final Set<String> NOT_YET_AFTER_GCSES = Set.of("accountant", "airline-pilot", "architect",
            "data-analyst", "dietitian", "pharmacist", "physiotherapist", "police-officer", "radiographer");

    private Map<String, JobVerdict> verdicts(List<StudentQualification> mine) {
        Map<String, JobVerdict> verdicts = new HashMap<>();
        index.jobs().forEach(job -> verdicts.put(job.id(), JobVerdict.of(job, mine)));
        return verdicts;
    }

    private Set<String> onTrack(List<StudentQualification> mine) {
        return new TreeSet<>(index.select(JobFilters.NONE.withOnTrack(true), verdicts(mine), Set.of()).jobs().stream()
                .map(JobEntry::id).toList());
    }

    @Test
    void aStudentWithGcsesIsOnTrackForTwentyTwoJobs() {
        Set<String> expected = new TreeSet<>(index.jobs().stream().map(JobEntry::id).toList());
        expected.removeAll(NOT_YET_AFTER_GCSES);
        expected.remove("farm-worker");
        assertEquals(expected, onTrack(AFTER_GCSES));
        assertEquals(22, index.select(JobFilters.NONE, verdicts(AFTER_GCSES), Set.of()).counts().onTrack());

        Map<String, JobVerdict> verdicts = verdicts(AFTER_GCSES);
        NOT_YET_AFTER_GCSES.forEach(id -> assertEquals(JobVerdict.Standing.NOT_YET, verdicts.get(id).standing(), id));
        assertEquals(JobVerdict.Standing.NOT_CHECKED, verdicts.get("farm-worker").standing());
        assertEquals("College: you meet the usual entry requirements", verdicts.get("nurse").words(),
                "the university route wants A levels; the college route four GCSEs");
        assertEquals("Apprenticeship: you meet the usual entry requirements for an advanced apprenticeship",
                verdicts.get("civil-engineer").words(), "its degree apprenticeship wants a college qualification");
        assertEquals("Starting in a junior job: you meet the usual entry requirements", verdicts.get("paramedic").words(),
                "the way in named as the filter names it, not by the route's title \"Work\"");
        assertEquals("College: you meet the usual entry requirements for a level 1 course, for a level 2 course and "
                + "for a level 3 course (and 1 other route)", verdicts.get("bricklayer").words());
        assertEquals("Not yet on any of the routes Career Routes checks (it does not check 2 of its 4)",
                verdicts.get("accountant").words());
        assertEquals("Not yet on the route Career Routes checks (it does not check 1 of its 2)",
                verdicts.get("airline-pilot").words());
    }

    @Test
    void aStudentWithPredictedALevelsIsOnTrackForEveryJobCareerRoutesChecks() {
        Map<String, JobVerdict> verdicts = verdicts(IN_YEAR_13);
        Set<String> expected = new TreeSet<>(index.jobs().stream().map(JobEntry::id).toList());
        expected.remove("farm-worker");
        assertEquals(expected, onTrack(IN_YEAR_13));
        // The nine the GCSEs alone did not open are open with the predicted A levels only.
        NOT_YET_AFTER_GCSES.forEach(id -> assertEquals(JobVerdict.Standing.PREDICTED, verdicts.get(id).standing(), id));
        assertEquals(22, verdicts.values().stream().filter(v -> v.standing() == JobVerdict.Standing.MEETS).count());
        assertEquals("University: predicted grades meet the usual entry requirements (and 1 other route)",
                verdicts.get("accountant").words(), "two A levels for the degree; GCSEs and an A level for the apprenticeship");
        assertEquals("Apprenticeship: predicted grades meet the usual entry requirements",
                verdicts.get("dietitian").words(), "an A level is a college qualification; the degree is not checked");
        assertFalse(verdicts.get("farm-worker").onTrack(), "not checked is never counted as met");
        assertEquals("Career Routes does not check this job\u2019s entry requirements: read them on its How to become "
                + "one page", verdicts.get("farm-worker").words());
    }

    @Test
    void aStudentWithTwoGrade3GcsesIsOnTrackForElevenJobs() {
        assertEquals(new TreeSet<>(List.of("bricklayer", "care-worker", "chef", "electrician", "gardener", "hairdresser",
                "laboratory-technician", "mechanic", "plumber", "teaching-assistant", "zookeeper")), onTrack(TWO_GRADE_3S));
        Map<String, JobVerdict> verdicts = verdicts(TWO_GRADE_3S);
        assertEquals("College: you meet the usual entry requirements for a level 1 course and for a level 2 course "
                + "(and 1 other route)", verdicts.get("bricklayer").words(), "and the intermediate apprenticeship");
        assertEquals("College: you meet the usual entry requirements for a level 2 course",
                verdicts.get("laboratory-technician").words(), "its junior job wants four GCSEs at 4 with two sciences");
        assertEquals(JobVerdict.Standing.NOT_YET, verdicts.get("dental-nurse").standing(), "four GCSEs at grade 4");
    }

    @Test
    void onTrackCombinesWithTheOtherFilters() {
        Map<String, JobVerdict> verdicts = verdicts(TWO_GRADE_3S);
        JobIndex.Selection paidAndOnTrack = index.select(JobFilters.NONE.withOnTrack(true)
                .withType(RouteType.APPRENTICESHIP, true), verdicts, Set.of());
        // Of the eleven, those with an apprenticeship route (README.txt): not gardener, hairdresser, laboratory technician.
        assertEquals(List.of("bricklayer", "care-worker", "chef", "electrician", "mechanic", "plumber",
                "teaching-assistant", "zookeeper"), paidAndOnTrack.jobs().stream().map(JobEntry::id).toList());
        assertEquals(8, paidAndOnTrack.counts().type(RouteType.APPRENTICESHIP));
        assertEquals(8, paidAndOnTrack.counts().onTrack(), "on track among apprenticeship jobs");
    }
}
