package org.careerroutes.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.view.CompareViewModel;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.view.JobsViewModel;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.search.ProfileSearch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one window holds and decides, apart from how it is drawn: the profile on show and the
 * others on offer, the tab selected, the student's qualifications (theirs, for every profile: part
 * of their one record), Compare routes' choices ({@link CompareViewModel}), the clock that says
 * what day it is, and the search ({@link WindowSearch}). Read-only properties and commands; the
 * window binds to them and, as its {@link Navigator}, carries out on its pages the commands that
 * move the reader.
 * The student's plan for the profile on show is here too, with their record beside it, in its own
 * part ({@link WindowPlan}).
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
    private Navigator navigator;
    /** The student's plan for the profile on show, their record, and how they are kept. */
    private final WindowPlan plans;
    /** Today's date comes from here: the school year on Compare routes. */
    private final Clock clock;
    /** Compare routes: made when the tab is first opened, then kept while the window lives. */
    private CompareViewModel compare;
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
        this(initial, keeping, background, background, clock);
    }

    /** @param jobFiles where a job's profile is read when it is opened from the Jobs page, away from the JavaFX thread */
    public WindowModel(Profile initial, PlanKeeping keeping, Background background, Background jobFiles, Clock clock) {
        this.plans = new WindowPlan(keeping, background);
        this.jobs = new WindowJobs(JobPack.of(List.of(Objects.requireNonNull(initial))),
                offered -> new JobsViewModel(offered, plans.studentRecordProperty(), plans::changeStudentRecord,
                        jobFiles, this::showJob));
        this.clock = Objects.requireNonNull(clock);
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
        plans.show(shown);
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
            plans.readAgain();
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
        return plans.qualifications(profile.get());
    }

    // ----- the plan

    /** The student's plan for the profile on show and their record (one for every profile), and how they are kept. */
    public WindowPlan plans() {
        return plans;
    }

    // ----- compare routes

    /**
     * Compare routes' view model, showing the profile on show: made the first time the tab is
     * opened (so not before the first frame), and kept while the window lives, so that the routes
     * chosen carry over to another profile and a new window (a kiosk's next visit) starts afresh.
     */
    public CompareViewModel compare() {
        if (compare == null) {
            compare = new CompareViewModel(LocalDate.now(clock), plans.myPathwayProperty(), plans::makeMyPathway,
                    this::showPathwayOnMap);
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
