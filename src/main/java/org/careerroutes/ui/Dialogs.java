package org.careerroutes.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The common set-up of the app's dialogs: owner, modality, stylesheets and an id to find them by. */
final class Dialogs {

    private Dialogs() {
    }

    /** @param appearance the user's text size and colours */
    static Dialog<ButtonType> create(Window owner, String id, String title, Appearance appearance) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        appearance.applyTo(dialog);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        growWithText(dialog);
        return dialog;
    }

    /**
     * Lets a dialog grow with the text size: each button at least as wide as its word (a button
     * bar otherwise keeps the width it first measured, "Cl…"), the header wrapping rather than cut
     * short, and the window sized to its content again when the text size changes while it is open.
     */
    static void growWithText(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Runnable fitButtons = () -> {
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Button button) {
                    button.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        };
        fitButtons.run();
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> fitButtons.run());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        pane.setMaxWidth(screen.getWidth());
        pane.setMaxHeight(screen.getHeight());
        pane.styleProperty().addListener((obs, old, now) -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()) {
                Platform.runLater(() -> {
                    if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                        pane.getScene().getWindow().sizeToScene();
                    }
                });
            }
        });
    }
}
