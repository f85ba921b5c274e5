package org.careerroutes.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.Profile;

/**
 * The window's footer, always in view: the licence attribution of the profile on show, and
 * "Source and licence", which opens the About text.
 */
final class WindowFooter extends HBox {

    /** @param showAbout opens the About text (a dialog, or an overlay in a kiosk) */
    WindowFooter(ObservableValue<Profile> profile, Runnable showAbout) {
        Label attribution = new Label();
        attribution.setId("attribution");
        attribution.getStyleClass().add(Styles.MUTED);
        attribution.setWrapText(true);
        attribution.setMinHeight(Region.USE_PREF_SIZE);
        attribution.textProperty().bind(profile.map(p -> p.source().attribution()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(attribution, Priority.SOMETIMES);
        Hyperlink licence = new Hyperlink("Source and licence");
        licence.setId("footer-about");
        licence.setMinWidth(Region.USE_PREF_SIZE);
        licence.setOnAction(e -> showAbout.run());
        getChildren().addAll(attribution, spacer, licence);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(Styles.FOOTER);
        setId("footer");
    }
}
