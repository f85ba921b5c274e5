package org.careerroutes.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.view.ComparePage;
import org.careerroutes.eligibility.OnTrackView;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.OverviewView;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.pages.RoutesView;
import org.careerroutes.pages.SectionPages;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.routemap.RouteMapPage;
import org.careerroutes.routemap.RouteMapWarmUp;
import org.careerroutes.search.ProfileSearch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The window: a menu bar, one tab per part of the profile, the search panel and a footer with
 * the licence attribution that is always in view. It composes and binds; what it holds and
 * decides is in its {@link WindowModel}, and it reaches each page through the typed slot that
 * built it. Tab pages are built the first time they are shown.
 */
public final class MainWindow {

    /** What the menus ask the application to do; the window itself does no file I/O. */
    public interface Actions {
        void openProfile();

        /** Asks where to save a file; empty when the user cancels. */
        Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern);

        /** Asks which file to open; empty when the user cancels (and always in a kiosk, which opens no files). */
        default Optional<Path> chooseOpenFile(String title, String description, String pattern) {
            return Optional.empty();
        }

        void showAbout();

        void quit();

        /** File → New profile from text…: a profile made from a job profile's text (desktop only). */
        default void newProfileFromText() {
        }

        /** Lists the problems of the content's files (a folder's profiles that could not be read), in a dialog. */
        default void showContentProblems(java.util.List<org.careerroutes.content.LoadResult> results) {
        }

        /** A window that opens nothing, asks for no file and never quits: a preview, a benchmark's. */
        static Actions none() {
            return new NoActions();
        }
    }

    /**
     * Where the window runs. In a careers-fair kiosk there is no menu bar (its File menu opens
     * files and quits; its other menus open separate windows that a touch screen cannot manage)
     * and nothing that opens a native dialog or writes a file.
     */
    public enum Mode { DESKTOP, KIOSK }

    private final WindowModel model;
    /** The content as read again with --watch, and its problems. */
    private final WatchedContent watched;
    private final BorderPane root = new BorderPane();
    private final Pages pages;
    private final Pages.Slot<TextPage> routes;
    private final Pages.Slot<RouteMapPage> routeMap;
    private final Actions actions;
    private final Appearance appearance;
    private final Mode mode;
    /** The search panel beside the pages, and the hit marked on its page. */
    private final SearchInWindow search;
    /** The route map's page and the pathway chosen on it. */
    private final RouteMapInWindow map;
    /** The tabs (or the Jobs page), with the search panel over their pages' right-hand side when it is open. */
    private final StackPane centre = new StackPane();
    /** The Jobs page and the job's bar, where there are several jobs. */
    private JobsInWindow jobs;

    /** What the student compares on Compare routes, once they have opened it; for the handout. */
    public Optional<CompareSelection> compareSelection() {
        return model.compareSelection();
    }

    public MainWindow(Profile initial, Actions actions, Appearance appearance) {
        this(initial, actions, appearance, Mode.DESKTOP);
    }

    /** A window whose plans are kept nowhere (they last as long as the window) and that offers no handout. */
    public MainWindow(Profile initial, Actions actions, Appearance appearance, Mode mode) {
        this(initial, actions, appearance, mode, PlanKeeping.nowhere(mode == Mode.KIOSK
                ? PlanKeeping.Place.KIOSK_VISIT : PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), Optional.empty(),
                Background.sameThread(), Clock.systemDefaultZone());
    }

    /**
     * Everything a reader does in the window (the tab shown, scroll positions, the route map's
     * selection, pathway, zoom and list view, search, qualifications entered) lives in the
     * window's own objects, so a new window starts from nothing: kiosk mode builds one for each visitor.
     *
     * @param keeping  where the student's plans are kept (for this user, or nowhere: a shared
     *                 computer, a kiosk visit)
     * @param takeHome   the plan's handout (PDF, print, a code for a phone); without one, My plan
     *                   offers none of them
     * @param background where files (plans, pictures) are read and written, away from the JavaFX thread
     * @param clock      the app's clock, for today's date (the school year on Compare routes)
     */
    public MainWindow(Profile initial, Actions actions, Appearance appearance, Mode mode, PlanKeeping keeping,
                      Optional<TakeHome> takeHome, Background background, Clock clock) {
        this(initial, actions, appearance, mode, keeping, takeHome, background, background, clock);
    }

    /**
     * As above, with the files of jobs opened from the Jobs page read through {@code jobFiles}: a
     * kiosk visit reads and writes nothing of its own (its {@code background} is the caller's
     * thread), but a job opened at a stand of several is read from the stand's folder.
     */
    public MainWindow(Profile initial, Actions actions, Appearance appearance, Mode mode, PlanKeeping keeping,
                      Optional<TakeHome> takeHome, Background background, Background jobFiles, Clock clock) {
        this.model = new WindowModel(initial, keeping, background, jobFiles, clock);
        this.watched = new WatchedContent(model);
        this.actions = actions;
        this.appearance = appearance;
        this.mode = mode;
        this.map = new RouteMapInWindow(model, actions, appearance, mode, background);
        StudentPages student = new StudentPages(model, actions, mode, takeHome, background, clock, () -> jobs.shortlist());
        pages = new Pages(model::profile);
        pages.slot(ProfileSection.OVERVIEW, p -> OverviewView.create(p, model::open, jobs.likeThis(p)));
        pages.slot(ProfileSection.DUTIES, SectionPages::duties);
        routes = pages.slot(ProfileSection.ROUTES, RoutesView::create);
        routeMap = pages.slot(ProfileSection.ROUTE_MAP, map::page);
        pages.slot(ProfileSection.ON_TRACK, p -> OnTrackView.create(model.qualifications(), model::showPathwayOnMap,
                jobs.forEveryJob()));
        pages.slot(ProfileSection.SKILLS, student::skills);
        pages.slot(ProfileSection.WORKPLACES, SectionPages::workplaces);
        pages.slot(ProfileSection.CAREER_PATH, SectionPages::careerPath);
        pages.slot(ProfileSection.COMPARE, p -> ComparePage.create(model.compare()));
        pages.slot(ProfileSection.MY_PLAN, student::myPlan);
        model.setNavigator(new PageNavigator());

        root.getStyleClass().add(WindowStyles.MAIN_WINDOW);
        Node problems = ContentProblemsBar.create(watched);
        if (mode == Mode.DESKTOP) {
            root.setTop(new javafx.scene.layout.VBox(MainMenu.create(model, actions, this::openSearch,
                    () -> SettingsDialog.create(root.getScene().getWindow(), appearance).show(),
                    () -> ShortcutsDialog.create(root.getScene().getWindow(), appearance).show()), problems));
        }
        jobs = new JobsInWindow(model, centre, pages.tabs(), mode == Mode.DESKTOP
                ? Optional.of(() -> actions.showContentProblems(model.jobs().page().problemFiles())) : Optional.empty());
        root.setCenter(centre);
        root.setBottom(new WindowFooter(jobs.attribution(), model.jobs().shownProperty().not(), actions::showAbout));
        windowTitle = jobs.title();
        bind();
        search = new SearchInWindow(model.search(), centre, pages);
        showProfile(initial);
    }

    /** Keeps the tabs in step with the model, both ways where a person acts. */
    private void bind() {
        pages.tabs().getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.select(ProfileSection.values()[index.intValue()]);
            }
        });
        model.selectedProperty().addListener((obs, old, section) -> pages.select(section));
        model.profileProperty().addListener((obs, old, now) -> {
            if (model.isRefreshing()) {
                refreshProfile();
            } else {
                showProfile(now);
            }
        });
    }

    public Parent root() {
        return root;
    }

    public WindowModel model() {
        return model;
    }

    /** The content the window was opened on, as --watch reads it again. */
    public WatchedContent watchedContent() {
        return watched;
    }

    public Appearance appearance() {
        return appearance;
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return model.profileProperty();
    }

    /** What the window's title names: the job on show, or "Jobs" on the Jobs page. */
    public javafx.beans.value.ObservableStringValue titleProperty() {
        return windowTitle;
    }

    private javafx.beans.binding.StringBinding windowTitle;

    /** The jobs on the student's shortlist, with their ways in and verdicts, for the handout. */
    public List<org.careerroutes.jobs.ShortlistedJob> shortlistedJobs() {
        return model.plans().studentRecordProperty().get().shortlist().isEmpty() ? List.of()
                : model.jobs().page().shortlistedJobs();
    }

    /** Shows the Jobs page, when there is a choice of jobs (a kiosk visit starts there). */
    public void showJobs() {
        model.showJobs();
    }

    /** Adds a profile opened from a file to the ones on offer (replacing one with the same id) and shows it. */
    public void addProfileChoice(Profile opened) {
        model.addProfileChoice(opened);
    }

    /** The profiles the user can switch between (from a folder of content); shows the first. */
    public void setProfileChoices(List<Profile> choices) {
        model.setProfileChoices(choices);
    }

    public void select(ProfileSection section) {
        model.select(section);
    }

    /** Selects a tab and moves keyboard focus into its page, as following a link should. */
    public void open(ProfileSection section) {
        model.open(section);
    }

    /** Shows the search panel beside the tabs and puts the cursor in its field (Ctrl+F); on the Jobs page, its own search. */
    public void openSearch() {
        if (jobs.focusSearch()) {
            return;
        }
        model.search().open();
        search.focusField();
    }

    /**
     * Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PageDown / PageUp) between tabs, from anywhere in the
     * window; in a kiosk, also the Go menu's keys (Ctrl+J, Ctrl+1..9, 0). The subscription removes them again
     * (the kiosk puts a new window in the same scene for each visitor).
     */
    public Subscription installShortcuts(Scene scene) {
        EventHandler<KeyEvent> switchTabs = event -> {
            KeyCode code = event.getCode();
            if (root.isDisabled() || !event.isShortcutDown() || event.isAltDown()
                    || !(code == KeyCode.TAB || code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP)) {
                return;   // not under a prompt (Still there?, the staff PIN), which disables the window
            }
            pages.step(code == KeyCode.PAGE_UP || (code == KeyCode.TAB && event.isShiftDown()));
            event.consume();
        };
        // Ctrl+J, Ctrl+1..9, 0 and Ctrl+F on the Jobs page: the menus' accelerators on the desktop; a kiosk has no menu bar,
        // so they are caught here, during a visit only (not under a prompt, which disables the window).
        EventHandler<KeyEvent> allJobs = event -> {
            if (mode != Mode.KIOSK || root.isDisabled() || !event.isShortcutDown()) {
                return;
            }
            if (event.getCode() == KeyCode.J) {
                model.showJobs();
                event.consume();
                return;
            }
            // Ctrl+F on the Jobs page goes to its search (a kiosk has no profile search to open).
            if (event.getCode() == KeyCode.F && !event.isShiftDown() && jobs.focusSearch()) {
                event.consume();
                return;
            }
            for (ProfileSection section : ProfileSection.values()) {
                if (MainMenu.goKey(section).filter(key -> key.match(event)).isPresent()) {
                    model.open(section);
                    event.consume();
                    return;
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, switchTabs);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, allJobs);
        return () -> {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, switchTabs);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, allJobs);
        };
    }

    /**
     * Prepares the Route map while the reader is on the first page: at once, a background thread
     * loads its classes and runs its layout code; after {@code idle}, if it has not been opened
     * yet, its page is built in the hidden tab, so that opening it only has to draw it.
     */
    public void prepareRouteMapWhenIdle(Duration idle) {
        Profile shown = model.profile();
        shown.routeMap().ifPresent(RouteMapWarmUp::startInBackground);
        PauseTransition wait = new PauseTransition(idle);
        wait.setOnFinished(e -> {
            // Not if the reader has moved on to another profile, or the window has gone (a kiosk visit ended).
            if (model.profile() == shown && root.getScene() != null) {
                routeMap.page();
            }
        });
        wait.play();
    }

    private void showProfile(Profile shown) {
        search.unmark();
        pages.startAgain();
    }

    /** A new reading of the profile on show (--watch): the same tab, its page scrolled where it was. */
    private void refreshProfile() {
        search.unmark();
        pages.startAgainOn(model.selected());
    }

    /** Keeps the plan now if it has changed: the window is closing. */
    public void savePlanNow() {
        model.plans().saveNow();
    }

    /** Carries out the model's commands that move the reader, each on the page it concerns. */
    private final class PageNavigator implements WindowModel.Navigator {
        @Override
        public void focusPage(ProfileSection section) {
            pages.slot(section).show().focus();
        }

        @Override
        public void revealRoute(String topic) {
            routes.show().reveal(topic);
        }

        @Override
        public void showPathway(String pathwayId) {
            routeMap.show().view().ifPresent(view -> view.choosePathwayAndFocus(pathwayId));
        }

        @Override
        public void showHit(ProfileSearch.Hit hit, ProfileSection section) {
            search.unmark();
            ProfileSearch.Entry entry = hit.entry();
            if (entry.mapStep().isPresent()) {
                routeMap.show().view().ifPresent(view -> view.model().open(entry.mapStep().get()));
                return;
            }
            search.mark(pages.slot(section).show(), entry);
        }
    }

    // What a kiosk counts of a visit (docs/kiosk.md, "Visit counts"): that something was used, never what was entered.

    /** The id of the pathway chosen on the route map; null while none is (or the map has not been opened). */
    public ReadOnlyObjectProperty<String> pathwayOnMapProperty() {
        return map.pathwayOnMapProperty();
    }
}
