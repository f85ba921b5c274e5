package org.careerroutes.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search and filters on the test pack, against counts made by hand from the pack's README.txt
 * (its "Related subjects" totals, each job's routes and registration).
 */
class JobIndexTest {

    private final JobIndex index = TestPack.index();

    private List<String> ids(JobFilters filters) {
        return index.select(filters, Map.of(), Set.of()).jobs().stream().map(JobEntry::id).toList();
    }

    private JobIndex.Counts counts(JobFilters filters) {
        return index.select(filters, Map.of(), Set.of()).counts();
    }

    @Test
    void everyJobIsOfferedSortedByTitle() {
        List<String> titles = index.jobs().stream().map(JobEntry::title).toList();
        assertEquals(32, titles.size());
        assertEquals("Accountant", titles.get(0));
        assertEquals("Airline pilot", titles.get(1));
        assertEquals("Zookeeper", titles.get(31));
        assertEquals(32, ids(JobFilters.NONE).size());
    }

    @Test
    void theSubjectsAreEveryJobsRelatedSubjectsOnceEachByName() {
        List<String> labels = index.subjects().stream().map(JobIndex.SubjectChoice::label).toList();
        assertEquals(List.of("Art and design", "Biology", "Business studies", "Chemistry", "Computing",
                "Design and technology", "English", "Food preparation and nutrition", "Geography",
                "Health and social care", "Maths", "Media studies", "Physics"), labels);
    }

    @Test
    void eachSubjectIsCountedAsTheReadmeCountsIt() {
        JobIndex.Counts counts = counts(JobFilters.NONE);
        Map<String, Integer> readme = Map.ofEntries(Map.entry("Maths", 12), Map.entry("Biology", 12),
                Map.entry("Physics", 8), Map.entry("Health and social care", 8), Map.entry("Design and technology", 7),
                Map.entry("English", 5), Map.entry("Chemistry", 5), Map.entry("Media studies", 4),
                Map.entry("Geography", 4), Map.entry("Business studies", 4), Map.entry("Art and design", 4),
                Map.entry("Food preparation and nutrition", 3), Map.entry("Computing", 3));
        for (JobIndex.SubjectChoice subject : index.subjects()) {
            assertEquals(readme.get(subject.label()), counts.subject(subject.key()), subject.label());
        }
    }

    @Test
    void waysInPaidAndRegistrationAreCountedByTheirRoutes() {
        JobIndex.Counts counts = counts(JobFilters.NONE);
        // Counted from each job's "Routes:" line in README.txt.
        assertEquals(18, counts.type(RouteType.UNIVERSITY));
        assertEquals(18, counts.type(RouteType.COLLEGE));
        assertEquals(27, counts.type(RouteType.APPRENTICESHIP));
        assertEquals(22, counts.type(RouteType.WORK));
        assertEquals(8, counts.type(RouteType.VOLUNTEERING));
        assertEquals(9, counts.type(RouteType.DIRECT));
        assertEquals(11, counts.type(RouteType.OTHER));
        // Every job with an apprenticeship or a start in a junior job is paid while training: all but two.
        assertEquals(30, counts.paid());
        // README.txt's "Registration:" lines name a body for ten jobs; the plumber's is only "if you want to work on gas".
        assertEquals(9, counts.registration());
        assertEquals(0, counts.onTrack(), "no qualifications entered");
    }

    @Test
    void aSubjectFilterShowsTheJobsThatListIt() {
        String biology = key("Biology");
        assertEquals(List.of("dental-nurse", "dietitian", "farm-worker", "gardener", "laboratory-technician", "nurse",
                "paramedic", "pharmacist", "physiotherapist", "radiographer", "veterinary-nurse", "zookeeper"),
                ids(JobFilters.NONE.withSubject(biology, true)));
    }

    @Test
    void twoSubjectsShowTheJobsWithEither() {
        JobFilters filters = JobFilters.NONE.withSubject(key("Maths"), true).withSubject(key("Physics"), true);
        assertEquals(List.of("accountant", "airline-pilot", "architect", "bricklayer", "civil-engineer", "data-analyst",
                "electrician", "firefighter", "laboratory-technician", "mechanic", "pharmacist", "plumber",
                "radiographer", "software-developer", "teaching-assistant"), ids(filters));
    }

    @Test
    void filtersCombineAndEachChoiceCountsWithTheOthersAsTheyAre() {
        JobFilters biology = JobFilters.NONE.withSubject(key("Biology"), true);
        JobFilters withApprenticeship = biology.withType(RouteType.APPRENTICESHIP, true);
        // Biology jobs with an apprenticeship: all but farm worker, gardener and laboratory technician.
        assertEquals(List.of("dental-nurse", "dietitian", "nurse", "paramedic", "pharmacist", "physiotherapist",
                "radiographer", "veterinary-nurse", "zookeeper"), ids(withApprenticeship));
        JobIndex.Counts counts = counts(withApprenticeship);
        assertEquals(9, counts.type(RouteType.APPRENTICESHIP), "among biology jobs");
        assertEquals(3, counts.type(RouteType.VOLUNTEERING), "nurse, paramedic, zookeeper: biology jobs that volunteer");
        assertEquals(11, counts.subject(key("Maths")), "maths among apprenticeship jobs: all but the airline pilot");
        assertEquals(9, counts.subject(key("Biology")), "biology among apprenticeship jobs");
        assertEquals(8, counts.registration(), "biology and apprenticeship jobs needing registration: not zookeeper");
        assertEquals(9, counts.paid(), "each has a paid apprenticeship");

        JobFilters registered = withApprenticeship.withRegistration(true);
        assertEquals(8, ids(registered).size());
        assertEquals(List.of("dental-nurse", "dietitian", "nurse", "paramedic", "pharmacist", "physiotherapist",
                "radiographer", "veterinary-nurse"), ids(registered));
        assertEquals(32, ids(registered.withoutFilters()).size(), "Clear all");
    }

    @Test
    void waysInOfTwoKindsShowJobsWithEither() {
        assertEquals(List.of("care-worker", "firefighter", "journalist", "nurse", "paramedic", "police-officer",
                "teaching-assistant", "zookeeper"), ids(JobFilters.NONE.withType(RouteType.VOLUNTEERING, true)));
        assertEquals(13, ids(JobFilters.NONE.withType(RouteType.VOLUNTEERING, true)
                .withType(RouteType.DIRECT, true)).size());
    }

    @Test
    void paidWhileTrainingLeavesOutTheJobsWhoseProfileSaysNoRoutePays() {
        List<String> paid = ids(JobFilters.NONE.withPaid(true));
        assertEquals(30, paid.size());
        assertTrue(!paid.contains("airline-pilot") && !paid.contains("farm-worker"), paid::toString);
    }

    @Test
    void searchFindsWordsByTheirStartAcrossTitleSummaryDutiesSkillsAndSubjects() {
        // "nurs": the title that starts with it, then the other nursing titles, then jobs that mention
        // nurses in their duties (worked by hand from the test pack), each group by title. Care worker and
        // teaching assistant speak of nurses and nurseries only where the search does not look (career path, workplaces).
        assertEquals(List.of("nurse", "dental-nurse", "veterinary-nurse", "pharmacist", "physiotherapist",
                "radiographer"), ids(JobFilters.NONE.withQuery("nurs")));
        // Two words: the title that starts with both, in the order typed, comes first.
        assertEquals(List.of("veterinary-nurse"), ids(JobFilters.NONE.withQuery("vet nurs")).subList(0, 1));
        // Words typed in another order than the title's: in the title, but not its start.
        assertEquals(List.of("dental-nurse"), ids(JobFilters.NONE.withQuery("nurse dental")).subList(0, 1));
        // A subject: Computing is listed by three jobs (README), and no other mentions it.
        assertEquals(List.of("data-analyst", "software-developer", "web-designer"), ids(JobFilters.NONE.withQuery("computing")));
        // Capitals and accents do not matter; every word must be found.
        assertEquals(ids(JobFilters.NONE.withQuery("computing")), ids(JobFilters.NONE.withQuery("COMPUTING")));
        assertEquals(List.of(), ids(JobFilters.NONE.withQuery("computing zzz")));
        assertEquals(List.of(), ids(JobFilters.NONE.withQuery("xyz")));
    }

    @Test
    void searchAndFiltersCombine() {
        List<String> both = ids(JobFilters.NONE.withQuery("computing").withType(RouteType.COLLEGE, true));
        assertEquals(List.of("software-developer", "web-designer"), both, "data analyst has no college route");
        JobIndex.Counts counts = counts(JobFilters.NONE.withQuery("computing"));
        assertEquals(3, counts.type(RouteType.APPRENTICESHIP));
        assertEquals(2, counts.type(RouteType.COLLEGE));
    }

    @Test
    void theWordsToMarkAreWholeWordsThatStartWithWhatWasTyped() {
        String text = "Nurses plan and give care to people who are unwell";
        List<JobSearch.Mark> marks = JobSearch.marks(text, JobSearch.words("nurs CARE"));
        assertEquals(List.of(new JobSearch.Mark(0, 6), new JobSearch.Mark(21, 25)), marks);
        assertEquals(List.of(), JobSearch.marks(text, JobSearch.words("")));
    }

    @Test
    void aCardSaysWhereAJobMatchedBeyondItsTitleAndSummary() {
        JobEntry analyst = TestPack.job("data-analyst");
        assertEquals(java.util.Optional.of(new JobSearch.Found("Subjects", "Computing")),
                JobSearch.foundBeyondCard(analyst, JobSearch.words("computing")));
        assertEquals(java.util.Optional.empty(), JobSearch.foundBeyondCard(analyst, JobSearch.words("data")),
                "the title shows it");
    }

    @Test
    void theShortlistFilterShowsOnlyShortlistedJobs() {
        JobIndex.Selection shortlisted = index.select(JobFilters.NONE.withShortlisted(true), Map.of(),
                Set.of("nurse", "chef", "gone-from-the-folder"));
        assertEquals(List.of("chef", "nurse"), shortlisted.jobs().stream().map(JobEntry::id).toList());
        assertEquals(2, shortlisted.counts().shortlisted());
    }

    private String key(String label) {
        return index.subjects().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().key();
    }
}
