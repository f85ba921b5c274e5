package org.careerroutes.plan.view;

import javafx.beans.property.ObjectProperty;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.HeldBackBackground;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFiles;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.StepMark;
import org.careerroutes.plan.TakeHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What My plan offers where, and Save plan as / Open plan with their questions and messages. */
class MyPlanModelTest {

    @TempDir
    Path folder;

    private final Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    private ObjectProperty<MyPlan> plan;
    private Path saveTo;
    private Path openFrom;
    private final List<String> handedOut = new ArrayList<>();

    private final MyPlanModel.FileDialogs dialogs = new MyPlanModel.FileDialogs() {
        @Override
        public Optional<Path> chooseSaveFile(String suggestedName) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public Optional<Path> chooseOpenFile() {
            return Optional.ofNullable(openFrom);
        }
    };

    private final TakeHome takeHome = new TakeHome() {
        @Override
        public void savePdf(MyPlan p, Progress progress) {
            handedOut.add("pdf " + p.note());
        }

        @Override
        public void print(MyPlan p, Progress progress) {
            handedOut.add("print " + p.note());
        }

        @Override
        public void showCode(MyPlan p) {
            handedOut.add("code " + p.note());
        }

        @Override
        public boolean canPrint() {
            return false;
        }
    };

    private Background background = Background.sameThread();

    private MyPlanModel model(PlanKeeping keeping, boolean files, boolean handout) {
        PlanSession session = new PlanSession(keeping, background);
        session.setSaveDelay(null);
        session.show("clinical-engineer");
        plan = session.planProperty();
        return new MyPlanModel(profile, session, files ? Optional.of(dialogs) : Optional.empty(),
                handout ? Optional.of(takeHome) : Optional.empty(), () -> { }, background);
    }

    @Test
    void eachPlaceOffersItsOwnWaysToKeepAPlan() {
        MyPlanModel mine = model(new PlanStore(folder), true, true);
        assertTrue(mine.offersFiles() && mine.offersPdf() && mine.offersPrint() && !mine.offersCode());
        assertTrue(mine.keepingText().contains(folder.resolve("clinical-engineer.careerplan").toString()));

        MyPlanModel shared = model(PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), true, true);
        assertTrue(shared.offersFiles());
        assertTrue(shared.keepingText().startsWith("This is a shared computer, so nothing of your plan is saved on it"),
                shared.keepingText());

        MyPlanModel kiosk = model(PlanKeeping.nowhere(PlanKeeping.Place.KIOSK_VISIT, Optional.empty()), true, true);
        assertFalse(kiosk.offersFiles(), "no file dialogs at a kiosk, even if the window had them");
        assertFalse(kiosk.offersPdf());
        assertFalse(kiosk.offersPrint(), "no printer at this stand");
        assertTrue(kiosk.offersCode());
        kiosk.showCode();
        assertEquals(List.of("code "), handedOut);

        MyPlanModel noHandout = model(new PlanStore(folder), true, false);
        assertFalse(noHandout.offersPdf() || noHandout.offersPrint() || noHandout.offersCode(),
                "without the handout, none of its buttons");
    }

    @Test
    void savePlanAsWritesACareerplanFileThatOpensAgain() throws Exception {
        MyPlanModel model = model(PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), true, false);
        model.choosePathway(Optional.of("ptp"));
        model.mark("gcses", Optional.of(StepMark.DONE));
        model.note("For my USB stick");
        saveTo = folder.resolve("usb").resolve("my plan");
        Files.createDirectories(saveTo.getParent());
        model.saveAs();
        Path written = folder.resolve("usb").resolve("my plan.careerplan");
        assertTrue(Files.isRegularFile(written), "the extension is added");
        assertTrue(model.statusProperty().get().contains(written.toString()));
        assertFalse(model.statusIsProblemProperty().get());

        plan.set(MyPlan.empty("clinical-engineer"));
        openFrom = written;
        model.open();
        assertEquals("For my USB stick", plan.get().note(), "an empty plan is replaced without a question");
        assertEquals(Optional.of(StepMark.DONE), plan.get().mark("gcses"));
    }

    @Test
    void openingOverAPlanAsksFirst() throws Exception {
        Path file = folder.resolve("friday.careerplan");
        PlanFiles.save(MyPlan.empty("clinical-engineer").withNote("from Friday"), file);
        MyPlanModel model = model(new PlanStore(folder.resolve("plans")), true, false);
        model.note("on screen");

        model.open(file);
        assertEquals("on screen", plan.get().note(), "not replaced yet");
        assertEquals("Open the plan in friday.careerplan? It replaces your pathway, marks and notes for Clinical engineer "
                + "on screen.", model.questionProperty().get().text());
        model.answer(false);
        assertEquals("on screen", plan.get().note());
        assertNull(model.questionProperty().get());

        model.open(file);
        model.answer(true);
        assertEquals("from Friday", plan.get().note());
    }

    @Test
    void aPlanForAnotherProfileOrANewerVersionIsRefusedAndSaidSo() throws Exception {
        MyPlanModel model = model(new PlanStore(folder.resolve("plans")), true, false);
        model.note("mine");
        Path nurse = folder.resolve("nurse.careerplan");
        PlanFiles.save(MyPlan.empty("nurse").withNote("x"), nurse);
        model.open(nurse);
        assertTrue(model.statusIsProblemProperty().get());
        assertTrue(model.statusProperty().get().contains("another job profile"), model.statusProperty().get());
        assertEquals("mine", plan.get().note());

        Path newer = folder.resolve("newer.careerplan");
        Files.writeString(newer, "{\"formatVersion\": 3, \"profile\": \"clinical-engineer\"}");
        model.open(newer);
        assertTrue(model.statusProperty().get().contains("newer version of Career Routes"), model.statusProperty().get());
        assertEquals("mine", plan.get().note());
    }

    @Test
    void clearingAsksFirstAndClearsThisJobsPlanOrEverything() throws Exception {
        PlanStore store = new PlanStore(folder);
        MyPlanModel model = model(store, true, false);
        model.note("something");
        plan.set(plan.get().withQualifications(List.of(maths())));
        store.save(MyPlan.empty("nurse").withNote("another job's plan"));

        model.askToClear();
        MyPlanModel.Question asked = model.questionProperty().get();
        assertEquals("Clear your plan for Clinical engineer? Your pathway, marks and notes for it will be removed, from "
                + "the screen and from this computer. The qualifications you entered are yours, for every job, and stay. "
                + "To remove them too, with your plans for every job, choose Clear everything. This cannot be undone.",
                asked.text());
        assertEquals("Clear this job\u2019s plan", asked.yes());
        assertEquals("Clear everything", asked.other().orElseThrow().label());
        assertEquals("Keep my plan", asked.no());
        model.answer(true);
        assertTrue(plan.get().isJobEmpty());
        assertEquals(List.of(maths()), plan.get().qualifications(), "the record is the student's: it stays");
        assertEquals(List.of(maths()), store.loadRecord().record().qualifications());
        assertFalse(Files.exists(folder.resolve("clinical-engineer.careerplan")));
        assertEquals("Your plan for Clinical engineer has been cleared; the qualifications you entered are kept.",
                model.statusProperty().get());

        model.note("again");
        model.askToClear();
        model.answerOther();
        assertTrue(plan.get().isEmpty(), "everything: the job's plan and the record");
        assertTrue(store.loadRecord().record().isEmpty());
        assertTrue(store.load("nurse").plan().isEmpty(), "every job's plan");
        assertTrue(model.statusProperty().get().startsWith("Everything has been cleared from the screen and from this "
                + "computer"), model.statusProperty().get());
    }

    private static org.careerroutes.eligibility.StudentQualification maths() {
        return ((org.careerroutes.eligibility.QualificationEntry.Accepted) org.careerroutes.eligibility.QualificationEntry.of(
                org.careerroutes.eligibility.QualificationType.GCSE, "Maths", "7", false)).qualification();
    }

    @Test
    void openingAFileSaysWhatOfTheRecordItReplacesAndAnOlderFileReplacesOnlyQualifications() throws Exception {
        MyPlanModel model = model(new PlanStore(folder.resolve("plans")), true, false);
        plan.set(plan.get().withStudent(plan.get().student().withQualifications(List.of(maths()))
                .withSkill("Teamwork", org.careerroutes.plan.SkillReflection.rated(org.careerroutes.plan.SkillRating.CONFIDENT))));

        Path mine = folder.resolve("record-only.careerplan");
        Files.writeString(mine, org.careerroutes.plan.PlanFile.writeRecord(org.careerroutes.plan.StudentRecord.EMPTY
                .withShortlisted("nurse", "Nurse")));
        model.open(mine);
        assertEquals("Open the plan in record-only.careerplan? It replaces the qualifications you entered (they are used "
                + "for every job) and your skill ratings on screen.", model.questionProperty().get().text());
        model.answer(true);
        assertEquals(List.of("nurse"), plan.get().student().shortlist().stream().map(s -> s.profile()).toList());
        assertTrue(plan.get().qualifications().isEmpty());
        assertTrue(model.statusProperty().get().startsWith("Opened your record (the qualifications you entered and your "
                + "shortlist of jobs) from "), model.statusProperty().get());

        plan.set(plan.get().withStudent(plan.get().student().withQualifications(List.of(maths()))));
        Path older = folder.resolve("version-one.careerplan");
        Files.writeString(older, "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"note\": \"old\",\n"
                + "\"qualifications\": [{\"type\": \"a-level\", \"subject\": \"Physics\", \"grade\": \"A\"}]}");
        model.open(older);
        assertEquals("Open the plan in version-one.careerplan? It replaces the qualifications you entered (they are used for "
                + "every job) on screen.", model.questionProperty().get().text(), "the job's part on screen was empty");
        model.answer(true);
        assertEquals("old", plan.get().note());
        assertEquals("Physics", plan.get().qualifications().get(0).subject());
        assertEquals(List.of("nurse"), plan.get().student().shortlist().stream().map(s -> s.profile()).toList(),
                "a version 1 file knew nothing of the shortlist: it stays");
    }

    @Test
    void savingAndOpeningAFileShowBusyThenDoneAndRunOffTheCallersThread() throws Exception {
        HeldBackBackground held = new HeldBackBackground();
        background = held;
        MyPlanModel model = model(PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), true, false);
        held.runAll();
        model.note("to the USB stick");
        saveTo = folder.resolve("mine.careerplan");
        model.saveAs();
        assertTrue(model.busyProperty().get());
        assertEquals("Saving your plan to mine.careerplan\u2026", model.busyTextProperty().get());
        assertFalse(Files.exists(saveTo), "not written on the caller's thread");
        held.runAll();
        assertFalse(model.busyProperty().get());
        assertEquals("", model.busyTextProperty().get());
        assertTrue(Files.isRegularFile(saveTo));
        assertTrue(model.statusProperty().get().startsWith("Your plan was saved to " + saveTo));

        plan.set(MyPlan.empty("clinical-engineer"));
        model.open(saveTo);
        assertTrue(model.busyProperty().get());
        assertEquals("Opening mine.careerplan\u2026", model.busyTextProperty().get());
        assertEquals("", plan.get().note());
        held.runAll();
        assertEquals("to the USB stick", plan.get().note());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aPdfOrAPrintAskedForWhileOneIsBeingMadeIsNotAskedTwice() {
        List<String> asked = new ArrayList<>();
        TakeHome slow = new TakeHome() {
            @Override
            public void savePdf(MyPlan p, Progress progress) {
                asked.add("pdf");
                progress.working("Making your PDF\u2026");
            }

            @Override
            public void print(MyPlan p, Progress progress) {
                asked.add("print");
            }

            @Override
            public void showCode(MyPlan p) {
            }

            @Override
            public boolean canPrint() {
                return true;
            }
        };
        PlanSession session = new PlanSession(new PlanStore(folder), Background.sameThread());
        session.show("clinical-engineer");
        MyPlanModel model = new MyPlanModel(profile, session, Optional.of(dialogs), Optional.of(slow), () -> { },
                Background.sameThread());
        model.savePdf();
        assertTrue(model.busyProperty().get());
        assertEquals("Making your PDF\u2026", model.busyTextProperty().get());
        model.savePdf();
        model.print();
        assertEquals(List.of("pdf"), asked);
    }

    /** Issue 20: Open plan… on a 43-byte file printed a stack trace and told the student nothing. */
    @Test
    void openingAPlanWithAHugeNumberSaysWhichFileAndLineAndKeepsThePlanOnScreen() throws Exception {
        MyPlanModel model = model(new PlanStore(folder.resolve("plans")), true, false);
        model.note("mine");
        Path tiny = Files.writeString(folder.resolve("tiny.careerplan"), "{\"formatVersion\": 1, \"profile\": 1e99999999}");
        model.open(tiny);
        assertTrue(model.statusIsProblemProperty().get());
        assertEquals("That plan could not be opened: " + tiny + ":1: \"profile\" must be text in quotes, not the "
                + "number 1e99999999. The plan on screen is as it was.", model.statusProperty().get());
        assertEquals("mine", plan.get().note());
    }

    /** Replacing or clearing a plan not yet read could lose it: those wait until it has been read. */
    @Test
    void whileTheSavedPlanIsReadNothingReplacesOrClearsIt() throws Exception {
        HeldBackBackground held = new HeldBackBackground();
        background = held;
        PlanStore store = new PlanStore(folder.resolve("plans"));
        store.save(MyPlan.empty("clinical-engineer").withNote("saved before"));
        MyPlanModel model = model(store, true, false);
        assertTrue(model.readingProperty().get());
        Path other = folder.resolve("other.careerplan");
        PlanFiles.save(MyPlan.empty("clinical-engineer").withNote("from a stick"), other);
        model.open(other);
        model.askToClear();
        assertEquals("Your saved plan is still being read: try again in a moment.", model.statusProperty().get());
        assertNull(model.questionProperty().get());
        held.runAll();
        assertFalse(model.readingProperty().get());
        assertEquals("saved before", plan.get().note());
    }
}
