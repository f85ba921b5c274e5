package org.careerroutes.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Something to read (the About text) over the visit, with a large Close button. */
final class InfoOverlay extends Overlay {

    private final VBox body = new VBox();
    private final Button close = new Button("Close");

    InfoOverlay(Runnable onClosed) {
        super("kiosk-info", "info-card");
        close.setId("kiosk-info-close");
        close.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        close.setOnAction(e -> {
            hide();
            body.getChildren().clear();
            onClosed.run();
        });
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        buttons.setAlignment(Pos.CENTER);
        card.getChildren().addAll(body, buttons);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.fire();
                e.consume();
            }
        });
    }

    void show(Node content) {
        body.getChildren().setAll(content);
        reveal(close);
    }
}
