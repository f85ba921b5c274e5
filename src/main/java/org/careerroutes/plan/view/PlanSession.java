package org.careerroutes.plan.view;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.StudentRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The student's plan for the profile a window shows, with their one record beside it, and how
 * both are kept. A job's part is read from where plans are kept when its profile is first shown,
 * remembered for the session when another is shown (so that switching back finds the marks and
 * notes, on a shared computer too), and saved as the student goes, a moment after the last change.
 * The record ({@link StudentRecord}: qualifications, skills, encounters, shortlist) is read once,
 * when the first profile is shown, and is the same for every profile: a change to it on one job is
 * there on the next, and it is saved in its own file.
 *
 * <p>No file is read or written on the JavaFX thread: loading, saving and clearing run through
 * the window's {@link Background}, in the order asked, on one thread, so two writes of a file
 * never overlap. Saves are coalesced: while one waits, a newer plan for the same profile (or a
 * newer record) takes its place (the latest wins; every profile's latest is written). While a
 * saved plan or the saved record is being read, nothing is saved over it; what the student does
 * meanwhile is applied on top of it when it arrives ({@link MyPlan#replay},
 * {@link StudentRecord#replay}). Closing waits for the last save, with a bound ({@link #awaitSaves}).
 *
 * <p>A little over 400 lines: the jobs' parts and the record share one reading, waiting and
 * saving cycle, and split apart they would have to tell each other when each is read and saved.
 * The writing itself is {@link PlanWrites}.
 */
public final class PlanSession {

    private final PlanKeeping keeping;
    private final Background background;
    private final ObjectProperty<MyPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StudentRecord> record = new ReadOnlyObjectWrapper<>(StudentRecord.EMPTY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper news = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** The job's parts of profiles shown earlier in this window, as they were left. */
    private final Map<String, MyPlan> earlier = new HashMap<>();
    /** Profiles whose saved plan is being read, and the job's part shown for each meanwhile. */
    private final Map<String, MyPlan> waitingFor = new HashMap<>();
    /** The record shown while the saved one is read; null once it has been read (or before it is asked for). */
    private StudentRecord recordMeanwhile;
    private boolean recordAskedFor;
    /** Profiles changed since they were last given to be saved. */
    private final Set<String> unsaved = new HashSet<>();
    private boolean recordUnsaved;
    /** What has been given to be saved and is not yet written. */
    private final PlanWrites writes;
    /** Counts "clear everything": a plan read before the last one is not brought back by its late arrival. */
    private int clearings;
    /** Whether the notice shown is about a save that failed, so that the next good save can take it away. */
    private boolean noticeIsSaveProblem;
    /** Set while this session sets the plan itself (a profile shown, a plan read), which is not a change to save. */
    private boolean quiet;
    private PauseTransition saveSoon;
    private javafx.util.Duration saveDelay = javafx.util.Duration.seconds(1);

    /** @param background where the files are read and written, away from the JavaFX thread */
    public PlanSession(PlanKeeping keeping, Background background) {
        this.keeping = Objects.requireNonNull(keeping);
        this.background = Objects.requireNonNull(background);
        this.writes = new PlanWrites(keeping, background, this::written);
        plan.addListener((obs, old, now) -> changed(old, now));
    }

    public PlanKeeping keeping() {
        return keeping;
    }

    /** The student's plan for the profile shown, with their record; setting it keeps it. */
    public ObjectProperty<MyPlan> planProperty() {
        return plan;
    }

    /** The student's record, the same for every profile: the plan's {@link MyPlan#student()}. */
    public ReadOnlyObjectProperty<StudentRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** Changes the student's record (it is kept as the plan is). */
    public void changeRecord(UnaryOperator<StudentRecord> change) {
        MyPlan current = plan.get();
        plan.set(current.withStudent(change.apply(current.student())));
    }

    /** What the student should know about their plan: one that could not be read, or saved; "" for nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
        noticeIsSaveProblem = false;
    }

    /**
     * What the student should be told once that is not a problem: their record was made from the
     * plans an earlier version saved. "" for nothing.
     */
    public ReadOnlyStringProperty newsProperty() {
        return news.getReadOnlyProperty();
    }

    public void dismissNews() {
        news.set("");
    }

    /** True while the saved plan of the profile shown, or the saved record, is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the plan or the record is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Saves a moment after each change, or at once when {@code delay} is null (tests without a running toolkit). */
    public void setSaveDelay(javafx.util.Duration delay) {
        saveDelay = delay;
        saveSoon = null;
    }

    /**
     * Shows a profile's plan, with the student's record beside it: the job's part from earlier in
     * this session, or the one kept for it (read in the background; an empty one meanwhile). The
     * first time, the record is read too.
     */
    public void show(String profile) {
        MyPlan current = plan.get();
        StudentRecord mine = current == null ? StudentRecord.EMPTY : current.student();
        if (current != null) {
            saveNow();
            earlier.put(current.profile(), current.jobOnly());
        }
        MyPlan remembered = earlier.remove(profile);
        MyPlan shown = remembered != null ? remembered : MyPlan.empty(profile);
        setQuietly(shown.withStudent(mine));
        boolean readJob = remembered == null;
        if (readJob) {
            waitingFor.put(profile, shown);
        }
        boolean readRecord = !recordAskedFor;
        if (readRecord) {
            recordAskedFor = true;
            recordMeanwhile = mine;
        }
        updateLoading();
        // Asked for after the plan is set, as a background on the caller's thread answers at once.
        int asked = clearings;
        if (readRecord) {
            background.submit(keeping::loadRecord, loaded -> recordArrived(loaded, asked),
                    failed -> recordArrived(new PlanKeeping.LoadedRecord(StudentRecord.EMPTY, Optional.of(
                            "Your saved record could not be read (" + failed.getMessage() + ")"), Optional.empty(), false),
                            asked));
        }
        if (readJob) {
            background.submit(() -> keeping.load(profile), loaded -> arrived(profile, loaded, asked),
                    failed -> arrived(profile, new PlanKeeping.Loaded(MyPlan.empty(profile),
                            Optional.of("Your saved plan could not be read (" + failed.getMessage() + ")")), asked));
        }
    }

    /** Sets the plan without counting it as a change. */
    private void setQuietly(MyPlan shown) {
        quiet = true;
        try {
            plan.set(shown);
        } finally {
            quiet = false;
        }
    }

    private void updateLoading() {
        MyPlan shown = plan.get();
        loading.set(recordMeanwhile != null || shown != null && waitingFor.containsKey(shown.profile()));
    }

    /** A profile's saved plan has been read: shown (or remembered), with what the student did meanwhile on top. */
    private void arrived(String profile, PlanKeeping.Loaded loaded, int asked) {
        MyPlan meanwhile = waitingFor.remove(profile);
        if (asked != clearings || meanwhile == null) {
            updateLoading();
            return;   // everything was cleared since it was asked for: what was read is gone from the disk too
        }
        boolean shown = plan.get() != null && plan.get().profile().equals(profile);
        MyPlan now = shown ? plan.get().jobOnly() : earlier.get(profile);
        MyPlan read = loaded.plan().jobOnly();
        MyPlan result = now == null || now.equals(meanwhile) ? read : read.replay(meanwhile, now);
        boolean asKept = result.equals(read);
        if (shown) {
            setQuietly(result.withStudent(plan.get().student()));
        } else {
            earlier.put(profile, result);
        }
        loaded.problem().ifPresent(this::tell);   // said before "read", for whoever waits for the reading
        updateLoading();
        if (!asKept) {
            unsaved.add(profile);
            if (shown) {
                scheduleSave();
            } else {
                write(result);
            }
        }
    }

    /** The saved record has been read: shown, with what the student did meanwhile on top. */
    private void recordArrived(PlanKeeping.LoadedRecord loaded, int asked) {
        StudentRecord meanwhile = recordMeanwhile;
        recordMeanwhile = null;
        if (asked != clearings || meanwhile == null) {
            updateLoading();
            return;
        }
        StudentRecord now = plan.get().student();
        StudentRecord result = now.equals(meanwhile) ? loaded.record() : loaded.record().replay(meanwhile, now);
        setQuietly(plan.get().withStudent(result));
        loaded.problem().ifPresent(this::tell);
        loaded.news().ifPresent(news::set);
        updateLoading();
        if (loaded.upgraded()) {
            // Made from an earlier version's files: kept as a record at once, before any of them is saved again.
            recordUnsaved = true;
            saveNow();
        } else if (!result.equals(loaded.record())) {
            recordUnsaved = true;
            scheduleSave();
        }
    }

    /** A problem read: added to any problem not yet dismissed (the record's and a plan's may both be said). */
    private void tell(String problem) {
        String shown = notice.get();
        notice.set(shown.isBlank() || noticeIsSaveProblem || shown.equals(problem) ? problem : shown + "\n\n" + problem);
        noticeIsSaveProblem = false;
    }

    private void changed(MyPlan old, MyPlan now) {
        if (now != null) {
            record.set(now.student());
        }
        if (quiet || now == null || old == null) {
            return;
        }
        if (!now.jobOnly().equals(old.jobOnly())) {
            unsaved.add(now.profile());
        }
        if (!now.student().equals(old.student())) {
            recordUnsaved = true;
        }
        scheduleSave();
    }

    private void scheduleSave() {
        if (keeping.place() != PlanKeeping.Place.THIS_USER) {
            return;   // nothing is kept on this machine: the plan lives in the window for the session
        }
        if (saveDelay == null) {
            saveNow();
            return;
        }
        if (saveSoon == null) {
            saveSoon = new PauseTransition(saveDelay);
            saveSoon.setOnFinished(e -> saveNow());
        }
        saveSoon.playFromStart();
    }

    /**
     * Gives the plan and the record to be saved now if they have changed (the window is closing,
     * or another profile is shown). Neither is saved while its saved form is still being read: it
     * is saved once that has arrived.
     */
    public void saveNow() {
        if (saveSoon != null) {
            saveSoon.stop();
        }
        MyPlan current = plan.get();
        if (current == null) {
            return;
        }
        if (recordUnsaved && recordMeanwhile == null) {
            writeRecord(current.student());
        }
        if (unsaved.contains(current.profile()) && !waitingFor.containsKey(current.profile())) {
            write(current.jobOnly());
        }
    }

    /** Queues a job's part to be written; a newer one of the same profile, queued before it is written, replaces it. */
    private void write(MyPlan latest) {
        unsaved.remove(latest.profile());
        if (keeping.place() == PlanKeeping.Place.THIS_USER) {
            saving.set(true);
            writes.job(latest);
        }
    }

    private void writeRecord(StudentRecord latest) {
        recordUnsaved = false;
        if (keeping.place() == PlanKeeping.Place.THIS_USER) {
            saving.set(true);
            writes.record(latest);
        }
    }

    private void written(List<String> failed) {
        saving.set(writes.waiting());
        if (!failed.isEmpty()) {
            notice.set(String.join("\n", failed));
            noticeIsSaveProblem = true;
        } else if (noticeIsSaveProblem) {
            dismissNotice();   // saved again after a failure: the failure's message no longer holds
        }
    }

    /** Replaces the plan, and the record, with those the student opened from a file. */
    public void replace(MyPlan opened) {
        MyPlan current = plan.get();
        if (current == null || !opened.profile().equals(current.profile())) {
            throw new IllegalArgumentException("a plan for " + opened.profile() + " is not for the profile shown");
        }
        plan.set(opened);
    }

    /**
     * Clears the job's part of the plan on screen and where it is kept (in the background; a
     * failure is said). The student's record stays, for every job.
     */
    public void clear() {
        if (saveSoon != null) {
            saveSoon.stop();
        }
        MyPlan current = plan.get();
        String profile = current.profile();
        writes.forget(profile);
        setQuietly(MyPlan.empty(profile).withStudent(current.student()));
        unsaved.remove(profile);
        if (recordUnsaved) {
            scheduleSave();   // a change to the record not yet saved is still saved
        }
        dismissNotice();
        background.submit(() -> {
            keeping.clear(profile);
            return profile;
        }, done -> { }, failed -> cannotRemove("Your plan was cleared from the screen, but its file could not be removed: ",
                keeping.fileFor(profile).orElse(Path.of(profile)), failed));
    }

    /**
     * Clears everything about the student: every job's plan shown in this session, the record, and
     * all that is kept of them (in the background; a failure is said).
     */
    public void clearEverything() {
        if (saveSoon != null) {
            saveSoon.stop();
        }
        clearings++;
        writes.forgetAll();
        earlier.clear();
        waitingFor.clear();
        unsaved.clear();
        recordUnsaved = false;
        recordMeanwhile = null;
        setQuietly(MyPlan.empty(plan.get().profile()));
        updateLoading();
        dismissNotice();
        dismissNews();
        background.submit(() -> {
            keeping.clearEverything();
            return true;
        }, done -> { }, failed -> cannotRemove("Everything was cleared from the screen, but not every file could be "
                + "removed: ", keeping.recordFile().map(Path::getParent).orElse(Path.of(".")), failed));
    }

    private void cannotRemove(String what, Path file, Exception failed) {
        notice.set(what + FileProblem.describe(file, failed instanceof IOException io ? FileProblem.whyNotWritten(io)
                : String.valueOf(failed.getMessage())) + ". Remove it yourself, or clear again later.");
        noticeIsSaveProblem = false;
    }

    /**
     * Waits, at most {@code limit}, for what has been given to be saved to be written: the
     * window is closing. Call {@link #saveNow()} first.
     *
     * @return whether everything was written in time
     */
    public boolean awaitSaves(Duration limit) {
        return background.awaitIdle(limit);
    }
}
