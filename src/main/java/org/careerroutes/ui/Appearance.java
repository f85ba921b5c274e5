package org.careerroutes.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.WindowEvent;
import org.careerroutes.kit.Theme;
import org.careerroutes.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the app looks for this user: text size, high contrast, reduced motion. Scenes and dialogs
 * follow it live. Passed to the views that need it; never a global.
 */
public final class Appearance {

    private final ObjectProperty<Settings> settings;
    /**
     * Whether the route map's stylesheet is in the scenes that follow this appearance: not until a
     * map is first built, so that the first frame does not read a stylesheet it does not use.
     */
    private final BooleanProperty routeMapStyled = new SimpleBooleanProperty();
    private final List<String> extraStylesheets;
    private final double baseFontPx;

    public Appearance(Settings initial) {
        this(initial, List.of(), Theme.BASE_FONT_PX);
    }

    /**
     * @param extraStylesheets added after the app's own, e.g. the kiosk's touch targets
     * @param baseFontPx       the text size at 100%: larger in a kiosk, read from a distance
     */
    public Appearance(Settings initial, List<String> extraStylesheets, double baseFontPx) {
        settings = new SimpleObjectProperty<>(Objects.requireNonNull(initial));
        this.extraStylesheets = List.copyOf(extraStylesheets);
        this.baseFontPx = baseFontPx;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    /** A route map is about to be built: its stylesheet joins the scenes that follow this appearance. */
    public void styleRouteMaps() {
        routeMapStyled.set(true);
    }

    /** The stylesheets in cascade order: colours (and their high-contrast override), then areas. */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(Theme.stylesheets());
        if (!routeMapStyled.get()) {
            sheets.remove(Theme.routeMapStylesheet());
        }
        if (settings.get().highContrast()) {
            sheets.add(1, Theme.url("high-contrast.css"));
        }
        sheets.addAll(extraStylesheets);
        return sheets;
    }

    public String rootStyle() {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", baseFontPx * settings.get().textScale() / 100.0);
    }

    /** Makes a scene follow the appearance until its window is hidden. */
    public void applyTo(Scene scene) {
        InvalidationListener update = obs -> style(scene.getStylesheets(), scene.getRoot());
        style(scene.getStylesheets(), scene.getRoot());
        settings.addListener(update);
        routeMapStyled.addListener(update);
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                // An added handler, so the window's own onHidden (which saves its place) still runs.
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                    settings.removeListener(update);
                    routeMapStyled.removeListener(update);
                });
            }
        });
    }

    /**
     * Styles a scene as the appearance is now, without following later changes; the route map's
     * stylesheet is in from the start, since nothing would add it later.
     */
    public void styleOnce(Scene scene) {
        styleRouteMaps();
        style(scene.getStylesheets(), scene.getRoot());
    }

    /** Makes a dialog follow the appearance while it is open, and lets it go once it closes. */
    public void applyTo(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        ChangeListener<Settings> update = (obs, old, now) -> style(pane.getStylesheets(), pane);
        style(pane.getStylesheets(), pane);
        settings.addListener(update);
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> settings.removeListener(update));
    }

    private void style(List<String> sheets, Parent root) {
        List<String> wanted = stylesheets();
        if (!sheets.equals(wanted)) {
            sheets.clear();
            sheets.addAll(wanted);
        }
        root.setStyle(rootStyle());
        if (settings.get().reducedMotion()) {
            if (!root.getStyleClass().contains(WindowStyles.REDUCED_MOTION)) {
                root.getStyleClass().add(WindowStyles.REDUCED_MOTION);
            }
        } else {
            root.getStyleClass().remove(WindowStyles.REDUCED_MOTION);
        }
    }
}
