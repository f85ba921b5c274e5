package org.careerroutes.app;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.careerroutes.compare.view.CompareViewModel;
import org.careerroutes.kiosk.Visit;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.VisitTally;
import javafx.beans.value.ObservableValue;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kiosk visit: a fresh main window, its plan kept nowhere, and, where the kiosk counts visits,
 * what the visitor does told to the visit's tally, watched through the window's own public state
 * (the tab selected, the pathway chosen on the map, the plan's pathway and whether it holds any
 * qualifications, the comparison's choices, the handout's code and print). Only that each thing
 * happened: never what was typed, never which grades. Everything here goes with the window.
 */
final class KioskVisit implements Visit {

    /** The tab every visit opens on, where the stand offers one job. */
    static final ProfileSection FIRST_PAGE = ProfileSection.OVERVIEW;
    /** What the counts call the Jobs page, where every visit to a stand of several jobs opens: as a tab is counted. */
    static final String JOBS_PAGE = "jobs";

    private final MainWindow window;
    private final Appearance appearance;
    /** The tally, once the visit begins where visits are counted. */
    private VisitTally tally;

    /** The stand's jobs, as its folder is read: the window follows them while the visit is on the screen. */
    private final ObservableValue<JobPack> jobs;
    private final javafx.beans.value.ChangeListener<JobPack> moreJobs;

    /**
     * @param jobFiles the stand's thread for reading a job's profile from its folder when a visitor
     *                 opens it on the Jobs page (a slow USB stick or network drive must not hold the screen)
     */
    KioskVisit(Profile profile, ObservableValue<JobPack> jobs, MainWindow.Actions actions, Appearance appearance,
               Optional<TakeHome> takeHome, Background jobFiles, Clock clock) {
        this.appearance = appearance;
        // The visitor's plan lives in this window only: kept nowhere, it goes with the visit.
        this.window = new MainWindow(profile, actions, appearance, MainWindow.Mode.KIOSK,
                PlanKeeping.nowhere(PlanKeeping.Place.KIOSK_VISIT, Optional.empty()), takeHome.map(CountedTakeHome::new),
                // Nothing of the visit's own is read or written (its plan is kept nowhere, nothing is
                // exported): its plan's work stays on the caller's thread. Jobs opened are read on the stand's thread.
                Background.sameThread(), jobFiles, clock);
        window.model().jobs().offer(jobs.getValue());
        this.jobs = jobs;
        moreJobs = (obs, old, now) -> window.model().jobs().offer(now);
    }

    /** A tab's key, as the counts name it: "route-map". */
    static String key(ProfileSection section) {
        return section.tabId().substring("tab-".length());
    }

    /**
     * The names of what a visit to this profile counts: every tab (and the Jobs page, where the stand
     * offers several jobs), and the profile's pathways.
     */
    static FairReport.Names names(Profile profile, boolean severalJobs) {
        List<FairReport.Names.Name> tabs = new java.util.ArrayList<>();
        if (severalJobs) {
            tabs.add(new FairReport.Names.Name(JOBS_PAGE, "Jobs (every visit opens on it)"));
        }
        java.util.Arrays.stream(ProfileSection.values()).map(s -> new FairReport.Names.Name(key(s),
                s == FIRST_PAGE && !severalJobs ? s.title() + " (every visit opens on it)" : s.title())).forEach(tabs::add);
        List<FairReport.Names.Name> pathways = profile.routeMap().map(map -> map.pathways().stream()
                .map(p -> new FairReport.Names.Name(p.id(), p.title())).toList()).orElse(List.of());
        return new FairReport.Names(tabs, pathways);
    }

    @Override
    public Node root() {
        return window.root();
    }

    /** The visit's window. */
    MainWindow window() {
        return window;
    }

    @Override
    public Subscription install(Scene scene) {
        // A kiosk visit's look never changes (no settings in a kiosk), so nothing listens.
        appearance.styleOnce(scene);
        Subscription shortcuts = window.installShortcuts(scene);
        // Followed only while the visit is on the screen: an ended visit leaves nothing on the stand's jobs.
        window.model().jobs().offer(jobs.getValue());
        jobs.addListener(moreJobs);
        return () -> {
            shortcuts.unsubscribe();
            jobs.removeListener(moreJobs);
        };
    }

    /** Whether this visit opens on the Jobs page: the stand offers several jobs. */
    private boolean onJobs() {
        return window.model().jobs().several();
    }

    @Override
    public void begin() {
        if (onJobs()) {
            window.showJobs();
        } else {
            window.open(FIRST_PAGE);
        }
        window.prepareRouteMapWhenIdle(Duration.seconds(1));
    }

    @Override
    public void countInto(VisitTally counted) {
        tally = Objects.requireNonNull(counted);
        counted.startedOn(onJobs() ? JOBS_PAGE : key(FIRST_PAGE));
        window.model().selectedProperty().addListener((obs, old, section) -> counted.openedTab(key(section)));
        // The Jobs page counts as a tab; leaving it opens a job's tab, which counts even when it was selected before.
        window.model().jobs().shownProperty().addListener((obs, was, shown) ->
                counted.openedTab(shown ? JOBS_PAGE : key(window.model().selected())));
        window.pathwayOnMapProperty().addListener((obs, old, id) -> {
            if (id != null) {
                counted.choseOnMap(id);
            }
        });
        window.model().plans().planProperty().addListener((obs, old, plan) -> planChanged(old, plan));
        watchComparison();
    }

    private void planChanged(MyPlan old, MyPlan now) {
        if (now == null) {
            return;
        }
        if (now.pathway().isPresent() && (old == null || !now.pathway().equals(old.pathway()))) {
            tally.madeMyPathway(now.pathway().get());
        }
        if (!now.qualifications().isEmpty()) {
            tally.usedOnTrack();
        }
    }

    /**
     * Compare routes fills in its choices when it is first shown (the first routes, this school
     * year): that is the page, not the visitor. A change after that is the visitor's. Its view model
     * is made when the tab is first opened, so it is watched from then on.
     */
    private void watchComparison() {
        window.model().selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ProfileSection> obs, ProfileSection was,
                                ProfileSection now) {
                if (now == ProfileSection.COMPARE) {
                    obs.removeListener(this);
                    CompareViewModel compare = window.model().compare();
                    compare.chosen().addListener((ListChangeListener<String>) change -> tally.changedComparison());
                    compare.fromProperty().addListener((InvalidationListener) o -> tally.changedComparison());
                    compare.schoolYearProperty().addListener((InvalidationListener) o -> tally.changedComparison());
                }
            }
        });
    }

    /** The handout's ways out, telling the tally when the plan is shown as a code or sent to the printer. */
    private final class CountedTakeHome implements TakeHome {
        private final TakeHome inner;

        CountedTakeHome(TakeHome inner) {
            this.inner = inner;
        }

        @Override
        public void savePdf(MyPlan plan, Progress progress) {
            inner.savePdf(plan, progress);
        }

        @Override
        public void print(MyPlan plan, Progress progress) {
            inner.print(plan, progress, this::printed);
        }

        @Override
        public void print(MyPlan plan, Progress progress, Runnable sent) {
            inner.print(plan, progress, () -> {
                printed();
                sent.run();
            });
        }

        private void printed() {
            if (tally != null) {
                tally.printed();
            }
        }

        @Override
        public void showCode(MyPlan plan) {
            inner.showCode(plan);
            if (tally != null) {
                tally.showedCode();
            }
        }

        @Override
        public boolean canPrint() {
            return inner.canPrint();
        }
    }
}
