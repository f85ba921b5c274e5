package org.careerroutes.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.careerroutes.pages.ProfileSection;

/** Lists the keyboard shortcuts (F1). */
public final class ShortcutsDialog {

    private static final String[][] SHORTCUTS = {
            {"Ctrl+Tab", "Next tab"},
            {"Ctrl+Shift+Tab", "Previous tab"},
            {"Ctrl+PageDown / PageUp", "Next / previous tab"},
            {"Arrows, Page Up/Down, Space", "Scroll a long page (Tab to it first)"},
            {ProfileSection.shortcutRange(), "Go straight to a tab"},
            {"Ctrl+J", "Jobs: every job on offer, to search, filter and shortlist (with several jobs)"},
            {"Arrow keys", "Route map: move between steps"},
            {"Enter", "Route map: open the step's details"},
            {"Escape", "Route map: close the details"},
            {"+ / \u2212", "Route map: zoom in / out"},
            {"Tab / Shift+Tab", "Move between links and buttons"},
            {"Space or Enter", "Press the focused button"},
            {"Alt", "Open the menu bar"},
            {"Ctrl+O", "Open a profile file"},
            {"Ctrl+N", "New profile from a job profile's text"},
            {"Ctrl+F", "Search the whole profile; Enter goes to a result, Escape closes"},
            {"Ctrl+,", "Settings: text size, high contrast, reduced motion"},
            {"F1", "This list"},
            {"Ctrl+Q", "Quit"},
    };

    private ShortcutsDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Appearance appearance) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, "shortcuts-dialog", "Keyboard shortcuts", appearance);
        GridPane grid = new GridPane();
        grid.getStyleClass().add(WindowStyles.SHORTCUT_GRID);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label keys = new Label(SHORTCUTS[row][0]);
            keys.getStyleClass().add(WindowStyles.SHORTCUT_KEYS);
            Label what = new Label(SHORTCUTS[row][1]);
            what.getStyleClass().add(WindowStyles.SHORTCUT_WHAT);
            grid.addRow(row, keys, what);
        }
        dialog.getDialogPane().setContent(Dialogs.scrolling(grid));
        return dialog;
    }
}
