package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.Profile;

/** Names the app, its version, and where the profile text comes from and under which licence. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Profile profile, String version, Appearance appearance) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, "about-dialog", "About Career Routes", appearance);
        dialog.getDialogPane().setContent(Dialogs.scrolling((javafx.scene.layout.Region) content(profile, version)));
        return dialog;
    }

    /** What the dialog says, for showing elsewhere (the kiosk shows it inside its own window). */
    public static Node content(Profile profile, String version) {
        VBox body = new VBox(
                ProfileText.heading("Career Routes " + version, Styles.HEADING_2),
                ProfileText.text("An offline guide to one job and the routes into it.", Styles.BODY_TEXT),
                ProfileText.heading("Profile: " + profile.title(), Styles.HEADING_3),
                ProfileText.text(profile.source().publisher()
                        .map(p -> "The profile text is published by " + p + " and reproduced word for word.")
                        .orElse("The profile text is public sector information, reproduced word for word."),
                        Styles.BODY_TEXT),
                ProfileText.text("Licence: " + profile.source().licence(), Styles.BODY_TEXT),
                ProfileText.text(profile.source().attribution(), Styles.BODY_TEXT),
                ProfileText.text("Details marked \u201cExtra detail\u201d come from the sources named beside "
                        + "them, checked in the month shown.", Styles.MUTED));
        profile.source().licenceUrl().ifPresent(url -> {
            // Selectable, so it can be copied into a browser; an address is never broken mid-word.
            TextField address = new TextField(url);
            address.setId("licence-url");
            address.setEditable(false);
            address.setAccessibleText("Licence address");
            body.getChildren().add(3, address);
        });
        body.getStyleClass().add(WindowStyles.DIALOG_BODY);
        body.getStyleClass().add(WindowStyles.ABOUT_BODY);
        return body;
    }
}
