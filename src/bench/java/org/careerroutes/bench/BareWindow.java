package org.careerroutes.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.careerroutes.app.FirstFrame;


/**
 * The baseline: the smallest JavaFX window, timed the same way as the app. A plain class with
 * {@code main}, like the app's launcher, since an Application subclass cannot start from the
 * class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Bare window")), 1024, 700);
            FirstFrame.report(scene);
            stage.setScene(scene);
            stage.show();
        }
    }
}
