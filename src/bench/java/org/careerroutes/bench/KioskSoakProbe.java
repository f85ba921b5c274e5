package org.careerroutes.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.routemap.RouteMapView;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Run in a fresh JVM by {@link KioskSoakBenchmark}: starts the real app with {@code --kiosk}
 * and drives visit after visit through it, as a day at a careers fair would. Each visit wakes
 * the attract screen with a key, opens every tab (the route map among them), selects a step,
 * chooses a pathway and zooms in, then ends through the "End my visit" button, which rebuilds
 * the scene as the idle countdown does. Prints the heap used after a full GC after the first
 * visit and at checkpoints up to the last, and the time each visit took.
 */
public final class KioskSoakProbe {

    private KioskSoakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        Thread app = new Thread(() -> Application.launch(CareerRoutesApp.class, "--kiosk"), "app");
        app.setDaemon(true);
        app.start();
        Stage stage = waitForStage();

        long started = System.nanoTime();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            long start = System.nanoTime();
            visit(stage);
            System.out.println("cycle-ms=" + (System.nanoTime() - start) / 1_000_000);
            if (cycle == 1 || cycle == 10 || cycle % 100 == 0 || cycle == cycles) {
                System.out.println("heap-after=" + cycle + "=" + heapAfterGc());
            }
        }
        System.out.println("total-s=" + (System.nanoTime() - started) / 1_000_000_000);
        Platform.exit();
    }

    private static Stage waitForStage() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Thread.sleep(100);
            Stage found;
            try {
                found = onFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                            && w.getScene().lookup("#attract-screen") != null)
                    .map(Stage.class::cast).findFirst().orElse(null));
            } catch (IllegalStateException toolkitNotStartedYet) {
                continue;
            }
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("the kiosk did not show its attract screen");
    }

    private static void visit(Stage stage) {
        onFx(() -> {
            Node attract = stage.getScene().lookup("#attract-screen");
            Event.fireEvent(attract, new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false));
            Event.fireEvent(attract, new KeyEvent(KeyEvent.KEY_RELEASED, " ", " ", KeyCode.SPACE, false, false, false, false));
            return null;
        });
        pulse(stage);
        int tabs = onFx(() -> tabs(stage).getTabs().size());
        for (int i = 1; i < tabs; i++) {
            int index = i;
            onFx(() -> {
                tabs(stage).getSelectionModel().select(index);
                return null;
            });
            pulse(stage);
        }
        onFx(() -> {
            tabs(stage).getSelectionModel().select(3);
            RouteMapView map = (RouteMapView) stage.getScene().lookup("#page-route-map");
            map.model().open("stp");
            map.model().choosePathway(map.model().map().pathways().get(0).id());
            map.canvas().zoomIn();
            return null;
        });
        pulse(stage);
        onFx(() -> {
            ((Button) stage.getScene().lookup("#end-visit")).fire();
            return null;
        });
        pulse(stage);
    }

    private static TabPane tabs(Stage stage) {
        return (TabPane) stage.getScene().lookup("#profile-tabs");
    }

    /** Heap in use after the collector has done all it can: several full GCs, with a pause between. */
    private static long heapAfterGc() {
        try {
            Thread.sleep(1500);   // the window's 1 s route-map preparation timer lets go of the last visit
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Waits until the scene has been laid out and drawn once more. */
    private static void pulse(Stage stage) {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        onFx(() -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                drawn.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
            return null;
        });
        try {
            drawn.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no frame within 30 s", e);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
