package org.careerroutes.plan.view;

import org.careerroutes.kit.Background;
import org.careerroutes.kit.HeldBackBackground;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.StepMark;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the window's plan is kept: loaded and saved through the background (never on the caller's
 * thread), saves coalesced so the latest wins and each profile's latest is written, nothing saved
 * for a profile while its saved plan is being read, what the student does meanwhile kept, and
 * closing waits for the last save, with a bound.
 */
class PlanSessionTest {

    private static final String PROFILE = "clinical-engineer";

    @TempDir
    Path folder;

    /** Plans kept in a list, to see what was written and in which order. */
    private static final class Recording implements PlanKeeping {
        final List<MyPlan> saved = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final List<StudentRecord> savedRecords = new CopyOnWriteArrayList<>();
        int clearedEverything;
        int recordReads;
        Optional<String> news = Optional.empty();
        StudentRecord keptRecord = StudentRecord.EMPTY;
        MyPlan kept;
        /** While set and not yet counted down, a save waits for it: a slow network drive, held as long as a test wants. */
        java.util.concurrent.CountDownLatch holdSaves;

        @Override
        public Place place() {
            return Place.THIS_USER;
        }

        @Override
        public Loaded load(String profile) {
            return kept != null && kept.profile().equals(profile) ? new Loaded(kept, Optional.empty()) : Loaded.nothing(profile);
        }

        @Override
        public void save(MyPlan plan) throws IOException {
            threads.add(Thread.currentThread().getName());
            if (holdSaves != null) {
                try {
                    holdSaves.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            saved.add(plan);
        }

        @Override
        public void clear(String profile) {
            saved.add(MyPlan.empty(profile));
        }

        @Override
        public LoadedRecord loadRecord() {
            recordReads++;
            return new LoadedRecord(keptRecord, Optional.empty(), news, news.isPresent());
        }

        @Override
        public void saveRecord(StudentRecord record) {
            savedRecords.add(record);
        }

        @Override
        public void clearEverything() {
            clearedEverything++;
        }

        @Override
        public Optional<Path> fileFor(String profile) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> recordFile() {
            return Optional.empty();
        }
    }

    @Test
    void savesWaitingToBeWrittenAreCoalescedTheLatestWinsAndEveryProfilesLatestIsWritten() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        PlanSession session = new PlanSession(keeping, background);
        session.setSaveDelay(null);
        session.show(PROFILE);
        background.runAll();   // the saved plan read

        session.planProperty().set(session.planProperty().get().withNote("a"));
        session.planProperty().set(session.planProperty().get().withNote("ab"));
        session.planProperty().set(session.planProperty().get().withNote("abc"));
        assertTrue(session.savingProperty().get(), "saving is shown while it waits");
        session.show("nurse");
        session.planProperty().set(session.planProperty().get().withNote("nurse's"));
        assertEquals(List.of(), keeping.saved, "nothing is written on the caller's thread");

        background.runAll();
        assertEquals(List.of("abc", "nurse's"), keeping.saved.stream().map(MyPlan::note).toList(),
                "one write a profile, of its latest plan");
        assertFalse(session.savingProperty().get());
    }

    @Test
    void nothingIsSavedWhileTheSavedPlanIsReadAndWhatTheStudentDidMeanwhileIsKept() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        keeping.kept = MyPlan.empty(PROFILE).withMark("gcses", Optional.of(StepMark.DONE)).withNote("saved note");
        PlanSession session = new PlanSession(keeping, background);
        session.setSaveDelay(null);
        session.show(PROFILE);
        assertTrue(session.loadingProperty().get(), "reading is shown");

        // The student marks a step before the saved plan has arrived.
        session.planProperty().set(session.planProperty().get().withMark("a-levels", Optional.of(StepMark.CONSIDERING))
                .withNote("typed meanwhile"));
        session.saveNow();
        assertEquals(2, background.waiting(), "only the readings (the record, the plan) are waiting: nothing saved over "
                + "the plan not yet read");

        background.runAll();
        MyPlan shown = session.planProperty().get();
        assertFalse(session.loadingProperty().get());
        assertEquals(Optional.of(StepMark.DONE), shown.mark("gcses"), "the saved plan's");
        assertEquals(Optional.of(StepMark.CONSIDERING), shown.mark("a-levels"), "and the student's");
        assertEquals("saved note\n\ntyped meanwhile", shown.note(), "both notes, neither lost");
        background.runAll();
        assertEquals(List.of(shown), keeping.saved, "and then it is saved");
    }

    @Test
    void aProfileShownAgainInTheSessionIsAsItWasLeftWithoutReadingItAgain() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        PlanSession session = new PlanSession(PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()),
                background);
        session.show(PROFILE);
        background.runAll();
        session.planProperty().set(session.planProperty().get().withStepNote("gcses", "mine"));
        session.show("nurse");
        background.runAll();
        session.show(PROFILE);
        assertEquals(0, background.waiting(), "not read again");
        assertEquals(Optional.of("mine"), session.planProperty().get().stepNote("gcses"));
        assertEquals(List.of(), keeping.saved);
    }

    @Test
    void onTheAppsOwnThreadTheSaveIsOffTheCallersThreadAndClosingWaitsForItWithABound() throws Exception {
        FxToolkit.registerPrimaryStage();
        Recording keeping = new Recording();
        keeping.holdSaves = new java.util.concurrent.CountDownLatch(1);
        Background files = Background.oneThread("plan-files");
        PlanSession[] session = new PlanSession[1];
        WaitForAsyncUtils.asyncFx(() -> {
            session[0] = new PlanSession(keeping, files);
            session[0].setSaveDelay(null);
            session[0].show(PROFILE);
        }).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !session[0].loadingProperty().get());
        WaitForAsyncUtils.asyncFx(() -> session[0].planProperty().set(session[0].planProperty().get().withNote("slow")))
                .get();
        assertFalse(session[0].awaitSaves(Duration.ofMillis(50)), "a bound shorter than the disk: said, not waited out");
        keeping.holdSaves.countDown();   // the drive answers
        assertTrue(session[0].awaitSaves(Duration.ofSeconds(10)), "closing waits for the last save");
        assertEquals(List.of("plan-files"), keeping.threads);
        assertEquals("slow", keeping.saved.get(0).note());
    }

    @Test
    void aPlanStoreThatCannotWriteSaysSoAndAGoodSaveLaterTakesTheMessageAway() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(folder.resolve("plans"), "x");
        PlanSession session = new PlanSession(new PlanStore(notAFolder), Background.sameThread());
        session.setSaveDelay(null);
        session.show(PROFILE);
        session.planProperty().set(session.planProperty().get().withNote("kept on screen"));
        assertTrue(session.noticeProperty().get().startsWith("Your plan could not be saved: "), session.noticeProperty().get());
        java.nio.file.Files.delete(notAFolder);
        session.planProperty().set(session.planProperty().get().withNote("kept on screen, and saved"));
        assertEquals("", session.noticeProperty().get());
        assertEquals("kept on screen, and saved", new PlanStore(notAFolder).load(PROFILE).plan().note());
    }

    // ----- the student's record: one for every profile

    private static final StudentRecord SHORTLISTED = StudentRecord.EMPTY.withShortlisted("nurse", "Nurse");

    @Test
    void theRecordIsReadOnceSharedByEveryProfileAndSavedInItsOwnFile() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        keeping.keptRecord = SHORTLISTED;
        PlanSession session = new PlanSession(keeping, background);
        session.setSaveDelay(null);
        session.show(PROFILE);
        background.runAll();
        assertEquals(SHORTLISTED, session.recordProperty().get());

        session.changeRecord(r -> r.withShortlisted("paramedic", "Paramedic"));
        session.show("nurse");
        background.runAll();
        assertEquals(List.of("nurse", "paramedic"), session.planProperty().get().student().shortlist().stream()
                .map(j -> j.profile()).toList(), "the same record on the next profile");
        assertEquals(1, keeping.recordReads, "read once, not once a profile");
        assertEquals(List.of(SHORTLISTED.withShortlisted("paramedic", "Paramedic")), keeping.savedRecords);
        assertEquals(List.of(), keeping.saved, "no job's plan changed, so none is written");
    }

    @Test
    void whatIsDoneWhileTheRecordIsReadIsKeptOnTopOfIt() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        keeping.keptRecord = SHORTLISTED;
        PlanSession session = new PlanSession(keeping, background);
        session.setSaveDelay(null);
        session.show(PROFILE);
        assertTrue(session.loadingProperty().get());
        session.changeRecord(r -> r.withShortlisted(PROFILE, "Clinical engineer"));
        session.saveNow();
        background.runAll();
        assertEquals(List.of("nurse", PROFILE), session.recordProperty().get().shortlist().stream()
                .map(j -> j.profile()).toList(), "the saved record's, and what was done meanwhile");
        background.runAll();
        assertEquals(List.of(session.recordProperty().get()), keeping.savedRecords, "saved once it had been read");
    }

    @Test
    void aRecordMadeFromAnEarlierVersionsPlansIsSavedAtOnceAndSaid() {
        HeldBackBackground background = new HeldBackBackground();
        Recording keeping = new Recording();
        keeping.keptRecord = SHORTLISTED;
        keeping.news = Optional.of("Your qualifications now belong to you");
        PlanSession session = new PlanSession(keeping, background);
        session.show(PROFILE);   // saved a second after a change, but this is saved at once
        background.runAll();
        background.runAll();
        assertEquals(List.of(SHORTLISTED), keeping.savedRecords, "kept as a record before any older file is replaced");
        assertEquals("Your qualifications now belong to you", session.newsProperty().get());
        assertEquals("", session.noticeProperty().get(), "news, not a problem");
        session.dismissNews();
        assertEquals("", session.newsProperty().get());
    }

    @Test
    void clearingEverythingForgetsEveryProfilesPlanAndTheRecord() {
        Recording keeping = new Recording();
        PlanSession session = new PlanSession(keeping, Background.sameThread());
        session.setSaveDelay(null);
        session.show(PROFILE);
        session.planProperty().set(session.planProperty().get().withNote("mine").withStudent(SHORTLISTED));
        session.show("nurse");
        session.planProperty().set(session.planProperty().get().withNote("a nurse's"));
        session.clearEverything();
        assertTrue(session.planProperty().get().isEmpty());
        assertEquals(1, keeping.clearedEverything);
        keeping.saved.clear();
        session.show(PROFILE);
        assertTrue(session.planProperty().get().isEmpty(), "the other profile's plan, forgotten in the session too");
        assertEquals(List.of(), keeping.saved);
    }

    @Test
    void aDamagedRecordAndADamagedPlanAreBothSaid() throws Exception {
        Path plans = folder.resolve("plans");
        java.nio.file.Files.createDirectories(plans);
        java.nio.file.Files.writeString(plans.resolve("me.careerplan"), "{\"formatVersion\": 2, \"me\": 7}");
        java.nio.file.Files.writeString(plans.resolve(PROFILE + ".careerplan"), "not json");
        PlanSession session = new PlanSession(new PlanStore(plans), Background.sameThread());
        session.show(PROFILE);
        String notice = session.noticeProperty().get();
        assertTrue(notice.startsWith("Your saved record"), notice);
        assertTrue(notice.contains("\n\nYour saved plan could not be read"), notice);
        assertFalse(session.loadingProperty().get());
    }
}
