package org.careerroutes.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
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
        return dialog;
    }
}
