package org.careerroutes.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The common set-up of the app's dialogs: owner, modality, stylesheets and an id to find them by. */
final class Dialogs {

    private Dialogs() {
    }

    /** @param appearance the user's text size and colours */
    static Dialog<ButtonType> create(Window owner, String id, String title, Appearance appearance) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        appearance.applyTo(dialog);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        growWithText(dialog);
        return dialog;
    }

    /**
     * A dialog's content that scrolls when it is taller than about two thirds of a 1024x768
     * screen (the smallest the app is made for), so the buttons below stay on screen at any text size.
     */
    static ScrollPane scrolling(Region content) {
        double most = Math.min(Screen.getPrimary().getVisualBounds().getHeight(), 768) * 0.62;
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefWidth(double height) {
                return snappedLeftInset() + content.prefWidth(-1) + SCROLL_BAR + snappedRightInset();
            }

            @Override
            protected double computePrefHeight(double width) {
                double inner = (width > 0 ? width : computePrefWidth(-1)) - snappedLeftInset() - snappedRightInset() - SCROLL_BAR;
                return snappedTopInset() + Math.min(content.prefHeight(inner), most) + snappedBottomInset();
            }
        };
        scroll.getStyleClass().add(WindowStyles.DIALOG_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /**
     * Moves a window wholly inside the visual bounds (the screen less its task bar) of the screen
     * it is mostly on, shrinking it only where it is larger than that screen.
     */
    static void keepOnScreen(Window window) {
        if (!window.isShowing()) {
            return;
        }
        Rectangle2D bounds = new Rectangle2D(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        Rectangle2D area = Screen.getScreensForRectangle(bounds).stream()
                .max(java.util.Comparator.comparingDouble(screen -> overlap(screen.getBounds(), bounds)))
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (window.getWidth() > area.getWidth()) {
            window.setWidth(area.getWidth());
        }
        if (window.getHeight() > area.getHeight()) {
            window.setHeight(area.getHeight());
        }
        window.setX(Math.max(area.getMinX(), Math.min(window.getX(), area.getMaxX() - window.getWidth())));
        window.setY(Math.max(area.getMinY(), Math.min(window.getY(), area.getMaxY() - window.getHeight())));
    }

    /** How much of {@code b} lies on {@code a}, in square pixels. */
    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /** Room kept beside a dialog's content for its scroll bar. */
    private static final double SCROLL_BAR = 16;

    /**
     * Lets a dialog grow with the text size: each button at least as wide as its word (a button
     * bar otherwise keeps the width it first measured, "Cl…"), the header wrapping rather than cut
     * short, and the window sized to its content again when the text size changes while it is open.
     */
    static void growWithText(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Runnable fitButtons = () -> {
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Button button) {
                    // A uniformly sized button is given a fixed width by its bar, which then never grows.
                    ButtonBar.setButtonUniformSize(button, false);
                    button.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        };
        fitButtons.run();
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> fitButtons.run());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        pane.setMaxWidth(screen.getWidth());
        pane.setMaxHeight(screen.getHeight());
        // Placed beside its owner, a dialog may reach past the screen's edge (a large text size, an
        // owner near the edge): brought back inside it as it is shown.
        dialog.showingProperty().addListener((obs, was, showing) -> {
            Scene scene = pane.getScene();
            if (showing && scene != null && scene.getWindow() != null) {
                Platform.runLater(() -> keepOnScreen(scene.getWindow()));
            }
        });
        // After the next layout, when the new size's styles are in: the window fits its content again,
        // and, grown from where it was placed, is brought back inside the screen.
        pane.styleProperty().addListener((obs, old, now) -> {
            Scene scene = pane.getScene();
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(() -> {
                        scene.getWindow().sizeToScene();
                        keepOnScreen(scene.getWindow());
                    });
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            }
        });
    }
}
