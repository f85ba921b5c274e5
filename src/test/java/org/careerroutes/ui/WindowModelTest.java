package org.careerroutes.ui;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.search.ProfileSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's decisions without a window: which tab a command goes to, what search finds, what a new profile keeps. */
class WindowModelTest {

    private Profile profile;
    private WindowModel model;
    private final List<String> moves = new ArrayList<>();

    @BeforeEach
    void model() {
        profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        model = new WindowModel(profile);
        model.setNavigator(new WindowModel.Navigator() {
            @Override
            public void focusPage(ProfileSection section) {
                moves.add("focus " + section);
            }

            @Override
            public void revealRoute(String topic) {
                moves.add("reveal " + topic);
            }

            @Override
            public void showHit(ProfileSearch.Hit hit, ProfileSection section) {
                moves.add("hit " + section);
            }

            @Override
            public void showPathway(String pathwayId) {
                moves.add("pathway " + pathwayId);
            }
        });
    }

    @Test
    void commandsSelectTheTabTheyConcernAndThenMoveThere() {
        model.showTopic("university");
        assertEquals(ProfileSection.ROUTES, model.selected());
        model.showTopic("careerPath");
        assertEquals(ProfileSection.CAREER_PATH, model.selected());
        model.showPathwayOnMap("degree-apprenticeship");
        assertEquals(ProfileSection.ROUTE_MAP, model.selected());
        model.open(ProfileSection.ON_TRACK);
        assertEquals(List.of("reveal university", "focus CAREER_PATH", "pathway degree-apprenticeship", "focus ON_TRACK"),
                moves);
    }

    @Test
    void searchFindsCountsAndMarksTheHitGoneTo() {
        model.search().open();
        assertTrue(model.search().openProperty().get());
        model.search().queryProperty().set("keyhole surgery");
        assertFalse(model.search().results().isEmpty());
        assertEquals(model.search().results().size() == 1 ? "1 result" : model.search().results().size() + " results",
                model.search().resultCountProperty().get());
        ProfileSearch.Hit hit = model.search().results().get(0);
        assertEquals("What you'll do", model.search().describe(hit));

        model.search().goTo(hit);
        assertEquals(ProfileSection.DUTIES, model.selected());
        assertSame(hit, model.search().markedHitProperty().get());
        assertEquals(List.of("hit DUTIES"), moves);

        model.search().queryProperty().set("zzzz");
        assertEquals("No results for \u201czzzz\u201d", model.search().resultCountProperty().get());
        model.search().close();
        assertFalse(model.search().openProperty().get());
        assertNull(model.search().markedHitProperty().get(), "closing search unmarks the hit");
    }

    @Test
    void aHitOnTheMapOpensItsStepAndMarksNoText() {
        model.search().queryProperty().set("HCPC");
        ProfileSearch.Hit onMap = model.search().results().stream().filter(h -> h.entry().mapStep().isPresent()).findFirst()
                .orElseThrow();
        assertTrue(model.search().describe(onMap).startsWith("Route map: "), model.search().describe(onMap));
        model.search().goTo(onMap);
        assertEquals(ProfileSection.ROUTE_MAP, model.selected());
        assertNull(model.search().markedHitProperty().get());
    }

    @Test
    void anotherProfileStartsOnItsOverviewWithTheStudentsQualificationsAndSearchCleared() {
        QualificationEntry.Accepted maths = (QualificationEntry.Accepted) QualificationEntry.of(
                org.careerroutes.eligibility.QualificationType.GCSE, "Maths", "7", false);
        model.qualifications().add(maths.qualification());
        model.select(ProfileSection.SKILLS);
        model.search().queryProperty().set("engineer");

        Profile again = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        model.setProfile(again);

        assertSame(again, model.profile());
        assertEquals(ProfileSection.OVERVIEW, model.selected());
        assertEquals("", model.search().queryProperty().get());
        assertTrue(model.search().results().isEmpty());
        assertEquals(1, model.qualifications().entered().size(), "what was entered is checked against the new profile");
        assertSame(again, model.qualifications().profile());
    }

    @Test
    void profilesOnOfferAreReplacedByIdAndTheOpenedOneIsShown() {
        model.setProfileChoices(List.of(profile));
        Profile opened = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        model.addProfileChoice(opened);
        assertEquals(List.of(org.careerroutes.jobs.JobEntry.of(opened)), model.jobs().pack().offered(),
                "same id: replaced, not added");
        assertSame(opened, model.profile());
    }

    private static org.careerroutes.eligibility.StudentQualification gcse(String subject, String grade) {
        return ((QualificationEntry.Accepted) QualificationEntry.of(
                org.careerroutes.eligibility.QualificationType.GCSE, subject, grade, false)).qualification();
    }

    @Test
    void theRecordFollowsTheQualificationsEnteredAndIsTheSameForEveryProfile(@org.junit.jupiter.api.io.TempDir
                                                                             java.nio.file.Path folder) throws Exception {
        org.careerroutes.plan.PlanStore store = new org.careerroutes.plan.PlanStore(folder);
        WindowModel kept = new WindowModel(profile, store);
        kept.plans().saveAtOnce();
        kept.qualifications().add(gcse("Maths", "7"));
        assertEquals(List.of(gcse("Maths", "7")), kept.plans().plan().qualifications(), "entered: in the plan's record");
        assertEquals(List.of(gcse("Maths", "7")), kept.plans().studentRecordProperty().get().qualifications());
        assertEquals(List.of(gcse("Maths", "7")), store.loadRecord().record().qualifications(), "and saved as the record");
        assertTrue(java.nio.file.Files.notExists(folder.resolve(profile.id() + ".careerplan")),
                "no job's plan is kept for qualifications alone");

        kept.plans().planProperty().set(kept.plans().plan().withQualifications(List.of(gcse("English", "5"))));
        assertEquals(List.of(gcse("English", "5")), List.copyOf(kept.qualifications().entered()),
                "a plan set (opened) enters its qualifications");

        Profile nurse = otherProfile("nurse");
        kept.setProfile(nurse);
        assertEquals(List.of(gcse("English", "5")), List.copyOf(kept.qualifications().entered()),
                "the same qualifications on another profile: they are the student's");
        kept.plans().changeStudentRecord(r -> r.withShortlisted("nurse", "Nurse"));
        kept.setProfile(profile);
        assertTrue(kept.plans().plan().student().isShortlisted("nurse"), "a change on one profile is there on the next");

        // A new window over the same folder: the record is back, on whichever profile it opens.
        WindowModel again = new WindowModel(nurse, store);
        assertEquals(List.of(gcse("English", "5")), List.copyOf(again.qualifications().entered()));
        assertTrue(again.plans().plan().student().isShortlisted("nurse"));

        again.plans().saveAtOnce();
        again.plans().planProperty().set(again.plans().plan().withNote("a nurse's note"));
        again.plans().clear();
        assertEquals(List.of(gcse("English", "5")), List.copyOf(again.qualifications().entered()),
                "clearing one job's plan keeps the record");
        assertTrue(java.nio.file.Files.notExists(folder.resolve("nurse.careerplan")));
        assertEquals(List.of(gcse("English", "5")), store.loadRecord().record().qualifications());

        again.plans().clearEverything();
        assertTrue(again.qualifications().entered().isEmpty(), "clearing everything clears what was entered too");
        assertTrue(store.loadRecord().record().isEmpty());
        assertTrue(java.nio.file.Files.notExists(folder.resolve("me.careerplan")));
    }

    @Test
    void aPlanThatCannotBeSavedIsSaidAndStaysOnScreen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path notAFolder = folder.resolve("plans");
        java.nio.file.Files.writeString(notAFolder, "a file where the plans folder should be");
        WindowModel kept = new WindowModel(profile, new org.careerroutes.plan.PlanStore(notAFolder));
        kept.plans().saveAtOnce();
        kept.plans().planProperty().set(kept.plans().plan().withNote("my note"));
        assertEquals("Your plan could not be saved: " + notAFolder.resolve("clinical-engineer.careerplan")
                + ": cannot be written: its folder " + notAFolder + " cannot be made (a file is in the way where a "
                + "folder should be). It is still on screen: use Save plan as\u2026 to keep a copy.",
                kept.plans().noticeProperty().get());
        assertEquals("my note", kept.plans().plan().note(), "still on screen");
        kept.plans().dismissNotice();
        assertEquals("", kept.plans().noticeProperty().get());
    }

    @Test
    void thePlanStartsEmptyForTheProfileAndEmptyAgainForAnother() {
        assertEquals(org.careerroutes.plan.MyPlan.empty(profile.id()), model.plans().planProperty().get());
        model.plans().planProperty().set(model.plans().planProperty().get().withMark("gcses",
                java.util.Optional.of(org.careerroutes.plan.StepMark.DONE)));
        Profile nurse = otherProfile("nurse");
        model.setProfile(nurse);
        assertTrue(model.plans().planProperty().get().isEmpty(), "another profile starts with an empty plan");
        assertEquals("nurse", model.plans().planProperty().get().profile());
    }

    /** The shared-computer bug: switching to another profile and back lost the marks and notes of the first. */
    @Test
    void onASharedComputerEachProfilesPlanIsKeptForTheSessionAcrossASwitch() {
        org.careerroutes.plan.PlanKeeping nowhere = org.careerroutes.plan.PlanKeeping.nowhere(
                org.careerroutes.plan.PlanKeeping.Place.SHARED_COMPUTER, java.util.Optional.empty());
        WindowModel shared = new WindowModel(profile, nowhere);
        shared.plans().planProperty().set(shared.plans().plan().withMark("gcses", java.util.Optional.of(org.careerroutes.plan.StepMark.DONE))
                .withStepNote("a-levels", "maths and physics").withNote("open day in March"));
        Profile nurse = otherProfile("nurse");
        shared.setProfileChoices(List.of(profile, nurse));
        shared.setProfile(nurse);
        shared.plans().planProperty().set(shared.plans().plan().withNote("a nurse's note"));
        shared.setProfile(profile);
        assertEquals(java.util.Optional.of(org.careerroutes.plan.StepMark.DONE), shared.plans().plan().mark("gcses"));
        assertEquals(java.util.Optional.of("maths and physics"), shared.plans().plan().stepNote("a-levels"));
        assertEquals("open day in March", shared.plans().plan().note());
        shared.setProfile(nurse);
        assertEquals("a nurse's note", shared.plans().plan().note(), "and the other profile's too");
    }

    private static Profile otherProfile(String id) {
        String json = org.careerroutes.handout.HandoutSamples.builtInJson()
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"" + id + "\"");
        return ProfileLoader.read(id + ".json", json).profile().orElseThrow();
    }

    /** Read off the JavaFX thread, a damaged plan is said once it has been read: not before, and not lost. */
    @Test
    void aProblemWithTheSavedPlanIsThereWhenTheReadingIsDone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.createDirectories(folder.resolve(profile.id() + ".careerplan"));
        org.careerroutes.kit.HeldBackBackground held = new org.careerroutes.kit.HeldBackBackground();
        WindowModel later = new WindowModel(profile, new org.careerroutes.plan.PlanStore(folder), held,
                java.time.Clock.systemDefaultZone());
        List<String> said = new java.util.ArrayList<>();
        later.plans().whenRead(() -> said.add(later.plans().noticeProperty().get()));
        assertTrue(later.plans().loadingProperty().get());
        assertEquals(List.of(), said, "not yet read");
        held.runAll();
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("is a folder, not a file"), said.get(0));
    }

    @Test
    void compareRoutesIsHeldByTheWindowAndKeepsItsChoicesForAnotherProfile() {
        assertEquals(java.util.Optional.empty(), model.compareSelection(), "nothing compared before the tab is opened");
        org.careerroutes.compare.view.CompareViewModel compare = model.compare();
        assertSame(profile, compare.profile());
        assertTrue(compare.choose("private-sector", true));
        assertEquals(List.of("degree-stp", "apprenticeship", "ptp", "private-sector"),
                model.compareSelection().orElseThrow().pathways(), "what the handout lists");

        Profile again = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        model.setProfile(again);
        assertSame(compare, model.compare(), "one for as long as the window lives");
        assertSame(again, compare.profile(), "showing the profile on show");
        assertEquals(4, compare.chosen().size(), "the routes it shares are kept");

        compare.makeMyPathway("ptp");
        assertEquals(java.util.Optional.of("ptp"), model.plans().plan().pathway(), "\u201cMake this my plan\u201d sets the plan's pathway");
        assertTrue(compare.isMyPathway("ptp"));
        model.plans().planProperty().set(model.plans().plan().withPathway(java.util.Optional.of("apprenticeship")));
        assertTrue(compare.isMyPathway("apprenticeship"), "and follows the plan when it changes elsewhere");
    }

    @Test
    void todayComesFromTheClockTheWindowIsGiven() {
        WindowModel dated = new WindowModel(profile, org.careerroutes.plan.PlanKeeping.nowhere(
                org.careerroutes.plan.PlanKeeping.Place.KIOSK_VISIT, java.util.Optional.empty()),
                org.careerroutes.kit.Background.sameThread(), java.time.Clock.fixed(java.time.Instant.parse("2026-08-31T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals(2025, dated.compare().schoolYearProperty().get(), "31 August is still last school year");
    }
}
