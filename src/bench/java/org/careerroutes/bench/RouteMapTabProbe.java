package org.careerroutes.bench;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.settings.Settings;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;


/**
 * Run in a fresh JVM by {@link RouteMapTabBenchmark}: opens the window on the Overview, then
 * times how long opening the Route map tab takes, from the click to the end of the next laid-out
 * pulse (the frame that shows it). The first opening in the JVM is the one a student feels; the
 * later ones (each in a freshly built window) show the cost once the code is warm.
 */
public final class RouteMapTabProbe {

    private RouteMapTabProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    public static final class Probe extends Application {

        private static final int RUNS = 15;
        private final Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        private Stage stage;
        private int run;

        private boolean warmUp;

        @Override
        public void start(Stage primaryStage) {
            warmUp = getParameters().getRaw().contains("--warm-up");
            stage = primaryStage;
            stage.show();
            next();
        }

        private void next() {
            if (run > RUNS) {
                Platform.exit();
                return;
            }
            MainWindow window = new MainWindow(profile, new NoActions(), new Appearance(Settings.DEFAULTS));
            Scene scene = new Scene(window.root(), 1100, 760);
            window.appearance().applyTo(scene);
            stage.setScene(scene);
            // Let the Overview be drawn first, then open the Route map and time it. With the
            // warm-up, as in the app, the first opening comes 1.5 s later, as a student's click would.
            afterNextPulse(scene, () -> {
                if (run == 0 && warmUp) {
                    window.prepareRouteMapWhenIdle(Duration.seconds(1));
                    PauseTransition wait = new PauseTransition(Duration.millis(1500));
                    wait.setOnFinished(e -> time(window, scene));
                    wait.play();
                } else {
                    time(window, scene);
                }
            });
        }

        private void time(MainWindow window, Scene scene) {
            {
                long start = System.nanoTime();
                window.select(ProfileSection.ROUTE_MAP);
                afterNextPulse(scene, () -> {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.out.println((run == 0 ? "cold" : "warm") + "-ms=" + ms);
                    run++;
                    Platform.runLater(this::next);
                });
            }
        }

        private static void afterNextPulse(Scene scene, Runnable action) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }
}
