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
        return create(owner, "Settings", "settings-problem", headline, problem, appearance);
    }

    /** The same for another file the app keeps (a saved plan), with its own title and id. */
    public static Alert create(Window owner, String title, String id, String headline, String problem,
                               Appearance appearance) {
        Alert alert = new Alert(Alert.AlertType.WARNING, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(headline);
        alert.getDialogPane().setContent(text(problem, headline));
        alert.getDialogPane().setId(id);
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
        // As tall as its text wrapped at the box's width in the user's text size (measured with a
        // text of the same font and width), within the screen; beyond that it scrolls.
        Text measure = new Text(problem);
        Runnable fit = () -> {
            double em = text.getFont().getSize();
            double inner = text.getWidth() > 0 ? text.getWidth() : text.getPrefWidth();
            // The text area's own padding inside its frame, allowed for as an em each way rather
            // than measured in its skin.
            double sides = text.snappedLeftInset() + text.snappedRightInset() + em;
            measure.setFont(text.getFont());
            measure.setWrappingWidth(Math.max(em * 5, inner - sides - 20));
            double chrome = text.snappedTopInset() + text.snappedBottomInset() + em;
            text.setPrefHeight(Math.min(measure.getLayoutBounds().getHeight() + chrome + em, screen.getHeight() * 0.6));
        };
        text.fontProperty().addListener((obs, old, font) -> fit.run());
        text.widthProperty().addListener((obs, old, width) -> fit.run());
        text.skinProperty().addListener((obs, old, skin) -> fit.run());
        fit.run();
        return text;
    }
}
