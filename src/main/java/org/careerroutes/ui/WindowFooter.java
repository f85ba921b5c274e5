package org.careerroutes.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.careerroutes.kit.Styles;

/**
 * The window's footer, always in view: the licence attribution of the profile on show (or, on the
 * Jobs page, of the jobs' summaries), and "Source and licence", which opens the About text of the
 * profile on show (not on the Jobs page, where each job's is on its own page).
 */
final class WindowFooter extends HBox {

    /**
     * @param attribution what the text on show comes from
     * @param aboutShown  whether "Source and licence" is offered
     * @param showAbout   opens the About text (a dialog, or an overlay in a kiosk)
     */
    WindowFooter(ObservableValue<String> attribution, ObservableValue<Boolean> aboutShown, Runnable showAbout) {
        Label attributionLabel = new Label();
        attributionLabel.setId("attribution");
        attributionLabel.getStyleClass().add(Styles.MUTED);
        attributionLabel.setWrapText(true);
        attributionLabel.setMinHeight(Region.USE_PREF_SIZE);
        attributionLabel.textProperty().bind(attribution);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(attributionLabel, Priority.SOMETIMES);
        Hyperlink licence = new Hyperlink("Source and licence");
        licence.setId("footer-about");
        licence.setMinWidth(Region.USE_PREF_SIZE);
        licence.setOnAction(e -> showAbout.run());
        licence.visibleProperty().bind(aboutShown);
        licence.managedProperty().bind(licence.visibleProperty());
        getChildren().addAll(attributionLabel, spacer, licence);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(Styles.FOOTER);
        setId("footer");
    }
}
