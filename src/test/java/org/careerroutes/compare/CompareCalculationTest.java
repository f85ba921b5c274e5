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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison and the timeline worked out for the built-in profile, and for small maps with gaps. */
class CompareCalculationTest {

    private static final Profile PROFILE = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    private static final RouteMap MAP = PROFILE.routeMap().orElseThrow();

    /** A day in the school year starting September 2026, more than eight months before September 2027. */
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 30);

    private static Pathway pathway(String id) {
        return MAP.pathway(id).orElseThrow();
    }

    /** Every starting point against every pathway, in the school year starting September 2026, on 30 November. */
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
            DEGREE   | ptp            | \u2192 Not for you: this route is for people without a degree, and you have one | \u2713 done: GCSEs, A levels or college qualifications | not for you: NHS Practitioner Training Programme (PTP); not for you: Register with the HCPC; not for you: Clinical engineer
            DEGREE   | private-sector | Varies: how long \u201cWork in the private sector\u201d takes is not known | \u2713 done: GCSEs, A levels or college qualifications, Accredited degree | 2027 onwards, length varies: Work in the private sector; varies: Chartered engineer status; varies: Clinical engineer
            """)
    void everyStartingPointOnEveryPathway(StartingPoint from, String pathwayId, String toRegistration, String done,
                                          String ahead) {
        RouteComparison column = Comparisons.compare(PROFILE, pathway(pathwayId), from, 2026, NOVEMBER, List.of());
        assertEquals(toRegistration, column.timeToRegistration());
        List<TimelineStep> steps = column.timeline().steps();
        List<String> doneTitles = steps.stream().filter(s -> s.status() == TimelineStep.Status.DONE)
                .map(TimelineStep::title).toList();
        assertEquals(done, "\u2713 done: " + (doneTitles.isEmpty() ? "none" : String.join(", ", doneTitles)));
        assertEquals(ahead, String.join("; ", steps.stream().filter(s -> s.status() != TimelineStep.Status.DONE)
                .map(TimelineStep::describe).toList()));
        // The NHS routes reach the job when they reach the register; the private sector's time varies.
        if (from == StartingPoint.DEGREE && pathwayId.equals("ptp")) {
            assertEquals(column.timeToRegistration(), column.timeToRole());
        } else if (pathwayId.equals("private-sector")) {
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

    /**
     * Both sides of each boundary, for every starting point: the school year's (31 August and 1
     * September), and for a student who has finished, the start rule's (1 and 2 January: a
     * September start at least eight months away). A row: where the student is | the day | when
     * their next step starts | the sentence the tab shows.
     */
    @ParameterizedTest(name = "{0} on {1}: next step in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            YEAR_10  | 2026-08-31 | 2027-09 | Times are counted from September 2025, the start of Year 10. Your next step after school starts in September 2027: you apply for it during Year 11, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_10  | 2026-09-01 | 2028-09 | Times are counted from September 2026, the start of Year 10. Your next step after school starts in September 2028: you apply for it during Year 11, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_11  | 2026-08-31 | 2026-09 | Times are counted from September 2025, the start of Year 11. Your next step after school starts in September 2026: you apply for it this school year, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_11  | 2026-09-01 | 2027-09 | Times are counted from September 2026, the start of Year 11. Your next step after school starts in September 2027: you apply for it this school year, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_12  | 2026-08-31 | 2027-09 | Times are counted from September 2025, the start of Year 12. Your next step after school starts in September 2027: you apply for it during Year 13, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_12  | 2026-09-01 | 2028-09 | Times are counted from September 2026, the start of Year 12. Your next step after school starts in September 2028: you apply for it during Year 13, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_13  | 2026-08-31 | 2026-09 | Times are counted from September 2025, the start of Year 13. Your next step after school starts in September 2026: you apply for it this school year, as applications for courses, apprenticeships and training programmes close months before they start.
            YEAR_13  | 2026-09-01 | 2027-09 | Times are counted from September 2026, the start of Year 13. Your next step after school starts in September 2027: you apply for it this school year, as applications for courses, apprenticeships and training programmes close months before they start.
            A_LEVELS | 2026-08-31 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            A_LEVELS | 2026-09-01 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            A_LEVELS | 2027-01-01 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            A_LEVELS | 2027-01-02 | 2028-09 | Times are counted from September 2028, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            DEGREE   | 2026-08-31 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            DEGREE   | 2026-09-01 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            DEGREE   | 2027-01-01 | 2027-09 | Times are counted from September 2027, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            DEGREE   | 2027-01-02 | 2028-09 | Times are counted from September 2028, when your next step starts: the first September at least 8 months away, as applications for courses, apprenticeships and training programmes close months before they start.
            """)
    void theNextStepStartsInTheFirstSeptemberAtLeastEightMonthsAfterApplying(StartingPoint from, LocalDate day,
                                                                             YearMonth next, String sentence) {
        int schoolYear = SchoolYear.startingYear(day);
        assertEquals(next, StartRule.nextStart(from, schoolYear, day));
        assertEquals(sentence, Comparisons.countedFrom(from, schoolYear, day));
        // On every pathway the first step ahead of school starts then (the private sector's degree included).
        for (Pathway pathway : MAP.pathways()) {
            PathwayTimeline timeline = Timelines.of(MAP, pathway, from, day);
            TimelineStep first = timeline.steps().stream().filter(s -> s.status() == TimelineStep.Status.AHEAD
                    || s.status() == TimelineStep.Status.VARIES || s.status() == TimelineStep.Status.NOT_FOR_YOU)
                    .findFirst().orElseThrow();
            if (first.status() != TimelineStep.Status.NOT_FOR_YOU) {
                assertEquals(Optional.of(next), first.start(), () -> pathway.id() + ": " + timeline.lines());
            }
        }
    }

    @Test
    void oneDayNoLongerMovesTheTimelineOfAStudentWithALevelsAYear() {
        PathwayTimeline august = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.A_LEVELS, LocalDate.of(2026, 8, 31));
        PathwayTimeline september = Timelines.of(MAP, pathway("degree-stp"), StartingPoint.A_LEVELS, LocalDate.of(2026, 9, 1));
        assertEquals(august.lines(), september.lines());
        assertEquals("2027\u20132030: Accredited degree", september.lines().get(2));
    }

    @Test
    void anotherSchoolYearChosenIsPlannedFromItsFirstDay() {
        // Chosen in November 2026: the school year 2027 to 2028 begins on 1 September 2027.
        assertEquals(YearMonth.of(2028, 9), StartRule.nextStart(StartingPoint.DEGREE, 2027, NOVEMBER));
        assertEquals("Times are counted from September 2028, when your next step starts: the first September at least "
                + "8 months after the school year 2027 to 2028 begins (1 September 2027), as applications for courses, "
                + "apprenticeships and training programmes close months before they start.",
                Comparisons.countedFrom(StartingPoint.DEGREE, 2027, NOVEMBER));
    }

    @Test
    void thePractitionerTrainingProgrammeIsShownAsNotForAGraduateInTheTableAndTheTimeline() {
        RouteComparison ptp = Comparisons.compare(PROFILE, pathway("ptp"), StartingPoint.DEGREE, 2026, NOVEMBER, List.of());
        assertEquals("\u2192 Not for you: this route is for people without a degree, and you have one",
                ptp.timeToRegistration());
        assertEquals(ptp.timeToRegistration(), ptp.timeToRole());
        assertEquals(Optional.of("This route is for people without a degree, and you have one. The route that fits is "
                + "University, at its next step: to apply for the NHS Scientist Training Programme (STP)."),
                ptp.timeline().notForYou());
        assertEquals(List.of("\u2713 done: GCSEs", "\u2713 done: A levels or college qualifications",
                "\u2192 Not for you: This route is for people without a degree, and you have one. The route that fits is "
                + "University, at its next step: to apply for the NHS Scientist Training Programme (STP)."),
                ptp.timeline().lines());
        assertEquals(Optional.empty(), ptp.timeline().registrationYear(), "no year is offered");
        assertEquals(Optional.empty(), ptp.timeline().firstMonth(), "nothing on the scale of years");
        // With A levels, it is offered as before.
        RouteComparison aLevels = Comparisons.compare(PROFILE, pathway("ptp"), StartingPoint.A_LEVELS, 2026, NOVEMBER, List.of());
        assertEquals("3 years (registered in 2030)", aLevels.timeToRegistration());
        assertEquals(Optional.empty(), aLevels.timeline().notForYou());
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
        PathwayTimeline timeline = Timelines.of(map, map.pathway("p").orElseThrow(), StartingPoint.YEAR_10, 2026, NOVEMBER);
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
        PathwayTimeline timeline = Timelines.of(map, map.pathway("p").orElseThrow(), StartingPoint.YEAR_11, 2026, NOVEMBER);
        assertEquals(List.of("2025\u20132027: GCSEs (you are here)", "2027\u20132029: Course",
                "2029 onwards, length varies: Work", "varies: More training", "varies: Register", "varies: Job"),
                timeline.lines());
        // A length given that does not fit the school years is not used for the step the student is in.
        RouteMap odd = gapMap(Optional.of(new StepDuration("3 years", 36, Optional.empty())));
        assertEquals("2026\u20132028: GCSEs (you are here)",
                Timelines.of(odd, odd.pathway("p").orElseThrow(), StartingPoint.YEAR_10, 2026, NOVEMBER).lines().get(0));
    }

    @Test
    void theColumnSaysHowEachStepAheadIsPaidWithItsSourceAndWhatItGives() {
        RouteComparison stp = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, NOVEMBER, List.of());
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

        RouteComparison graduate = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.DEGREE, 2026, NOVEMBER, List.of());
        assertEquals(List.of("\u2713 Paid"), graduate.paid().stream().map(RouteComparison.PaidStep::headline).toList(),
                "the degree is behind a graduate");

        RouteComparison apprenticeship = Comparisons.compare(PROFILE, pathway("apprenticeship"), StartingPoint.YEAR_12, 2026, NOVEMBER, List.of());
        assertEquals("Healthcare science practitioner degree apprenticeship: Employed as an apprentice and paid a wage, at "
                + "least the apprentice rate of the National Minimum Wage; no tuition fees",
                apprenticeship.paid().get(0).describe());
        assertEquals("Source: GOV.UK, \u201cBecome an apprentice\u201d, pay and conditions (checked December 2026)",
                apprenticeship.paid().get(0).source(), "the fact that says so, not the standard, which says nothing on pay");
        assertEquals(List.of("A degree apprenticeship at level 6 in healthcare science (standard ST0413)"),
                apprenticeship.qualifications().subList(1, 2));
        assertEquals("Source: Career Routes note: the profile names employment on the STP and the PTP, and none while you "
                + "study for a degree", stp.paid().get(0).source(), "not the apprenticeship, which it does not name so");
        RouteComparison privateSector = Comparisons.compare(PROFILE, pathway("private-sector"), StartingPoint.YEAR_12, 2026, NOVEMBER, List.of());
        assertTrue(privateSector.registrations().get(0).startsWith("Chartered engineer status"));
    }

    @Test
    void theVerdictIsInWordsAndASymbolOnlyOnceQualificationsAreEntered() {
        RouteComparison none = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, NOVEMBER, List.of());
        assertEquals(Optional.empty(), none.verdictText());
        List<StudentQualification> mine = List.of(((QualificationEntry.Accepted)
                QualificationEntry.of(QualificationType.GCSE, "Maths", "7", false)).qualification());
        List<RouteVerdict> verdicts = EligibilityChecker.checkAll(PROFILE, mine);
        RouteComparison column = Comparisons.compare(PROFILE, pathway("degree-stp"), StartingPoint.YEAR_12, 2026, NOVEMBER, verdicts);
        assertTrue(column.verdictText().orElseThrow().startsWith("\u2717 Not yet: you need"), column.verdictText()::toString);
    }

    @Test
    void theFirstThreePathwaysAreChosenAtFirstWithTheApprenticeshipAmongThem() {
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp"), Comparisons.defaultChoice(PROFILE));
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
