package org.careerroutes.compare;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.StepDuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison and the timeline worked out for the built-in profile, and for small maps with gaps. */
class CompareCalculationTest {

    private static final Profile PROFILE = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    private static final RouteMap MAP = PROFILE.routeMap().orElseThrow();

    private static Pathway pathway(String id) {
        return MAP.pathway(id).orElseThrow();
    }

    /** Every starting point against every pathway, in the school year starting September 2026. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            YEAR_10  | degree-stp     | 10 years (registered in 2036) | \u2713 done: none | 2026\u20132028: GCSEs (you are here); 2028\u20132030: A levels or college qualifications; 2030\u20132033: Accredited degree; 2033\u20132036: NHS Scientist Training Programme (STP); 2036: Register with the HCPC; 2036: Clinical engineer
            YEAR_10  | apprenticeship | 7 years (registered in 2033)  | \u2713 done: none | 2026\u20132028: GCSEs (you are here); 2028\u20132030: A levels or college qualifications; 2030\u20132033: Healthcare science practitioner degree apprenticeship; 2033: Register with the HCPC; 2033: Clinical engineer
            YEAR_10  | ptp            | 7 years (registered in 2033)  | \u2713 done: none | 2026\u20132028: GCSEs (you are here); 2028\u20132030: A levels or college qualifications; 2030\u20132033: NHS Practitioner Training Programme (PTP); 2033: Register with the HCPC; 2033: Clinical engineer
            YEAR_10  | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: none | 2026\u20132028: GCSEs (you are here); 2028\u20132030: A levels or college qualifications; 2030\u20132033: Accredited degree; 2033 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            YEAR_11  | degree-stp     | 9 years (registered in 2035)  | \u2713 done: none | 2025\u20132027: GCSEs (you are here); 2027\u20132029: A levels or college qualifications; 2029\u20132032: Accredited degree; 2032\u20132035: NHS Scientist Training Programme (STP); 2035: Register with the HCPC; 2035: Clinical engineer
            YEAR_11  | apprenticeship | 6 years (registered in 2032)  | \u2713 done: none | 2025\u20132027: GCSEs (you are here); 2027\u20132029: A levels or college qualifications; 2029\u20132032: Healthcare science practitioner degree apprenticeship; 2032: Register with the HCPC; 2032: Clinical engineer
            YEAR_11  | ptp            | 6 years (registered in 2032)  | \u2713 done: none | 2025\u20132027: GCSEs (you are here); 2027\u20132029: A levels or college qualifications; 2029\u20132032: NHS Practitioner Training Programme (PTP); 2032: Register with the HCPC; 2032: Clinical engineer
            YEAR_11  | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: none | 2025\u20132027: GCSEs (you are here); 2027\u20132029: A levels or college qualifications; 2029\u20132032: Accredited degree; 2032 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            YEAR_12  | degree-stp     | 8 years (registered in 2034)  | \u2713 done: GCSEs | 2026\u20132028: A levels or college qualifications (you are here); 2028\u20132031: Accredited degree; 2031\u20132034: NHS Scientist Training Programme (STP); 2034: Register with the HCPC; 2034: Clinical engineer
            YEAR_12  | apprenticeship | 5 years (registered in 2031)  | \u2713 done: GCSEs | 2026\u20132028: A levels or college qualifications (you are here); 2028\u20132031: Healthcare science practitioner degree apprenticeship; 2031: Register with the HCPC; 2031: Clinical engineer
            YEAR_12  | ptp            | 5 years (registered in 2031)  | \u2713 done: GCSEs | 2026\u20132028: A levels or college qualifications (you are here); 2028\u20132031: NHS Practitioner Training Programme (PTP); 2031: Register with the HCPC; 2031: Clinical engineer
            YEAR_12  | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: GCSEs | 2026\u20132028: A levels or college qualifications (you are here); 2028\u20132031: Accredited degree; 2031 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            YEAR_13  | degree-stp     | 7 years (registered in 2033)  | \u2713 done: GCSEs | 2025\u20132027: A levels or college qualifications (you are here); 2027\u20132030: Accredited degree; 2030\u20132033: NHS Scientist Training Programme (STP); 2033: Register with the HCPC; 2033: Clinical engineer
            YEAR_13  | apprenticeship | 4 years (registered in 2030)  | \u2713 done: GCSEs | 2025\u20132027: A levels or college qualifications (you are here); 2027\u20132030: Healthcare science practitioner degree apprenticeship; 2030: Register with the HCPC; 2030: Clinical engineer
            YEAR_13  | ptp            | 4 years (registered in 2030)  | \u2713 done: GCSEs | 2025\u20132027: A levels or college qualifications (you are here); 2027\u20132030: NHS Practitioner Training Programme (PTP); 2030: Register with the HCPC; 2030: Clinical engineer
            YEAR_13  | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: GCSEs | 2025\u20132027: A levels or college qualifications (you are here); 2027\u20132030: Accredited degree; 2030 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            A_LEVELS | degree-stp     | 6 years (registered in 2033)  | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: Accredited degree; 2030\u20132033: NHS Scientist Training Programme (STP); 2033: Register with the HCPC; 2033: Clinical engineer
            A_LEVELS | apprenticeship | 3 years (registered in 2030)  | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: Healthcare science practitioner degree apprenticeship; 2030: Register with the HCPC; 2030: Clinical engineer
            A_LEVELS | ptp            | 3 years (registered in 2030)  | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: NHS Practitioner Training Programme (PTP); 2030: Register with the HCPC; 2030: Clinical engineer
            A_LEVELS | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: Accredited degree; 2030 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            DEGREE   | degree-stp     | 3 years (registered in 2030)  | \u2713 done: GCSEs, A levels or college qualifications, Accredited degree | 2027\u20132030: NHS Scientist Training Programme (STP); 2030: Register with the HCPC; 2030: Clinical engineer
            DEGREE   | apprenticeship | 3 years (registered in 2030)  | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: Healthcare science practitioner degree apprenticeship; 2030: Register with the HCPC; 2030: Clinical engineer
            DEGREE   | ptp            | 3 years (registered in 2030)  | \u2713 done: GCSEs, A levels or college qualifications | 2027\u20132030: NHS Practitioner Training Programme (PTP); 2030: Register with the HCPC; 2030: Clinical engineer
            DEGREE   | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: GCSEs, A levels or college qualifications, Accredited degree | 2027 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            """)
    void everyStartingPointOnEveryPathway(StartingPoint from, String pathwayId, String toRegistration, String done,
                                          String ahead) {
        RouteComparison column = Comparisons.compare(PROFILE, pathway(pathwayId), from, 2026, List.of());
        assertEquals(toRegistration, column.timeToRegistration());
        List<TimelineStep> steps = column.timeline().steps();
        List<String> doneTitles = steps.stream().filter(s -> s.status() == TimelineStep.Status.DONE)
                .map(TimelineStep::title).toList();
        assertEquals(done, "\u2713 done: " + (doneTitles.isEmpty() ? "none" : String.join(", ", doneTitles)));
        assertEquals(ahead, String.join("; ", steps.stream().filter(s -> s.status() != TimelineStep.Status.DONE)
                .map(TimelineStep::describe).toList()));
        // The NHS routes reach the job when they reach the register; the private sector's time varies.
        if (pathwayId.equals("private-sector")) {
            assertTrue(column.timeToRole().startsWith("Varies: "), column.timeToRole());
            assertEquals(Optional.empty(), column.timeline().registrationYear());
        } else {
            assertEquals(column.timeToRegistration().replace("registered", "starting"), column.timeToRole());
        }
    }

    @Test
    void theSchoolYearTurnsOnTheFirstOfSeptember() {
        assertEquals(2025, SchoolYear.startingYear(LocalDate.of(2026, 8, 31)));
        assertEquals(2026, SchoolYear.startingYear(LocalDate.of(2026, 9, 1)));
        assertEquals(2025, SchoolYear.startingYear(LocalDate.of(2026, 1, 1)));
        assertEquals(2025, SchoolYear.startingYear(LocalDate.of(2025, 12, 31)));
        assertEquals("2026 to 2027", SchoolYear.describe(2026));
    }

    @Test
    void aYear12StudentOnTheLastDayOfAugustIsAYearAheadOfOneOnTheFirstOfSeptember() {
        PathwayTimeline august = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.YEAR_12, LocalDate.of(2026, 8, 31));
        PathwayTimeline september = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.YEAR_12, LocalDate.of(2026, 9, 1));
        assertEquals("2025\u20132027: A levels or college qualifications (you are here)", august.steps().get(1).describe());
        assertEquals("2026\u20132028: A levels or college qualifications (you are here)", september.steps().get(1).describe());
        assertEquals(Optional.of(2033), august.registrationYear());
        assertEquals(Optional.of(2034), september.registrationYear());
        // Eight years from the start of the school year, either way.
        assertEquals(Optional.of(96), august.monthsToRegistration());
        assertEquals(Optional.of(96), september.monthsToRegistration());
    }

    @Test
    void aGraduateStartsNextSeptemberWhicheverDayOfTheSchoolYearItIs() {
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31))) {
            PathwayTimeline stp = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.DEGREE, day);
            assertEquals("2027\u20132030: NHS Scientist Training Programme (STP)", stp.steps().get(3).describe(), day::toString);
        }
        PathwayTimeline nextYear = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.DEGREE, LocalDate.of(2027, 9, 1));
        assertEquals("2028\u20132031: NHS Scientist Training Programme (STP)", nextYear.steps().get(3).describe());
    }

    /** A small map: a step without a length in the middle, and one at the start. */
    private static RouteMap gapMap(Optional<StepDuration> firstLength) {
        List<MapNode> nodes = List.of(
                new MapNode("gcses", "s", "GCSEs", NodeKind.QUALIFICATION, List.of(), firstLength, Optional.empty()),
                new MapNode("course", "s", "Course", NodeKind.TRAINING, List.of(),
                        Optional.of(new StepDuration("1 year 6 months", 18, Optional.empty())), Optional.empty()),
                new MapNode("work", "s", "Work", NodeKind.EMPLOYMENT, List.of(), Optional.empty(), Optional.empty()),
                new MapNode("more", "s", "More training", NodeKind.TRAINING, List.of(),
                        Optional.of(new StepDuration("2 years", 24, Optional.empty())), Optional.empty()),
                new MapNode("reg", "s", "Register", NodeKind.REGISTRATION, List.of(), Optional.empty(), Optional.empty()),
                new MapNode("job", "s", "Job", NodeKind.GOAL, List.of(), Optional.empty(), Optional.empty()));
        return new RouteMap(List.of(new MapStage("s", "S")), nodes, List.of(),
                List.of(new Pathway("p", "P", List.of("gcses", "course", "work", "more", "reg", "job"), Optional.empty())));
    }

    @Test
    void aStepOfUnknownLengthMakesEverythingAfterItVary() {
        RouteMap map = gapMap(Optional.of(new StepDuration("2 years", 24, Optional.empty())));
        PathwayTimeline timeline = Timelines.of(map, map.pathway("p").orElseThrow(), StartingPoint.YEAR_10, 2026);
        assertEquals(List.of("2026\u20132028: GCSEs (you are here)", "2028\u20132030: Course",
                "2030 onwards, length varies: Work", "varies: More training", "varies: Register", "varies: Job"),
                timeline.lines());
        assertEquals(Optional.empty(), timeline.monthsToRegistration());
        assertEquals(Optional.empty(), timeline.registrationYear());
        assertEquals(Optional.empty(), timeline.monthsToRole());
        assertEquals("Work", timeline.firstUnknown().orElseThrow().title());
        // 18 months from September 2028 ends in February 2030: it covers 2028 to 2030.
        assertEquals(Optional.of(2030), timeline.steps().get(1).lastYear());
    }

    @Test
    void theSchoolStepAStudentIsInEndsWithTheirSchoolYearsWhateverTheContentSays() {
        // GCSEs with no length in the content, as in the built-in profile: Year 11 ends them.
        RouteMap map = gapMap(Optional.empty());
        PathwayTimeline timeline = Timelines.of(map, map.pathway("p").orElseThrow(), StartingPoint.YEAR_11, 2026);
        assertEquals(List.of("2025\u20132027: GCSEs (you are here)", "2027\u20132029: Course",
                "2029 onwards, length varies: Work", "varies: More training", "varies: Register", "varies: Job"),
                timeline.lines());
        // A length given that does not fit the school years is not used for the step the student is in.
        RouteMap odd = gapMap(Optional.of(new StepDuration("3 years", 36, Optional.empty())));
        assertEquals("2026\u20132028: GCSEs (you are here)",
                Timelines.of(odd, odd.pathway("p").orElseThrow(), StartingPoint.YEAR_10, 2026).lines().get(0));
    }

    @Test
    void theColumnSaysHowEachStepAheadIsPaidWithItsSourceAndWhatItGives() {
        RouteComparison stp = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, List.of());
        assertEquals(List.of("\u2717 Not paid", "\u2713 Paid"), stp.paid().stream().map(RouteComparison.PaidStep::headline).toList());
        assertEquals("NHS Scientist Training Programme (STP): Employed by the NHS on a fixed-term contract",
                stp.paid().get(1).describe());
        assertTrue(stp.paid().get(1).source().startsWith("Source: "));
        assertEquals(List.of("A levels or college qualifications", "An accredited bachelor's degree",
                "A master's degree (MSc in Clinical Science) and a Certificate of Attainment from the Academy for Healthcare Science"),
                stp.qualifications());
        assertEquals(List.of("The Health and Care Professions Council (HCPC) register"), stp.registrations());
        assertEquals(Optional.of("University"), stp.entryRoute().map(t -> t.split(" ")[0]));
        assertTrue(stp.entryRequirements().stream().flatMap(b -> b.texts().stream())
                .anyMatch(t -> t.contains("two or three A levels, including maths and physics")));

        RouteComparison graduate = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.DEGREE, 2026, List.of());
        assertEquals(List.of("\u2713 Paid"), graduate.paid().stream().map(RouteComparison.PaidStep::headline).toList(),
                "the degree is behind a graduate");

        RouteComparison apprenticeship = Comparisons.compare(PROFILE, pathway("apprenticeship"), StartingPoint.YEAR_12, 2026, List.of());
        assertEquals("Healthcare science practitioner degree apprenticeship: Paid work as an apprentice",
                apprenticeship.paid().get(0).describe());
        RouteComparison privateSector = Comparisons.compare(PROFILE, pathway("private-sector"), StartingPoint.YEAR_12, 2026, List.of());
        assertTrue(privateSector.registrations().get(0).startsWith("Chartered engineer status"));
    }

    @Test
    void theVerdictIsInWordsAndASymbolOnlyOnceQualificationsAreEntered() {
        RouteComparison none = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, List.of());
        assertEquals(Optional.empty(), none.verdictText());
        List<StudentQualification> mine = List.of(((QualificationEntry.Accepted)
                QualificationEntry.of(QualificationType.GCSE, "Maths", "7", false)).qualification());
        List<RouteVerdict> verdicts = EligibilityChecker.checkAll(PROFILE, mine);
        RouteComparison column = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, verdicts);
        assertTrue(column.verdictText().orElseThrow().startsWith("\u2717 Not yet: you need"), column.verdictText()::toString);
    }

    @Test
    void theFirstThreePathwaysAreChosenAtFirstWithTheApprenticeshipAmongThem() {
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp"), Comparisons.defaultChoice(PROFILE));
    }

    @Test
    void timesAreCountedFromTheStartOfTheSchoolYearOrNextSeptember() {
        assertEquals("Times are counted from September 2026, the start of Year 12.", Comparisons.countedFrom(StartingPoint.YEAR_12, 2026));
        assertEquals("Times are counted from September 2027, when courses and training next start.",
                Comparisons.countedFrom(StartingPoint.DEGREE, 2026));
    }

    @Test
    void lengthsAreWords() {
        assertEquals("8 years", Lengths.describe(96));
        assertEquals("1 year", Lengths.describe(12));
        assertEquals("1 year 6 months", Lengths.describe(18));
        assertEquals("6 months", Lengths.describe(6));
        assertEquals("no time", Lengths.describe(0));
    }
}
