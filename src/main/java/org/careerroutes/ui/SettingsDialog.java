package org.careerroutes.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.settings.Settings;

/** Text size, high contrast and reduced motion (Ctrl+,). Every change shows at once. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Appearance appearance) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, "settings-dialog", "Settings", appearance);
        Settings now = appearance.settings();

        Slider size = new Slider(Settings.MIN_TEXT_SCALE, Settings.MAX_TEXT_SCALE, now.textScale());
        size.setId("text-size");
        size.setMajorTickUnit(Settings.TEXT_SCALE_STEP);
        size.setMinorTickCount(0);
        size.setSnapToTicks(true);
        size.setBlockIncrement(Settings.TEXT_SCALE_STEP);
        size.setShowTickMarks(true);
        size.setPrefWidth(260);
        Label sizeLabel = new Label("Text size");
        sizeLabel.setLabelFor(size);
        Label sizeValue = new Label(now.textScale() + "%");
        sizeValue.setId("text-size-value");
        size.setAccessibleText("Text size, " + now.textScale() + " percent");
        size.valueProperty().addListener((obs, old, value) -> {
            int percent = (int) (Math.round(value.doubleValue() / Settings.TEXT_SCALE_STEP) * Settings.TEXT_SCALE_STEP);
            sizeValue.setText(percent + "%");
            size.setAccessibleText("Text size, " + percent + " percent");
            appearance.settingsProperty().set(appearance.settings().withTextScale(percent));
        });

        CheckBox contrast = new CheckBox("High contrast colours");
        contrast.setId("high-contrast");
        contrast.setSelected(now.highContrast());
        contrast.selectedProperty().addListener((obs, old, on) ->
                appearance.settingsProperty().set(appearance.settings().withHighContrast(on)));

        CheckBox motion = new CheckBox("Reduce motion (no animations)");
        motion.setId("reduced-motion");
        motion.setSelected(now.reducedMotion());
        motion.selectedProperty().addListener((obs, old, on) ->
                appearance.settingsProperty().set(appearance.settings().withReducedMotion(on)));

        HBox sizeRow = new HBox(12, size, sizeValue);
        VBox body = new VBox(sizeLabel, sizeRow, contrast, motion,
                ProfileText.text("Your choices are kept for next time on this computer.", Styles.MUTED));
        body.getStyleClass().add(WindowStyles.DIALOG_BODY);
        dialog.getDialogPane().setContent(body);
        return dialog;
    }
}
