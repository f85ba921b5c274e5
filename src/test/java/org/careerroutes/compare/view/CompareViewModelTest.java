package org.careerroutes.compare.view;

import javafx.beans.property.SimpleObjectProperty;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare routes' rules, on its view model, without a screen: what is chosen, what may be, what each column says. */
class CompareViewModelTest {

    private static final Profile PROFILE = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final SimpleObjectProperty<Optional<String>> myPathway = new SimpleObjectProperty<>(Optional.empty());
    private final List<String> shownOnMap = new ArrayList<>();
    private CompareViewModel model;
    private MyQualifications mine;

    @BeforeEach
    void model() {
        model = new CompareViewModel(TODAY, myPathway, id -> myPathway.set(Optional.of(id)), shownOnMap::add);
        mine = new MyQualifications(PROFILE);
    }

    private List<String> columnIds() {
        return model.columnsProperty().get().stream().map(c -> c.pathway().id()).toList();
    }

    private RouteComparison column(String id) {
        return model.columnsProperty().get().stream().filter(c -> c.pathway().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void nothingIsComparedUntilTheTabIsOpenedThenTheFirstThreeRoutes() {
        assertEquals(Optional.empty(), model.selection(PROFILE), "the handout lists no comparison before the tab is opened");
        model.show(PROFILE, mine);
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp"), model.chosen(), "an apprenticeship beside the degrees");
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp"), columnIds());
        assertEquals(StartingPoint.YEAR_12, model.fromProperty().get());
        assertEquals(2026, model.schoolYearProperty().get(), "this school year, from the clock");
        assertEquals("Times are counted from September 2026, the start of Year 12. Your next step after school starts in"
                + " September 2028: you apply for it during Year 13, as applications for courses, apprenticeships and"
                + " training programmes close months before they start.", model.countedFromProperty().get());
        assertEquals("8 years (registered in 2034)", column("degree-stp").timeToRegistration());
        assertEquals(Optional.of(new CompareSelection(List.of("degree-stp", "apprenticeship", "ptp"), StartingPoint.YEAR_12, 2026)),
                model.selection(PROFILE));
    }

    @Test
    void twoToFourRoutesInTheMapsOrder() {
        model.show(PROFILE, mine);
        assertTrue(model.canChange("private-sector"));
        assertTrue(model.choose("private-sector", true));
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp", "private-sector"), model.chosen());
        assertEquals(4, model.columnsProperty().get().size());

        assertTrue(model.choose("degree-stp", false));
        assertTrue(model.choose("degree-stp", true));
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp", "private-sector"), model.chosen(),
                "ticked again, a route goes back to its place on the map, not to the end");

        assertTrue(model.choose("private-sector", false));
        assertTrue(model.choose("ptp", false));
        assertEquals(List.of("degree-stp", "apprenticeship"), model.chosen());
        assertFalse(model.canChange("degree-stp"), "the last two cannot be unticked");
        assertFalse(model.choose("degree-stp", false));
        assertEquals(List.of("degree-stp", "apprenticeship"), model.chosen(), "a refused change leaves the choice as it was");
        assertFalse(model.choose("no-such-route", true), "only the profile's routes");
    }

    @Test
    void aFifthRouteCannotBeAdded() {
        RouteMap map = PROFILE.routeMap().orElseThrow();
        List<Pathway> five = new ArrayList<>(map.pathways());
        Pathway first = map.pathways().get(0);
        five.add(new Pathway("again", "The first route again", first.steps(), first.route()));
        Profile withFive = withMap(PROFILE, new RouteMap(map.stages(), map.nodes(), map.edges(), five));
        model.show(withFive, new MyQualifications(withFive));
        assertTrue(model.choose("private-sector", true));
        assertFalse(model.canChange("again"));
        assertFalse(model.choose("again", true));
        assertEquals(4, model.chosen().size());
        assertTrue(model.canChange("ptp"), "but any of the four can be unticked");
    }

    @Test
    void whereAndWhenTheStudentStandsMoveEveryColumn() {
        model.show(PROFILE, mine);
        model.fromProperty().set(StartingPoint.DEGREE);
        assertEquals("3 years (registered in 2030)", column("degree-stp").timeToRegistration());
        assertEquals("Times are counted from September 2027, when your next step starts: the first September at least"
                + " 8 months away, as applications for courses, apprenticeships and training programmes close months"
                + " before they start.",
                model.countedFromProperty().get());
        model.schoolYearProperty().set(2027);
        assertEquals("3 years (registered in 2031)", column("degree-stp").timeToRegistration());
        assertEquals(YearMonth.of(2027, 9), model.timelineStart());

        model.fromProperty().set(null);
        model.schoolYearProperty().set(null);
        assertEquals(StartingPoint.DEGREE, model.fromProperty().get(), "somewhere is always chosen");
        assertEquals(2027, model.schoolYearProperty().get(), "and a school year");
    }

    @Test
    void theSchoolYearsOfferedAreLastYearToFourAheadWithThisOneSaid() {
        assertEquals(List.of(2025, 2026, 2027, 2028, 2029, 2030), model.schoolYears());
        assertEquals("School year 2026 to 2027 (now)", model.describeSchoolYear(2026));
        assertEquals("School year 2027 to 2028", model.describeSchoolYear(2027));
        CompareViewModel august = new CompareViewModel(LocalDate.of(2026, 8, 31), myPathway, id -> { }, id -> { });
        assertEquals(2025, august.schoolYearProperty().get(), "on the last day of August it is still last school year");
    }

    @Test
    void verdictsShowOnceQualificationsAreEnteredAndGoWithThem() {
        model.show(PROFILE, mine);
        assertFalse(model.verdictsShownProperty().get());
        assertEquals(7, model.rowHeadings().size());
        assertEquals("Time to the clinical engineer role", model.rowHeadings().get(2));
        assertTrue(model.verdictHintProperty().get().startsWith("Enter your qualifications"));
        assertTrue(column("degree-stp").verdict().isEmpty());

        QualificationEntry.Accepted maths = (QualificationEntry.Accepted) QualificationEntry.of(QualificationType.GCSE, "Maths", "7", false);
        mine.add(maths.qualification());
        assertTrue(model.verdictsShownProperty().get(), "entered while the tab is open: it follows");
        assertEquals("Your verdict", model.rowHeadings().get(7));
        assertTrue(CompareViewModel.verdictWords(column("degree-stp")).startsWith("\u2717 Not yet: you need"),
                CompareViewModel.verdictWords(column("degree-stp")));
        assertTrue(model.verdictHintProperty().get().startsWith("Your verdicts come from"));

        mine.remove(maths.qualification());
        assertFalse(model.verdictsShownProperty().get(), "nothing entered, no verdicts");
    }

    @Test
    void anotherProfileKeepsTheRoutesItSharesAndWhereTheStudentStands() {
        model.show(PROFILE, mine);
        model.choose("private-sector", true);
        model.fromProperty().set(StartingPoint.YEAR_13);
        Profile same = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        model.show(same, new MyQualifications(same));
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp", "private-sector"), model.chosen());
        assertEquals(StartingPoint.YEAR_13, model.fromProperty().get());
        assertEquals("7 years (registered in 2033)", column("degree-stp").timeToRegistration());

        RouteMap map = PROFILE.routeMap().orElseThrow();
        List<Pathway> renamed = map.pathways().stream()
                .map(p -> new Pathway("other-" + p.id(), p.title(), p.steps(), p.route())).toList();
        Profile other = withMap(PROFILE, new RouteMap(map.stages(), map.nodes(), map.edges(), renamed));
        assertEquals(Optional.empty(), model.selection(other), "shares no route with what was compared");
        model.show(other, new MyQualifications(other));
        assertEquals(List.of("other-degree-stp", "other-apprenticeship", "other-ptp"), model.chosen(),
                "nothing shared: the first three again");
    }

    @Test
    void aProfileWithFewerThanTwoRoutesHasNothingToCompare() {
        RouteMap map = PROFILE.routeMap().orElseThrow();
        Profile one = withMap(PROFILE, new RouteMap(map.stages(), map.nodes(), map.edges(), map.pathways().subList(0, 1)));
        model.show(one, new MyQualifications(one));
        assertFalse(model.canCompare());
        assertEquals(List.of(), model.columnsProperty().get());
        assertEquals(Optional.empty(), model.selection(one));
    }

    @Test
    void aColumnCanBecomeTheRouteInMyPlanAndOpenTheMap() {
        model.show(PROFILE, mine);
        Pathway apprenticeship = PROFILE.routeMap().orElseThrow().pathway("apprenticeship").orElseThrow();
        assertEquals("\u2606 Make this my plan", model.myPlanButtonText("apprenticeship"));
        assertEquals("Make Degree apprenticeship the route in My plan", model.myPlanButtonHelp(apprenticeship));
        model.makeMyPathway("apprenticeship");
        assertEquals(Optional.of("apprenticeship"), myPathway.get());
        assertEquals("\u2605 My plan's route", model.myPlanButtonText("apprenticeship"));
        assertEquals("\u2606 Make this my plan", model.myPlanButtonText("degree-stp"), "only one route is the plan's");
        assertEquals("Degree apprenticeship is the route in My plan", model.myPlanButtonHelp(apprenticeship));
        myPathway.set(Optional.empty());
        assertFalse(model.isMyPathway("apprenticeship"), "follows the plan, whoever changes it");

        model.showOnMap("ptp");
        assertEquals(List.of("ptp"), shownOnMap);
    }

    private static Profile withMap(Profile p, RouteMap map) {
        return new Profile(p.id(), p.title(), p.summary(), p.duties(), p.entryRoutes(), p.registration(), p.skills(),
                p.subjects(), p.workplaces(), p.careerPath(), p.salary(), p.hours(), p.source(), p.facts(), Optional.of(map));
    }
}
