package org.careerroutes.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.careerroutes.jobs.JobEntry;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;

import java.util.List;
import java.util.Optional;

/**
 * The desktop window's menu bar: File (open a profile, a new profile from text, quit), View (search, settings), Go (the
 * Jobs page, Ctrl+J, when there are several jobs; a tab, Ctrl+1..9 and Ctrl+0), Profile (the jobs on offer, when there
 * are two to {@value #MOST_IN_PROFILE_MENU}) and Help. It only binds to the window model and calls commands; it decides
 * nothing.
 */
final class MainMenu {

    private MainMenu() {
    }

    /**
     * @param search     opens the search panel and puts the cursor in its field
     * @param settings   opens the settings
     * @param shortcuts  lists the keyboard shortcuts
     */
    static MenuBar create(WindowModel model, MainWindow.Actions actions, Runnable search, Runnable settings,
                          Runnable shortcuts) {
        MenuItem open = item("Open profile\u2026", "menu-open", actions::openProfile,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("Quit", "menu-quit", actions::quit,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem fromText = item("New profile from text\u2026", "menu-new-from-text", actions::newProfileFromText,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("_File", null, open, fromText, new SeparatorMenuItem(), quit);

        Menu go = new Menu("_Go");
        MenuItem jobs = item("Jobs", "menu-go-jobs", model::showJobs,
                new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        SeparatorMenuItem afterJobs = new SeparatorMenuItem();
        go.getItems().addAll(jobs, afterJobs);
        Runnable offerJobs = () -> {
            jobs.setVisible(model.jobs().several());
            afterJobs.setVisible(model.jobs().several());
        };
        model.jobs().severalProperty().addListener((obs, old, now) -> offerJobs.run());
        offerJobs.run();
        for (ProfileSection section : ProfileSection.values()) {
            // Focus goes into the page opened, so that End and Page Down scroll it at once.
            go.getItems().add(item(section.title(), "menu-go-" + section.tabId().substring(4),
                    () -> model.open(section), goKey(section).orElse(null)));
        }

        MenuItem find = item("Search\u2026", "menu-search", search,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem settingsItem = item("Settings\u2026", "menu-settings", settings,
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        Menu view = new Menu("_View", null, find, settingsItem);

        MenuItem shortcutsItem = item("Keyboard shortcuts", "menu-shortcuts", shortcuts, new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("About Career Routes", "menu-about", actions::showAbout, null);
        Menu help = new Menu("_Help", null, shortcutsItem, about);

        Menu profiles = new Menu("_Profile");
        profiles.setId("menu-profiles");
        Runnable offer = () -> offer(profiles, model);
        model.jobs().packProperty().addListener((obs, old, now) -> {
            if (old == null || !old.offered().equals(now.offered())) {
                offer.run();
            }
        });
        model.profileProperty().addListener((obs, old, now) -> tick(profiles, now));
        offer.run();

        MenuBar bar = new MenuBar(file, view, go, profiles, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * A radio item per job on offer; the menu shows only when there is a choice to make, and only
     * for a handful of jobs: beyond that the Jobs page (Go → Jobs) is the way between them.
     */
    private static void offer(Menu profiles, WindowModel model) {
        ToggleGroup group = new ToggleGroup();
        profiles.getItems().clear();
        List<JobEntry> offered = model.jobs().pack().offered();
        boolean few = offered.size() > 1 && offered.size() <= MOST_IN_PROFILE_MENU;
        if (few) {
            for (JobEntry choice : offered) {
                RadioMenuItem item = new RadioMenuItem(choice.title());
                item.setId("menu-profile-" + choice.id());
                item.setToggleGroup(group);
                item.setOnAction(e -> model.jobs().page().open(choice.id()));
                profiles.getItems().add(item);
            }
        }
        profiles.setVisible(few);
        tick(profiles, model.profile());
    }

    /** The most jobs the Profile menu lists; a menu of more is too long to read. */
    static final int MOST_IN_PROFILE_MENU = 20;

    private static void tick(Menu profiles, Profile shown) {
        for (MenuItem item : profiles.getItems()) {
            ((RadioMenuItem) item).setSelected(item.getId().equals("menu-profile-" + shown.id()));
        }
    }

    /**
     * The keys that go straight to a tab: Ctrl+1..9, and Ctrl+0 for a tenth (Cmd on a Mac). The Go
     * menu's accelerators on the desktop; a kiosk, which has no menu bar, catches the same keys itself.
     */
    static Optional<KeyCombination> goKey(ProfileSection section) {
        return section.shortcutDigit().map(digit -> new KeyCodeCombination(
                KeyCode.getKeyCode(String.valueOf(digit)), KeyCombination.SHORTCUT_DOWN));
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
}
