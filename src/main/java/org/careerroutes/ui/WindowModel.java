package org.careerroutes.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.view.CompareViewModel;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.view.JobsViewModel;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.StudentRecord;
import org.careerroutes.plan.view.PlanSession;
import org.careerroutes.search.ProfileSearch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What one window holds and decides, apart from how it is drawn: the profile on show and the
 * others on offer, the tab selected, the student's qualifications (theirs, for every profile: part
 * of their one record), Compare routes' choices ({@link CompareViewModel}), the clock that says
 * what day it is, and the search ({@link WindowSearch}). Read-only properties and commands; the
 * window binds to them and, as its {@link Navigator}, carries out on its pages the commands that
 * move the reader.
 * The student's plan for the profile on show is here too, with their record beside it (one for
 * every profile), kept by a {@link PlanSession}: loaded from where plans are kept (or empty) when
 * a profile is first shown, remembered for the session, kept in step with the qualifications
 * entered, and saved as the student goes, a second after the last change and when the window
 * closes, never on the JavaFX thread.
 * A new model (a kiosk's next visit) starts from nothing.
 */
public final class WindowModel {

    /**
     * Carries out the commands that move the reader, on the page each concerns; the model has
     * already selected that page's tab.
     */
    public interface Navigator {
        /** Moves keyboard focus into a tab's page, as following a link should. */
        void focusPage(ProfileSection section);

        /** Scrolls How to become one to a route (or the registration) and focuses it. */
        void revealRoute(String topic);

        /** Marks a hit's text on its page and scrolls to it, or opens its step on the route map. */
        void showHit(ProfileSearch.Hit hit, ProfileSection section);

        /** Chooses a pathway on the route map and focuses its first step. */
        void showPathway(String pathwayId);
    }

    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>();
    /** The jobs on offer and the Jobs page (a folder of jobs, or profiles opened). */
    private final WindowJobs jobs;
    private final ReadOnlyObjectWrapper<ProfileSection> selected = new ReadOnlyObjectWrapper<>(ProfileSection.OVERVIEW);
    private final WindowSearch search = new WindowSearch(this::showHit);
    /**
     * The student's qualifications, in this window only. Made when a page first needs them, so
     * the first frame does not wait for them.
     */
    private MyQualifications mine;
    private Navigator navigator;
    /** The student's plan for the profile on show, and how it is kept. */
    private final PlanSession plans;
    private final ObjectProperty<MyPlan> plan;
    /** The pathway the student has made theirs in the plan; held, so the pages' bindings to it last. */
    private final ObservableValue<Optional<String>> myPathway;
    /** Today's date comes from here: the school year on Compare routes. */
    private final Clock clock;
    /** Compare routes: made when the tab is first opened, then kept while the window lives. */
    private CompareViewModel compare;
    /** Set while the model itself copies qualifications between the plan and the form, so the copy is not copied back. */
    private boolean syncing;
    /** Set while a profile is replaced by a new reading of itself (--watch). */
    private boolean refreshing;

    /** A model whose plans are kept nowhere (they last as long as the window), on the computer's clock. */
    public WindowModel(Profile initial) {
        this(initial, PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), Background.sameThread(),
                Clock.systemDefaultZone());
    }

    /** Plans kept by {@code keeping}, read and written on the caller's thread: for tests. */
    public WindowModel(Profile initial, PlanKeeping keeping) {
        this(initial, keeping, Background.sameThread(), Clock.systemDefaultZone());
    }

    /**
     * @param keeping    where the student's plans are kept: for this user, or nowhere (a shared computer, a kiosk)
     * @param background where plans are read and written, away from the JavaFX thread
     * @param clock      the app's clock, for today's date
     */
    public WindowModel(Profile initial, PlanKeeping keeping, Background background, Clock clock) {
        this.plans = new PlanSession(keeping, background);
        this.jobs = new WindowJobs(JobPack.of(List.of(Objects.requireNonNull(initial))),
                offered -> new JobsViewModel(offered, plans.recordProperty(), plans::changeRecord, background,
                        this::showJob));
        this.plan = plans.planProperty();
        this.myPathway = plan.map(MyPlan::pathway);
        this.clock = Objects.requireNonNull(clock);
        plan.addListener((obs, old, now) -> planChanged(now));
        show(Objects.requireNonNull(initial));
    }

    /** Who carries out the commands that move the reader: the window, once its pages exist. */
    void setNavigator(Navigator navigator) {
        this.navigator = Objects.requireNonNull(navigator);
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Profile profile() {
        return profile.get();
    }

    /** The jobs on offer (from a folder of content, or opened) and the Jobs page. */
    public WindowJobs jobs() {
        return jobs;
    }

    /** Shows the Jobs page in place of the tabs (Ctrl+J), when there is a choice of jobs. */
    public void showJobs() {
        jobs.show();
    }

    /** A job opened from the Jobs page (or its Overview's "Jobs like this", or My plan's shortlist): its Overview. */
    private void showJob(Profile opened) {
        setProfile(opened);
        open(ProfileSection.OVERVIEW);
    }

    public ReadOnlyObjectProperty<ProfileSection> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ProfileSection selected() {
        return selected.get();
    }

    // ----- the profile

    /** Shows another profile; the reader starts again on its Overview, with their record (what they entered) as it is. */
    public void setProfile(Profile shown) {
        if (shown != profile.get()) {
            show(shown);
        }
    }

    private void show(Profile shown) {
        // What the student entered is theirs, not the profile's: checked against the new profile's routes.
        mine = null;
        plans.show(shown.id());
        search.showProfile(shown);
        profile.set(shown);
        selected.set(ProfileSection.OVERVIEW);
    }

    /**
     * A new reading of the content the window was opened on ({@code --watch}): the profiles that
     * loaded now take the place of those on offer. The one on show is shown again as it now reads,
     * on the same tab (the window keeps its place there); if it is no longer among them, the
     * first is shown.
     */
    public void reloadContent(List<Profile> loaded) {
        if (loaded.isEmpty()) {
            return;
        }
        Profile current = profile.get();
        Profile same = loaded.stream().filter(p -> p.id().equals(current.id())).findFirst().orElse(null);
        jobs.offer(JobPack.of(loaded));
        if (same == null) {
            setProfile(loaded.get(0));
            return;
        }
        if (same.equals(current)) {
            return;
        }
        refreshing = true;
        try {
            mine = null;   // made again for the new version's rules, with what is entered (it is in the plan)
            search.readAgain(same);
            profile.set(same);
        } finally {
            refreshing = false;
        }
    }

    /** Whether the profile on show is being replaced by a new reading of itself, which keeps the window's place. */
    public boolean isRefreshing() {
        return refreshing;
    }

    /** Offers these profiles and shows the first. */
    public void setProfileChoices(List<Profile> offered) {
        jobs.offer(JobPack.of(offered));
        if (!offered.isEmpty()) {
            setProfile(offered.get(0));
        }
    }

    /** Adds a profile opened from a file to the ones on offer (replacing one with the same id) and shows it. */
    public void addProfileChoice(Profile opened) {
        jobs.offer(jobs.pack().with(opened));
        setProfile(opened);
        select(ProfileSection.OVERVIEW);
    }

    /** The student's qualifications (their record's), checked against the profile on show. */
    public MyQualifications qualifications() {
        if (mine == null) {
            mine = new MyQualifications(profile.get(), StudentRecord.MAX_QUALIFICATIONS);
            mine.entered().setAll(plan.get().qualifications());
            mine.entered().addListener((ListChangeListener<StudentQualification>) change -> {
                if (!syncing) {
                    plan.set(plan.get().withQualifications(List.copyOf(mine.entered())));
                }
            });
        }
        return mine;
    }

    // ----- the plan

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

    /** The plan for the profile on show, and how it is kept: for the My plan tab. */
    public PlanSession planSession() {
        return plans;
    }

    /** Where plans are kept on this machine, and why nothing is, when that is worth saying. */
    public PlanKeeping planKeeping() {
        return plans.keeping();
    }

    /** A plan that could not be read or saved, and what became of it; "" when all is well. */
    public ReadOnlyStringProperty planNoticeProperty() {
        return plans.noticeProperty();
    }

    public void dismissPlanNotice() {
        plans.dismissNotice();
    }

    /** True while the saved plan of the profile on show is being read. */
    public ReadOnlyBooleanProperty planLoadingProperty() {
        return plans.loadingProperty();
    }

    /** Runs {@code then} once the saved plan of the profile on show has been read: now, if it has. */
    public void whenPlanRead(Runnable then) {
        if (!plans.loadingProperty().get()) {
            then.run();
            return;
        }
        plans.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** True while the plan is being written. */
    public ReadOnlyBooleanProperty planSavingProperty() {
        return plans.savingProperty();
    }

    /** Replaces the plan (and the record) with one the student opened from a file; the qualifications in it are entered. */
    public void replacePlan(MyPlan opened) {
        plans.replace(opened);
    }

    /** Clears the plan for the profile on show, on screen and where it was kept; the student's record stays. */
    public void clearPlan() {
        plans.clear();
    }

    /** Clears everything about the student: every profile's plan and their record, on screen and where kept. */
    public void clearEverything() {
        plans.clearEverything();
    }

    /** Gives the plan to be saved now if it has changed (the window is closing, or another profile is opened). */
    public void savePlanNow() {
        plans.saveNow();
    }

    /**
     * Waits, at most {@code limit}, for the plans given to be saved to be written: the window is
     * closing. Returns whether they all were.
     */
    public boolean awaitPlanSaves(Duration limit) {
        plans.saveNow();
        return plans.awaitSaves(limit);
    }

    /** Saves at once after each change instead of a moment later: for tests without a running toolkit. */
    void saveAtOnce() {
        plans.setSaveDelay(null);
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

    /** The pathway the student has made theirs in their plan, if any. */
    public ObservableValue<Optional<String>> myPathwayProperty() {
        return myPathway;
    }

    /** Makes a pathway the one in the student's plan ("Make this my plan", "Make this my pathway"). */
    public void makeMyPathway(String pathwayId) {
        plan.set(plan.get().withPathway(Optional.of(pathwayId)));
    }

    // ----- compare routes

    /**
     * Compare routes' view model, showing the profile on show: made the first time the tab is
     * opened (so not before the first frame), and kept while the window lives, so that the routes
     * chosen carry over to another profile and a new window (a kiosk's next visit) starts afresh.
     */
    public CompareViewModel compare() {
        if (compare == null) {
            compare = new CompareViewModel(LocalDate.now(clock), myPathway, this::makeMyPathway, this::showPathwayOnMap);
        }
        if (compare.profile() != profile.get()) {
            compare.show(profile.get(), qualifications());
        }
        return compare;
    }

    /** What the student compares on Compare routes, for the handout; empty until they have opened it. */
    public Optional<CompareSelection> compareSelection() {
        return compare == null ? Optional.empty() : compare.selection(profile.get());
    }

    // ----- moving about

    /** Selects a tab (a click on it, Ctrl+1..9 and Ctrl+0, the Go menu), in place of the Jobs page if it is on show. */
    public void select(ProfileSection section) {
        selected.set(Objects.requireNonNull(section));
        jobs.hide();
    }

    /** Selects a tab and moves focus into its page, as following a link should. */
    public void open(ProfileSection section) {
        select(section);
        navigator.focusPage(section);
    }

    /** Shows a route or section of the profile by its id or key (a link on the map or a page). */
    public void showTopic(String topic) {
        ProfileSection section = ProfileSection.forTopic(topic);
        if (section != ProfileSection.ROUTES) {
            open(section);   // moves focus into the page too, so it is not left on a hidden button
            return;
        }
        select(section);
        navigator.revealRoute(topic);
    }

    /** Opens the route map with a pathway chosen ("Show this route on the route map"). */
    public void showPathwayOnMap(String pathwayId) {
        select(ProfileSection.ROUTE_MAP);
        navigator.showPathway(pathwayId);
    }

    // ----- search

    /** The search across the profile on show (Ctrl+F). */
    public WindowSearch search() {
        return search;
    }

    /** Selects a search hit's tab and asks the window to show the hit there. */
    private void showHit(ProfileSearch.Hit hit) {
        ProfileSection section = ProfileSection.forTopic(hit.entry().topic());
        select(section);
        navigator.showHit(hit, section);
    }
}
