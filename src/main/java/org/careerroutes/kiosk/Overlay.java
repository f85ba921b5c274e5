package org.careerroutes.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card over a dimmed screen, inside the kiosk's own window: a kiosk never opens a separate
 * dialog (a touch screen cannot move it, and it could hide behind the full-screen window).
 * Hidden until shown; while shown, nothing behind it can be touched.
 */
class Overlay extends StackPane {

    protected final VBox card = new VBox();

    Overlay(String id, String cardStyle) {
        setId(id);
        getStyleClass().add(KioskStyles.KIOSK_OVERLAY);
        Region scrim = new Region();
        scrim.getStyleClass().add(KioskStyles.KIOSK_SCRIM);
        // Taps on the dimmed part stop here, rather than reaching the page beneath.
        scrim.addEventHandler(InputEvent.ANY, InputEvent::consume);
        card.getStyleClass().addAll(KioskStyles.KIOSK_CARD, cardStyle);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER);
        getChildren().addAll(scrim, card);
        setVisible(false);
    }

    /** Shows the overlay on top of everything, with focus on {@code focus}. */
    void reveal(Node focus) {
        setVisible(true);
        toFront();
        focus.requestFocus();
    }

    void hide() {
        setVisible(false);
    }

    boolean isShown() {
        return isVisible();
    }
}
