package org.careerroutes.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Tells the user which lines of their settings file could not be used and why, in full: an
 * Alert's own content label cuts a long message off, so the message is in a wrapping, selectable
 * box (it can be copied for whoever fixes the file).
 */
public final class SettingsProblemDialog {

    private SettingsProblemDialog() {
    }

    /**
     * @param headline "Some of your settings could not be read", or that none could
     * @param problem  each line that could not be used, and what became of the file
     */
    public static Alert create(Window owner, String headline, String problem, Appearance appearance) {
        Alert alert = new Alert(Alert.AlertType.WARNING, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Settings");
        alert.setHeaderText(headline);
        alert.getDialogPane().setContent(text(problem, headline));
        alert.getDialogPane().setId("settings-problem");
        // Sized to its word at the user's text size, not to the width the bar first measured.
        Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        ButtonBar.setButtonUniformSize(ok, false);
        ok.setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        appearance.applyTo(alert);
        Dialogs.growWithText(alert);
        return alert;
    }

    /** Sized to the message at the user's text size and within the screen; beyond that it scrolls. */
    private static TextArea text(String problem, String name) {
        TextArea text = new TextArea(problem);
        text.setId("settings-problem-text");
        text.setAccessibleText(name);
        text.setEditable(false);
        text.setWrapText(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        text.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(text.getFont().getSize() * 40, screen.getWidth() * 0.8), text.fontProperty()));
        // As tall as its wrapped text once laid out (the skin's own text node, at the box's width and
        // the user's text size, in this theme's padding), within the screen; beyond that it scrolls.
        text.skinProperty().addListener((obs, old, skin) -> {
            if (text.lookup(".content") instanceof Region content && content.lookup(".text") instanceof Text shown) {
                Runnable fit = () -> {
                    double chrome = text.snappedTopInset() + text.snappedBottomInset()
                            + content.snappedTopInset() + content.snappedBottomInset();
                    double wanted = shown.getLayoutBounds().getHeight() + chrome + text.getFont().getSize();
                    text.setPrefHeight(Math.min(wanted, screen.getHeight() * 0.6));
                };
                shown.layoutBoundsProperty().addListener((o, was, now) -> fit.run());
                text.fontProperty().addListener((o, was, now) -> fit.run());
                fit.run();
            }
        });
        text.setPrefHeight(Math.min(text.getFont().getSize() * 1.4 * (problem.lines().count() + 4), screen.getHeight() * 0.6));
        return text;
    }
}
