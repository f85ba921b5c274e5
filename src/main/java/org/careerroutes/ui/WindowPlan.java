package org.careerroutes.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.StudentRecord;
import org.careerroutes.plan.view.PlanSession;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The window model's part that is the student's: their plan for the profile on show and their
 * record beside it (one for every profile), kept by a {@link PlanSession}: loaded from where plans
 * are kept (or empty) when a profile is first shown, remembered for the session, and saved as the
 * student goes, a second after the last change and when the window closes, never on the JavaFX
 * thread. It also keeps the qualifications entered on "Am I on track?" in step with the plan, both
 * ways. A new window (a kiosk's next visit) starts from nothing.
 */
public final class WindowPlan {

    private final PlanSession plans;
    private final ObjectProperty<MyPlan> plan;
    /** The pathway the student has made theirs in the plan; held, so the pages' bindings to it last. */
    private final ObservableValue<Optional<String>> myPathway;
    /**
     * The student's qualifications, checked against the profile on show. Made when a page first
     * needs them, so the first frame does not wait for them; made again for another profile.
     */
    private MyQualifications mine;
    /** Set while the plan's qualifications are copied into the form, so the copy is not copied back. */
    private boolean syncing;

    WindowPlan(PlanKeeping keeping, Background background) {
        this.plans = new PlanSession(keeping, background);
        this.plan = plans.planProperty();
        this.myPathway = plan.map(MyPlan::pathway);
        plan.addListener((obs, old, now) -> planChanged(now));
    }

    /** Another profile is shown: its plan is read (or remembered), and the qualifications are checked against it anew. */
    void show(Profile shown) {
        mine = null;
        plans.show(shown.id());
    }

    /** A new reading of the profile on show (--watch): the qualifications are checked against its new rules. */
    void readAgain() {
        mine = null;   // made again, with what is entered (it is in the plan)
    }

    /** The student's qualifications (their record's), checked against {@code shown}, the profile on show. */
    MyQualifications qualifications(Profile shown) {
        if (mine == null) {
            mine = new MyQualifications(shown, StudentRecord.MAX_QUALIFICATIONS);
            mine.entered().setAll(plan.get().qualifications());
            mine.entered().addListener((ListChangeListener<StudentQualification>) change -> {
                if (!syncing) {
                    plan.set(plan.get().withQualifications(List.copyOf(mine.entered())));
                }
            });
        }
        return mine;
    }

    private void planChanged(MyPlan now) {
        if (mine != null && !syncing && now != null && !mine.entered().equals(now.qualifications())) {
            syncing = true;
            try {
                mine.entered().setAll(now.qualifications());
            } finally {
                syncing = false;
            }
        }
    }

    /** The student's plan for the profile on show; setting it keeps it (where plans are kept). */
    public ObjectProperty<MyPlan> planProperty() {
        return plan;
    }

    public MyPlan plan() {
        return plan.get();
    }

    /**
     * The student's record: their qualifications, skills, encounters and shortlist, the same for
     * every profile, kept as the plan is ({@link MyPlan#student()} of {@link #plan()}).
     */
    public ReadOnlyObjectProperty<StudentRecord> studentRecordProperty() {
        return plans.recordProperty();
    }

    /** Changes the student's record; every profile's pages see the change, and it is kept as the plan is. */
    public void changeStudentRecord(UnaryOperator<StudentRecord> change) {
        plans.changeRecord(change);
    }

    /** The plan for the profile on show, and how it is kept: for the My plan tab and the Jobs page. */
    public PlanSession session() {
        return plans;
    }

    /** Where plans are kept on this machine, and why nothing is, when that is worth saying. */
    public PlanKeeping keeping() {
        return plans.keeping();
    }

    /** A plan that could not be read or saved, and what became of it; "" when all is well. */
    public ReadOnlyStringProperty noticeProperty() {
        return plans.noticeProperty();
    }

    public void dismissNotice() {
        plans.dismissNotice();
    }

    /** True while the saved plan of the profile on show is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return plans.loadingProperty();
    }

    /** Runs {@code then} once the saved plan of the profile on show has been read: now, if it has. */
    public void whenRead(Runnable then) {
        if (!plans.loadingProperty().get()) {
            then.run();
            return;
        }
        plans.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Clears the plan for the profile on show, on screen and where it was kept; the student's record stays. */
    public void clear() {
        plans.clear();
    }

    /** Clears everything about the student: every profile's plan and their record, on screen and where kept. */
    public void clearEverything() {
        plans.clearEverything();
    }

    /** Gives the plan to be saved now if it has changed (the window is closing, or another profile is opened). */
    public void saveNow() {
        plans.saveNow();
    }

    /**
     * Waits, at most {@code limit}, for the plans given to be saved to be written: the window is
     * closing. Returns whether they all were.
     */
    public boolean awaitSaves(Duration limit) {
        plans.saveNow();
        return plans.awaitSaves(limit);
    }

    /** Saves at once after each change instead of a moment later: for tests without a running toolkit. */
    void saveAtOnce() {
        plans.setSaveDelay(null);
    }

    /** The pathway the student has made theirs in their plan, if any. */
    public ObservableValue<Optional<String>> myPathwayProperty() {
        return myPathway;
    }

    /** Makes a pathway the one in the student's plan ("Make this my plan", "Make this my pathway"). */
    public void makeMyPathway(String pathwayId) {
        plan.set(plan.get().withPathway(Optional.of(pathwayId)));
    }
}
