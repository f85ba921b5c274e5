package org.careerroutes.handout.view;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.careerroutes.handout.PlanCode;

/**
 * "Take this with you": the plan as a QR code a phone camera reads with no internet, with the
 * same text beside it for anyone who cannot scan, what was shortened to fit the code where
 * anything was, and a Close button.
 */
final class CodeCard extends VBox {

    /** About as wide as a phone's camera needs the code from an arm's length on a kiosk screen. */
    private static final int TARGET_PIXELS = 440;

    private final Button close = new Button("Close");
    private final Canvas code;

    CodeCard(PlanCode.Code planCode, Runnable onClose) {
        setId("plan-code-card");
        setSpacing(16);
        Label title = new Label("Take this with you");
        title.getStyleClass().add(HandoutStyles.TITLE);
        Label how = new Label("Point your phone's camera at the code: your plan appears as text to keep. "
                + "No internet or app needed.");
        how.setWrapText(true);
        how.setMaxWidth(760);
        code = canvas(planCode.matrix());
        code.setId("plan-code");
        code.setAccessibleText("QR code of your plan. The same text is written beside it.");
        Label words = new Label(planCode.text());
        words.setId("plan-code-text");
        words.getStyleClass().add(HandoutStyles.CODE_TEXT);
        words.setWrapText(true);
        words.setMaxWidth(340);
        VBox beside = new VBox(12, words);
        planCode.shortened().ifPresent(shortened -> {
            Label note = new Label(shortened);
            note.setId("plan-code-shortened");
            note.getStyleClass().add(HandoutStyles.CODE_SHORTENED);
            note.setWrapText(true);
            note.setMaxWidth(340);
            beside.getChildren().add(note);
        });
        HBox body = new HBox(24, code, beside);
        body.setAlignment(Pos.CENTER_LEFT);
        close.setId("plan-code-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add(HandoutStyles.BUTTONS);
        getChildren().addAll(title, how, body, buttons);
    }

    /** One square per dark module, whole pixels each, on white with the quiet zone around. */
    static Canvas canvas(PlanCode.Matrix matrix) {
        int modules = matrix.size() + 2 * PlanCode.QUIET_ZONE;
        int pixels = Math.max(3, Math.min(10, TARGET_PIXELS / modules));
        Canvas canvas = new Canvas(modules * pixels, modules * pixels);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < matrix.size(); y++) {
            for (int x = 0; x < matrix.size(); x++) {
                if (matrix.isDark(x, y)) {
                    g.fillRect((x + PlanCode.QUIET_ZONE) * pixels, (y + PlanCode.QUIET_ZONE) * pixels, pixels, pixels);
                }
            }
        }
        return canvas;
    }

    Button closeButton() {
        return close;
    }
}
