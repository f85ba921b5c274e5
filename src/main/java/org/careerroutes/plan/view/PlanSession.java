package org.careerroutes.plan.view;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The student's plan for the profile a window shows, and how it is kept: read from where plans
 * are kept when a profile is first shown, remembered for the session when another is shown (so
 * that switching back finds the marks and notes, on a shared computer too), and saved as the
 * student goes, a moment after the last change.
 *
 * <p>No file is read or written on the JavaFX thread: loading, saving and clearing run through
 * the window's {@link Background}, in the order asked, on one thread, so two writes of a file
 * never overlap. Saves are coalesced: while one waits, a newer plan for the same profile takes its
 * place (the latest wins; every profile's latest is written). While a profile's saved plan is
 * being read, nothing is saved for it; what the student does meanwhile is applied on top of the
 * saved plan when it arrives ({@link MyPlan#replay}). Closing waits for the last save, with a
 * bound ({@link #awaitSaves}).
 */
public final class PlanSession {

    private final PlanKeeping keeping;
    private final Background background;
    private final ObjectProperty<MyPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** The plans of profiles shown earlier in this window, as they were left. */
    private final Map<String, MyPlan> earlier = new HashMap<>();
    /** Profiles whose saved plan is being read, and the plan shown for each meanwhile. */
    private final Map<String, MyPlan> waitingFor = new HashMap<>();
    /** Profiles changed since they were last given to be saved. */
    private final Set<String> unsaved = new HashSet<>();
    /** The latest plan of each profile waiting to be written: read and emptied by the background job. */
    private final Map<String, MyPlan> toWrite = new LinkedHashMap<>();
    private final AtomicBoolean writeQueued = new AtomicBoolean();
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
        plan.addListener((obs, old, now) -> changed(now));
    }

    public PlanKeeping keeping() {
        return keeping;
    }

    /** The student's plan for the profile shown; setting it keeps it. */
    public ObjectProperty<MyPlan> planProperty() {
        return plan;
    }

    /** What the student should know about their plan: one that could not be read, or saved; "" for nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
        noticeIsSaveProblem = false;
    }

    /** True while the saved plan of the profile shown is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the plan is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Saves a moment after each change, or at once when {@code delay} is null (tests without a running toolkit). */
    public void setSaveDelay(javafx.util.Duration delay) {
        saveDelay = delay;
        saveSoon = null;
    }

    /**
     * Shows a profile's plan: the one from earlier in this session, or the one kept for it (read
     * in the background; an empty plan meanwhile). {@code carried} (what the student entered in
     * "Am I on track?") goes with them, unless the plan has qualifications of its own.
     */
    public void show(String profile, List<StudentQualification> carried) {
        MyPlan current = plan.get();
        if (current != null) {
            saveNow();
            earlier.put(current.profile(), current);
        }
        MyPlan remembered = earlier.remove(profile);
        if (remembered != null) {
            setQuietly(withCarried(remembered, carried), !remembered.qualifications().isEmpty() || carried.isEmpty());
            loading.set(waitingFor.containsKey(profile));
            return;
        }
        MyPlan meanwhile = withCarried(MyPlan.empty(profile), carried);
        setQuietly(meanwhile, carried.isEmpty());
        waitingFor.put(profile, meanwhile);
        loading.set(true);
        background.submit(() -> keeping.load(profile), loaded -> arrived(profile, loaded, carried),
                failed -> arrived(profile, new PlanKeeping.Loaded(MyPlan.empty(profile),
                        Optional.of("Your saved plan could not be read (" + failed.getMessage() + ")")), carried));
    }

    private static MyPlan withCarried(MyPlan kept, List<StudentQualification> carried) {
        return kept.qualifications().isEmpty() && !carried.isEmpty()
                ? kept.withQualifications(carried.subList(0, Math.min(carried.size(), MyPlan.MAX_QUALIFICATIONS)))
                : kept;
    }

    /** Sets the plan without counting it as a change; {@code asKept} false when it differs from what is kept. */
    private void setQuietly(MyPlan shown, boolean asKept) {
        quiet = true;
        try {
            plan.set(shown);
        } finally {
            quiet = false;
        }
        if (!asKept) {
            unsaved.add(shown.profile());
            scheduleSave();
        }
    }

    /** A profile's saved plan has been read: shown (or remembered), with what the student did meanwhile on top. */
    private void arrived(String profile, PlanKeeping.Loaded loaded, List<StudentQualification> carried) {
        MyPlan meanwhile = waitingFor.remove(profile);
        boolean shown = plan.get() != null && plan.get().profile().equals(profile);
        MyPlan now = shown ? plan.get() : earlier.get(profile);
        MyPlan read = withCarried(loaded.plan(), carried);
        MyPlan result = now == null || now.equals(meanwhile) ? read : read.replay(meanwhile, now);
        boolean asKept = result.equals(loaded.plan());
        if (shown) {
            setQuietly(result, true);
            loaded.problem().ifPresent(this::tell);   // said before "read", for whoever waits for the reading
            loading.set(false);
        } else {
            earlier.put(profile, result);
            loaded.problem().ifPresent(this::tell);
        }
        if (!asKept) {
            unsaved.add(profile);
            if (shown) {
                scheduleSave();
            } else {
                write(result);
            }
        }
    }

    private void tell(String problem) {
        notice.set(problem);
        noticeIsSaveProblem = false;
    }

    private void changed(MyPlan now) {
        if (quiet || now == null) {
            return;
        }
        unsaved.add(now.profile());
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

    /** Gives the plan to be saved now if it has changed (the window is closing, or another profile is shown). */
    public void saveNow() {
        if (saveSoon != null) {
            saveSoon.stop();
        }
        MyPlan current = plan.get();
        if (current == null || !unsaved.contains(current.profile()) || waitingFor.containsKey(current.profile())) {
            return;   // unchanged, or its saved plan is still being read: saved once it has arrived
        }
        write(current);
    }

    /** Queues the plan to be written; a newer plan of the same profile, queued before it is written, replaces it. */
    private void write(MyPlan latest) {
        unsaved.remove(latest.profile());
        if (keeping.place() != PlanKeeping.Place.THIS_USER) {
            return;
        }
        synchronized (toWrite) {
            toWrite.put(latest.profile(), latest);
        }
        saving.set(true);
        if (writeQueued.compareAndSet(false, true)) {
            background.submit(this::writeWaiting, this::written, e -> written(List.of(e.getMessage())));
        }
    }

    /** On the background thread: writes the latest plan of every profile waiting; returns what failed, in words. */
    private List<String> writeWaiting() {
        writeQueued.set(false);
        List<MyPlan> plans;
        synchronized (toWrite) {
            plans = new ArrayList<>(toWrite.values());
            toWrite.clear();
        }
        List<String> failed = new ArrayList<>();
        for (MyPlan each : plans) {
            try {
                keeping.save(each);
            } catch (IOException e) {
                Path file = keeping.fileFor(each.profile()).orElse(Path.of(each.profile()));
                failed.add("Your plan could not be saved: " + FileProblem.describe(file, FileProblem.whyNotWritten(e))
                        + ". It is still on screen: use Save plan as\u2026 to keep a copy.");
            }
        }
        return failed;
    }

    private void written(List<String> failed) {
        synchronized (toWrite) {
            saving.set(!toWrite.isEmpty() || writeQueued.get());
        }
        if (!failed.isEmpty()) {
            notice.set(String.join("\n", failed));
            noticeIsSaveProblem = true;
        } else if (noticeIsSaveProblem) {
            dismissNotice();   // saved again after a failure: the failure's message no longer holds
        }
    }

    /** Replaces the plan with one the student opened from a file. */
    public void replace(MyPlan opened) {
        MyPlan current = plan.get();
        if (current == null || !opened.profile().equals(current.profile())) {
            throw new IllegalArgumentException("a plan for " + opened.profile() + " is not for the profile shown");
        }
        plan.set(opened);
    }

    /** Clears the plan on screen and where it is kept (in the background; a failure is said). */
    public void clear() {
        if (saveSoon != null) {
            saveSoon.stop();
        }
        String profile = plan.get().profile();
        synchronized (toWrite) {
            toWrite.remove(profile);
        }
        setQuietly(MyPlan.empty(profile), true);
        unsaved.remove(profile);
        dismissNotice();
        background.submit(() -> {
            keeping.clear(profile);
            return profile;
        }, done -> { }, failed -> {
            notice.set("Your plan was cleared from the screen, but its file could not be removed: "
                    + FileProblem.describe(keeping.fileFor(profile).orElse(Path.of(profile)),
                    failed instanceof IOException io ? FileProblem.whyNotWritten(io) : String.valueOf(failed.getMessage()))
                    + ". Remove it yourself, or clear your plan again later.");
            noticeIsSaveProblem = false;
        });
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
