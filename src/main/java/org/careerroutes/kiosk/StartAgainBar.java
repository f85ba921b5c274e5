package org.careerroutes.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above a visit with a "Start again" button that is always in view: it ends the visit
 * now, as "End my visit" on the "Still there?" prompt does, and the next person gets the attract
 * screen and a fresh visit. (The bar's left end is the staff's corner, so the button is at the
 * right.)
 */
final class StartAgainBar {

    private StartAgainBar() {
    }

    /** The visit's page with the bar above it. */
    static Node above(Node page, Runnable startAgain) {
        Button button = new Button("Start again");
        button.setId("start-again");
        button.getStyleClass().add(KioskStyles.KIOSK_SECONDARY);
        button.setAccessibleText("Start again: clear everything on the screen for the next person");
        button.setOnAction(e -> startAgain.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label("Finished? Start again clears the screen for the next person.");
        note.getStyleClass().add(KioskStyles.KIOSK_BAR_NOTE);
        note.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(note, gap, button);
        bar.setId("kiosk-bar");
        bar.getStyleClass().add(KioskStyles.KIOSK_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane screen = new BorderPane(page);
        screen.setTop(bar);
        return screen;
    }
}
