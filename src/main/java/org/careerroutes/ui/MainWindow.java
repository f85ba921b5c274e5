package org.careerroutes.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.careerroutes.model.Profile;
import org.careerroutes.search.ProfileSearch;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.OnTrackView;
import org.careerroutes.routemap.RouteMapView;
import org.careerroutes.routemap.RouteMapWarmUp;
import org.careerroutes.ui.views.OverviewView;
import org.careerroutes.ui.views.RoutesView;
import org.careerroutes.ui.views.SectionPages;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The window's content: a menu bar, one tab per part of the profile, and a footer with the
 * licence attribution that is always in view. Tab pages are built the first time they are shown.
 */
public final class MainWindow {

    /** What the menus ask the application to do; the window itself does no file I/O. */
    public interface Actions {
        void openProfile();

        /** Asks where to save a file; empty when the user cancels. */
        Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern);

        void showAbout();

        void quit();
    }

    /**
     * Where the window runs. In a careers-fair kiosk there is no menu bar (its File menu opens
     * files and quits; its other menus open separate windows that a touch screen cannot manage)
     * and nothing that opens a native dialog or writes a file.
     */
    public enum Mode { DESKTOP, KIOSK }

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<ProfileSection, Tab> tabBySection = new EnumMap<>(ProfileSection.class);
    private final Label attribution = new Label();
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    /**
     * The student's qualifications, in this window only: a new window (a kiosk's next visit)
     * starts empty. Made when a page first needs them, so the first frame does not wait for them.
     */
    private MyQualifications mine;
    /** What was entered before another profile was opened, to carry over to it. */
    private List<org.careerroutes.eligibility.StudentQualification> carriedOver = List.of();
    private final Actions actions;
    private final Appearance appearance;
    private final Mode mode;
    private final Menu profilesMenu = new Menu("_Profile");
    private ProfileSearch search;
    private final SearchPanel searchPanel = new SearchPanel(() -> search, this::describeHit, this::openSearchHit,
            this::closeSearch);
    private Labeled markedHit;

    public MainWindow(Profile initial, Actions actions, Appearance appearance) {
        this(initial, actions, appearance, Mode.DESKTOP);
    }

    /**
     * Everything a reader does in the window (the tab shown, scroll positions, the route map's
     * selection, pathway, zoom and list view, search, settings shown) lives in the window's own
     * objects, so a new window starts from nothing: kiosk mode builds one for each visitor.
     */
    public MainWindow(Profile initial, Actions actions, Appearance appearance, Mode mode) {
        this.actions = actions;
        this.appearance = appearance;
        this.mode = mode;
        root.getStyleClass().add("main-window");
        if (mode == Mode.DESKTOP) {
            root.setTop(menuBar());
        }
        tabs.setId("profile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ProfileSection section : ProfileSection.values()) {
            Tab tab = new Tab(section.title());
            tab.setId(section.tabId());
            tab.setUserData(section);
            tabBySection.put(section, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> buildIfNeeded(tab));
        root.setCenter(tabs);
        root.setBottom(footer());
        profile.addListener((obs, old, now) -> showProfile(now));
        profile.set(initial);
    }

    public Parent root() {
        return root;
    }

    public Appearance appearance() {
        return appearance;
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile;
    }

    /** Replaces the profile on show; the reader starts again on its Overview. */
    public void setProfile(Profile newProfile) {
        profile.set(newProfile);
    }

    /**
     * Adds a profile opened from a file to the ones on offer (replacing one with the same id) and
     * shows it; the Profile menu appears once there is more than one.
     */
    public void addProfileChoice(Profile opened) {
        List<Profile> choices = new java.util.ArrayList<>(profilesMenu.getItems().stream()
                .map(item -> (Profile) item.getUserData()).toList());
        choices.removeIf(p -> p.id().equals(opened.id()));
        choices.add(0, opened);
        setProfileChoices(choices);
    }

    /**
     * The profiles the user can switch between (from a folder of content); shows the first. The
     * Profile menu appears only when there is more than one.
     */
    public void setProfileChoices(List<Profile> choices) {
        ToggleGroup group = new ToggleGroup();
        profilesMenu.getItems().clear();
        for (Profile choice : choices) {
            RadioMenuItem item = new RadioMenuItem(choice.title());
            item.setId("menu-profile-" + choice.id());
            item.setToggleGroup(group);
            item.setUserData(choice);
            item.setOnAction(e -> setProfile(choice));
            profilesMenu.getItems().add(item);
        }
        profilesMenu.setVisible(choices.size() > 1);
        if (!choices.isEmpty()) {
            ((RadioMenuItem) profilesMenu.getItems().get(0)).setSelected(true);
            setProfile(choices.get(0));
        }
    }

    public void select(ProfileSection section) {
        tabs.getSelectionModel().select(tabBySection.get(section));
    }

    /** Selects a tab and moves keyboard focus into its page, as following a link should. */
    public void open(ProfileSection section) {
        Node page = selectAndLayOut(section);
        Node first = page.isFocusTraversable() ? page : firstFocusable(page);
        (first != null ? first : page).requestFocus();
    }

    /**
     * Selects a tab and lays the window out, so that a page just built has its skin and size
     * (for looking nodes up, scrolling to them or focusing them); returns the page.
     */
    private Node selectAndLayOut(ProfileSection section) {
        select(section);
        root.applyCss();
        root.layout();
        return tabBySection.get(section).getContent();
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public ProfileSection selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? ProfileSection.OVERVIEW : (ProfileSection) tab.getUserData();
    }

    /**
     * Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PageDown / PageUp) between tabs, from anywhere in the
     * window. Ctrl+1..9 are the Go menu's accelerators. The subscription removes them again
     * (the kiosk puts a new window in the same scene for each visitor).
     */
    public Subscription installShortcuts(Scene scene) {
        EventHandler<KeyEvent> switchTabs = event -> {
            KeyCode code = event.getCode();
            if (!event.isShortcutDown() || event.isAltDown()
                    || !(code == KeyCode.TAB || code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP)) {
                return;
            }
            int count = tabs.getTabs().size();
            int current = tabs.getSelectionModel().getSelectedIndex();
            boolean back = code == KeyCode.PAGE_UP || (code == KeyCode.TAB && event.isShiftDown());
            tabs.getSelectionModel().select((current + (back ? count - 1 : 1)) % count);
            tabs.requestFocus();
            event.consume();
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, switchTabs);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, switchTabs);
    }

    private void showProfile(Profile shown) {
        for (Tab tab : tabs.getTabs()) {
            tab.setContent(null);
        }
        // What the student entered stays when they open another profile: it is checked against its routes.
        if (mine != null) {
            carriedOver = List.copyOf(mine.entered());
            mine = null;
        }
        search = new ProfileSearch(shown);
        searchPanel.clear();
        markedHit = null;
        attribution.setText(shown.source().attribution());
        if (selected() == ProfileSection.OVERVIEW) {
            buildIfNeeded(tabBySection.get(ProfileSection.OVERVIEW));
        } else {
            select(ProfileSection.OVERVIEW);
        }
    }

    private void buildIfNeeded(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        ProfileSection section = (ProfileSection) tab.getUserData();
        Node page = pageFactory(section).apply(profile.get());
        if (page.getAccessibleText() == null) {
            page.setAccessibleText(section.title());   // read out when a long page takes focus to scroll
        }
        tab.setContent(page);
    }

    private Function<Profile, Node> pageFactory(ProfileSection section) {
        return switch (section) {
            case OVERVIEW -> p -> OverviewView.create(p, this::open);
            case DUTIES -> SectionPages::duties;
            case ROUTES -> RoutesView::create;
            case ROUTE_MAP -> p -> {
                Node map = RouteMapView.create(p, new MapHost());
                if (map instanceof RouteMapView view) {
                    VerdictMarks.bind(myQualifications(), view.model());
                }
                return fillOrScroll(map);
            };
            case ON_TRACK -> p -> OnTrackView.create(myQualifications(), this::showPathwayOnMap);
            case SKILLS -> SectionPages::skillsAndSubjects;
            case WORKPLACES -> SectionPages::workplaces;
            case CAREER_PATH -> SectionPages::careerPath;
        };
    }

    /**
     * Prepares the Route map while the reader is on the first page: at once, a background thread
     * loads its classes and runs its layout code; after {@code idle}, if it has not been opened
     * yet, its page is built in the hidden tab, so that opening it only has to draw it.
     */
    public void prepareRouteMapWhenIdle(javafx.util.Duration idle) {
        Profile shown = profile.get();
        shown.routeMap().ifPresent(RouteMapWarmUp::startInBackground);
        PauseTransition wait = new PauseTransition(idle);
        wait.setOnFinished(e -> {
            // Not if the reader has moved on to another profile, or the window has gone (a kiosk visit ended).
            if (profile.get() == shown && root.getScene() != null) {
                buildIfNeeded(tabBySection.get(ProfileSection.ROUTE_MAP));
            }
        });
        wait.play();
    }

    private MyQualifications myQualifications() {
        if (mine == null) {
            mine = new MyQualifications(profile.get());
            mine.entered().setAll(carriedOver);
        }
        return mine;
    }

    /** Opens the route map with a pathway chosen, focus on its first step. */
    public void showPathwayOnMap(String pathwayId) {
        Node page = selectAndLayOut(ProfileSection.ROUTE_MAP);
        if (page != null && page.lookup("#page-route-map") instanceof RouteMapView map) {
            map.model().choosePathway(pathwayId);
            map.model().pathwayProperty().get().steps().stream().findFirst()
                    .map(step -> page.lookup("#step-" + step)).ifPresent(Node::requestFocus);
        }
    }

    /**
     * Shows a route or section of the profile by its id or key: the tab that holds it, scrolled
     * to the route's card where it is a route.
     */
    public void showTopic(String topic) {
        ProfileSection section = ProfileSection.forTopic(topic);
        if (section != ProfileSection.ROUTES) {
            open(section);   // moves focus into the page too, so it is not left on a hidden button
            return;
        }
        Node page = selectAndLayOut(section);
        Node card = page.lookup("#route-" + topic);
        if (card == null) {
            card = page.lookup("#" + topic);
        }
        if (page instanceof ScrollPane scroll && card != null) {
            RoutesView.scrollTo(scroll, card);
            // Focus the card itself: otherwise focus falls to the page's first button and the
            // page scrolls back up to show it. A screen reader then reads the route's name.
            card.requestFocus();
        }
    }

    /** Shows the search panel beside the tabs and puts the cursor in its field (Ctrl+F). */
    public void openSearch() {
        root.setRight(searchPanel);
        searchPanel.focusField();
    }

    private void closeSearch() {
        root.setRight(null);
        if (markedHit != null) {
            markedHit.getStyleClass().remove("search-hit");
            markedHit = null;
        }
        tabs.requestFocus();
    }

    /** Where a hit is, for the result list: the tab, and the route or step where there is one. */
    private String describeHit(ProfileSearch.Hit hit) {
        ProfileSearch.Entry entry = hit.entry();
        Profile shown = profile.get();
        if (entry.mapStep().isPresent()) {
            return ProfileSection.ROUTE_MAP.title() + ": " + shown.routeMap()
                    .flatMap(m -> m.node(entry.mapStep().get())).map(n -> n.title()).orElse("");
        }
        ProfileSection section = ProfileSection.forTopic(entry.topic());
        return section.title() + shown.entryRoutes().route(entry.topic()).map(r -> ": " + r.title()).orElse("");
    }

    /**
     * Goes to a search hit: its tab, scrolled to the text, which is marked until the next hit;
     * a hit on the route map opens that step's details.
     */
    public void openSearchHit(ProfileSearch.Hit hit) {
        ProfileSearch.Entry entry = hit.entry();
        if (markedHit != null) {
            markedHit.getStyleClass().remove("search-hit");
            markedHit = null;
        }
        ProfileSection section = ProfileSection.forTopic(entry.topic());
        Node page = selectAndLayOut(section);
        if (entry.mapStep().isPresent()) {
            Node view = page.lookup("#page-route-map");
            if (view instanceof RouteMapView map) {
                map.model().open(entry.mapStep().get());
            }
            return;
        }
        Node scope = page.lookup("#route-" + entry.topic());
        Labeled label = findText(scope != null ? scope : page, entry.text());
        if (label == null && scope != null) {
            label = findText(page, entry.text());
        }
        if (label != null) {
            label.getStyleClass().add("search-hit");
            markedHit = label;
            if (page instanceof ScrollPane scroll) {
                RoutesView.scrollTo(scroll, label);
            }
        }
    }

    private static Labeled findText(Node node, String text) {
        if (node instanceof Labeled labeled && labeled.getText() != null && labeled.getText().contains(text)) {
            return labeled;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Labeled found = findText(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Fills the tab, or scrolls up and down when the window is too short for the content's
     * minimum height (large text in a small window).
     */
    private static Node fillOrScroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("fill-or-scroll");
        return scroll;
    }

    /** What the route map needs from the window. */
    private final class MapHost implements RouteMapView.Host {
        @Override
        public void openTopic(String key) {
            showTopic(key);
        }

        @Override
        public boolean canExport() {
            return mode == Mode.DESKTOP;
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName) {
            if (!canExport()) {
                return Optional.empty();
            }
            return actions.chooseSaveFile("Save the route map as a picture", suggestedName, "PNG pictures (*.png)", "*.png");
        }
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open profile…", "menu-open", actions::openProfile,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("Quit", "menu-quit", actions::quit,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("_File", null, open, new SeparatorMenuItem(), quit);

        Menu go = new Menu("_Go");
        for (ProfileSection section : ProfileSection.values()) {
            MenuItem item = item(section.title(), "menu-go-" + section.tabId().substring(4),
                    () -> select(section),
                    new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(section.ordinal() + 1)),
                            KeyCombination.SHORTCUT_DOWN));
            go.getItems().add(item);
        }

        MenuItem find = item("Search\u2026", "menu-search", this::openSearch,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem settings = item("Settings\u2026", "menu-settings",
                () -> SettingsDialog.create(root.getScene().getWindow(), appearance).show(),
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        Menu view = new Menu("_View", null, find, settings);

        MenuItem shortcuts = item("Keyboard shortcuts", "menu-shortcuts",
                () -> ShortcutsDialog.create(root.getScene().getWindow(), appearance).show(),
                new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("About Career Routes", "menu-about", actions::showAbout, null);
        Menu help = new Menu("_Help", null, shortcuts, about);

        profilesMenu.setId("menu-profiles");
        profilesMenu.setVisible(false);
        MenuBar bar = new MenuBar(file, view, go, profilesMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private Node footer() {
        attribution.setId("attribution");
        attribution.getStyleClass().add(Styles.MUTED);
        attribution.setWrapText(true);
        attribution.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(attribution, Priority.SOMETIMES);
        Hyperlink licence = new Hyperlink("Source and licence");
        licence.setId("footer-about");
        licence.setMinWidth(Region.USE_PREF_SIZE);
        licence.setOnAction(e -> actions.showAbout());
        HBox footer = new HBox(attribution, spacer, licence);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add(Styles.FOOTER);
        footer.setId("footer");
        return footer;
    }
}
