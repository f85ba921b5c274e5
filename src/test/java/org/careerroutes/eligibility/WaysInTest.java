package org.careerroutes.eligibility;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A route met by any one of its ways in ("for an intermediate apprenticeship", "for an advanced
 * apprenticeship"), as a student reads it: the verdict is the best of its ways, naming the way;
 * when none is met, what the nearest needs, and the other ways in a line each, a way not checked
 * included; and each pathway of the route map shows its own way's verdict. Profiles from the test
 * pack (src/test/resources/pack/profiles), imported from their texts.
 */
class WaysInTest {

    static Profile pack(String name) {
        LoadResult loaded = ProfileLoader.loadFile(Path.of("src/test/resources/pack/profiles/" + name + ".json"));
        return loaded.profile().orElseThrow(() -> new AssertionError(loaded.problems()));
    }

    private static RouteVerdict verdict(Profile profile, String route, String student) {
        return EligibilityChecker.checkAll(profile, Qualifications.parse(student)).stream()
                .filter(v -> v.route().id().equals(route)).findFirst().orElseThrow();
    }

    private static List<String> card(RouteVerdict verdict) {
        return VerdictCard.of(verdict, true).lines();
    }

    private static String onPathway(Profile profile, RouteVerdict verdict, String pathway) {
        Pathway shown = profile.routeMap().orElseThrow().pathway(pathway).orElseThrow();
        return verdict.on(shown).outcome().symbol() + " " + verdict.on(shown).summary();
    }

    @Test
    void metByOneWayTheVerdictNamesItAndSaysWhatTheOtherNeeds() {
        Profile careWorker = pack("care-worker");
        RouteVerdict verdict = verdict(careWorker, "apprenticeship", "gcse Maths 3; gcse English language 3");

        assertEquals(Outcome.MEETS, verdict.outcome());
        assertEquals(List.of(
                "\u2713 You meet the usual entry requirements for an intermediate apprenticeship",
                "Any one of its ways in is enough.",
                "Usual requirements for an intermediate apprenticeship, one by one:",
                "\u2713 Some GCSEs, usually including English and maths, or equivalent: you have this",
                "Its other ways in:",
                "\u2717 For an advanced apprenticeship: you need 5 GCSEs at grades 9 to 4 (A* to C), or equivalent, "
                        + "including English and maths (your maths and English language are grade 3)"), card(verdict));
        assertEquals("\u2713 You meet the usual entry requirements for an intermediate apprenticeship",
                onPathway(careWorker, verdict, "apprenticeship-intermediate-apprenticeship"));
        assertEquals("\u2717 Not yet: for an advanced apprenticeship, you need 5 GCSEs at grades 9 to 4 (A* to C), or "
                + "equivalent, including English and maths (your maths and English language are grade 3)",
                onPathway(careWorker, verdict, "apprenticeship-advanced-apprenticeship"));
    }

    @Test
    void metByEveryWayTheHeadlineNamesEachAndTheirRequirementsAreListed() {
        RouteVerdict verdict = verdict(pack("care-worker"), "apprenticeship",
                "gcse Maths 5; gcse English language 5; gcse History 5; gcse Art 5; gcse French 5");

        assertEquals("You meet the usual entry requirements for an intermediate apprenticeship and for an advanced "
                + "apprenticeship", verdict.summary());
        assertEquals(List.of(
                "\u2713 You meet the usual entry requirements for an intermediate apprenticeship and for an advanced "
                        + "apprenticeship",
                "Any one of its ways in is enough.",
                "Usual requirements for an intermediate apprenticeship, one by one:",
                "\u2713 Some GCSEs, usually including English and maths, or equivalent: you have this",
                "Usual requirements for an advanced apprenticeship, one by one:",
                "\u2713 5 GCSEs at grades 9 to 4 (A* to C), or equivalent, including English and maths: you have this"),
                card(verdict));
    }

    /** The common case: an advanced apprenticeship asks for English and maths, a degree one for A levels instead. */
    @Test
    void predictedForOneWayAndNotYetForTheOtherTheBestIsSaid() {
        Profile civil = pack("civil-engineer");
        RouteVerdict verdict = verdict(civil, "apprenticeship",
                "gcse Maths 5; gcse English language 5; gcse History 5; gcse Art 5; alevel Physics C p");

        assertEquals(Outcome.PREDICTED, verdict.outcome());
        assertEquals(List.of(
                "\u25d1 Predicted grades meet the usual entry requirements for a degree apprenticeship",
                "Any one of its ways in is enough.",
                "Usual requirements for a degree apprenticeship, one by one:",
                "\u2713 4 or 5 GCSEs at grades 9 to 4 (A* to C): you have this",
                "\u25d1 College qualifications like A levels: your predicted grades meet this",
                "Its other ways in:",
                "\u2717 For an advanced apprenticeship: you need one more GCSE at grade 4 or above"), card(verdict));
        assertEquals("\u25d1 Predicted grades meet the usual entry requirements for a degree apprenticeship",
                onPathway(civil, verdict, "apprenticeship-degree-apprenticeship"));
    }

    @Test
    void metByNoneTheCardSaysWhatTheNearestNeedsAndThatOtherWaysExist() {
        Profile civil = pack("civil-engineer");
        RouteVerdict verdict = verdict(civil, "apprenticeship", "gcse Maths 3; gcse Art 4");

        assertEquals(Outcome.NOT_YET, verdict.outcome());
        assertEquals(List.of(
                "\u2717 Not yet",
                "Any one of its ways in is enough; the nearest for you is the one for an advanced apprenticeship.",
                "You need:",
                "\u2717 English language and maths at GCSE grade 4 or above, which count towards the five GCSEs too "
                        + "(your maths is grade 3)",
                "\u2717 two more GCSEs at grade 4 or above in other subjects",
                "Its other ways in:",
                "\u2717 For a degree apprenticeship: you need three more GCSEs at grade 4 or above (your maths is grade 3); "
                        + "college qualifications like A levels"), card(verdict));
        assertEquals("Not yet: for an advanced apprenticeship, the nearest of its ways in, you need English language and "
                + "maths at GCSE grade 4 or above, which count towards the five GCSEs too (your maths is grade 3); two more "
                + "GCSEs at grade 4 or above in other subjects", verdict.summary());
        // One story: the route's card says what its nearest way's own pathway says.
        Pathway advanced = civil.routeMap().orElseThrow().pathway("apprenticeship-advanced-apprenticeship").orElseThrow();
        assertEquals(verdict.missing(), verdict.on(advanced).missing());
    }

    @Test
    void theNearestWayIsTheOneThatNeedsFewestMoreQualifications() {
        // One GCSE short of the intermediate apprenticeship's English and maths; four of the advanced one's five.
        RouteVerdict verdict = verdict(pack("care-worker"), "apprenticeship", "gcse Maths 5");
        assertEquals("Not yet: for an intermediate apprenticeship, the nearest of its ways in, you need English language "
                + "at GCSE", verdict.summary());
    }

    @Test
    void aWayNotCheckedIsSaidAndNeverMakesTheRouteMet() {
        Profile nurse = pack("nurse");
        RouteVerdict verdict = verdict(nurse, "university",
                "gcse Maths 5; gcse English language 5; gcse Biology 5; gcse Art 5; gcse French 5");

        assertEquals(Outcome.NOT_YET, verdict.outcome());
        assertEquals("Not yet: for a degree, you need 2 to 3 A levels, or equivalent; the way in for a postgraduate "
                + "course is not checked by Career Routes", verdict.summary());
        assertEquals(List.of(
                "\u2717 Not yet",
                "Any one of its ways in is enough; Career Routes checks the one for a degree.",
                "You need:",
                "\u2717 2 to 3 A levels, or equivalent",
                "Its other usual requirements for a degree:",
                "\u2713 5 GCSEs at grades 9 to 4 (A* to C), including English, maths and a science: you have this",
                "Its other ways in:",
                "\u2013 For a postgraduate course: not checked by Career Routes; read its requirements under How to "
                        + "become one"), card(verdict));
        assertEquals("\u2013 Career Routes does not check the entry requirements for a postgraduate course: read them "
                + "under How to become one", onPathway(nurse, verdict, "university-postgraduate-course"));
    }

    @Test
    void aWayThatAsksForNothingIsMetByEveryone() {
        Profile bricklayer = pack("bricklayer");
        RouteVerdict verdict = verdict(bricklayer, "college", "gcse Maths 1");

        assertEquals(List.of(
                "\u2713 You meet the usual entry requirements for a level 1 course",
                "Any one of its ways in is enough.",
                "Usual requirements for a level 1 course:",
                "\u2713 No particular qualifications asked for",
                "Its other ways in:",
                "\u2717 For a level 2 course: you need 2 or more GCSEs at grades 9 to 3 (A* to D), or equivalent (your "
                        + "maths is grade 1)",
                "\u2717 For a level 3 course: you need 4 or 5 GCSEs at grades 9 to 4 (A* to C), or equivalent (your "
                        + "maths is grade 1)"), card(verdict));
    }

    @Test
    void beforeAnythingIsEnteredTheCardListsEachWayInsRequirements() {
        RouteVerdict verdict = verdict(pack("nurse"), "university", "");
        assertEquals(List.of(
                "Any one of its ways in is enough.",
                "Whichever way in, usually needs:",
                "\u2022 5 GCSEs at grades 9 to 4 (A* to C), including English, maths and a science",
                "For a degree, usually needs:",
                "\u2022 2 to 3 A levels, or equivalent",
                "For a postgraduate course:",
                "\u2022 Not checked by Career Routes; read its requirements under How to become one"),
                VerdictCard.of(verdict, false).lines());
    }
}
