package org.careerroutes.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.careerroutes.kit.ProfileText;

/**
 * "Still there?": shown when a visit has gone quiet, counting down (at least 20 seconds, WCAG
 * 2.2.1) with a large button that keeps the visit, and a smaller one that ends it now.
 */
final class StillTherePrompt extends Overlay {

    private final Button stillHere = new Button("I'm still here");
    private final Label countdown = ProfileText.text("", KioskStyles.STILL_THERE_COUNTDOWN);

    StillTherePrompt(Runnable onStillHere, Runnable onEndNow) {
        super("still-there", "still-there-card");
        Label title = ProfileText.text("Still there?", KioskStyles.KIOSK_CARD_TITLE);
        title.setId("still-there-title");
        countdown.setId("still-there-countdown");
        stillHere.setId("still-here");
        stillHere.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        stillHere.setOnAction(e -> onStillHere.run());
        Button endNow = new Button("End my visit");
        endNow.setId("end-visit");
        endNow.getStyleClass().add(KioskStyles.KIOSK_SECONDARY);
        endNow.setOnAction(e -> onEndNow.run());
        HBox buttons = new HBox(stillHere, endNow);
        buttons.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        buttons.setAlignment(Pos.CENTER);
        card.getChildren().addAll(title, countdown, buttons);
    }

    /** Shows the prompt (if it is not up already) with the seconds left. */
    void show(int secondsLeft) {
        countdown.setText("Your visit ends in " + secondsLeft + (secondsLeft == 1 ? " second" : " seconds")
                + ", and everything on the screen will be cleared for the next person.");
        if (!isShown()) {
            reveal(stillHere);
        }
    }
}
