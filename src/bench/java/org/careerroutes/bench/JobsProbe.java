package org.careerroutes.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.jobs.JobEntry;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.PackReading;
import org.careerroutes.jobs.RouteType;
import org.careerroutes.jobs.view.JobsViewModel;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.settings.Settings;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Run in a fresh JVM by {@link JobsBenchmark}, on a folder of many profiles: the real window on
 * its Jobs page at 1024x768, then each keystroke of a search and each filter change timed from
 * the change to the end of the next laid-out pulse (the frame that shows the cards), each job
 * opened timed from the click to the pulse that shows its Overview (its profile read from its
 * file on the files thread, as in the app), and the heap in use after a full collection.
 */
public final class JobsProbe {

    private JobsProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    public static final class Probe extends Application {

        private Stage stage;
        private MainWindow window;
        private JobsViewModel jobs;
        private final List<Runnable> steps = new ArrayList<>();

        @Override
        public void start(Stage primaryStage) throws Exception {
            stage = primaryStage;
            Path folder = Path.of(getParameters().getRaw().get(0));
            Path index = Path.of(getParameters().getRaw().get(1));
            List<Path> files = ProfileLoader.profileFiles(folder);
            PackReading reading = new PackReading(folder, files, Optional.of(index), "bench", Optional.empty());
            List<JobPack> read = new ArrayList<>();
            reading.follow(read::add);
            reading.run();
            JobPack pack = read.get(read.size() - 1);
            Profile first = pack.load(pack.offered().get(0).id()).profile().orElseThrow();
            window = new MainWindow(first, MainWindow.Actions.none(), new Appearance(Settings.DEFAULTS),
                    MainWindow.Mode.DESKTOP, PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()),
                    Optional.empty(), Background.oneThread("probe-files"), Clock.systemDefaultZone());
            window.model().jobs().offer(pack);
            window.showJobs();
            jobs = window.model().jobs().page();
            Scene scene = new Scene(window.root(), 1024, 768);
            window.appearance().applyTo(scene);
            window.installShortcuts(scene);
            stage.setScene(scene);
            stage.show();
            System.out.println("heap-after-index-mb=" + heapMb());
            plan(pack);
            afterPulse(this::next);
        }

        private void plan(JobPack pack) {
            // Warm up on one search, then time a student's typing and deleting, ten times over.
            for (int round = 0; round < 12; round++) {
                boolean timed = round >= 2;
                for (String typed : List.of("n", "nu", "nur", "nurs", "nurse", "nurs", "nur", "nu", "n", "")) {
                    steps.add(() -> time(timed ? "keystroke-ms=" : "", () -> jobs.queryProperty().set(typed)));
                }
                String biology = jobs.index().subjects().stream().filter(s -> s.label().equals("Biology"))
                        .findFirst().orElseThrow().key();
                steps.add(() -> time(timed ? "filter-ms=" : "", () -> jobs.likeSubject(biology, true)));
                steps.add(() -> time(timed ? "filter-ms=" : "", () -> jobs.wantWayIn(RouteType.APPRENTICESHIP, true)));
                steps.add(() -> time(timed ? "filter-ms=" : "", () -> jobs.paidWhileTraining(true)));
                steps.add(() -> time(timed ? "filter-ms=" : "", jobs::clearFilters));
            }
            Random random = new Random(42);
            List<JobEntry> all = pack.index().jobs();
            for (int i = 0; i < 21; i++) {
                String id = all.get(random.nextInt(all.size())).id();
                String label = i == 0 ? "open-first-ms=" : "open-ms=";
                steps.add(() -> open(label, id));
            }
            steps.add(() -> {
                System.out.println("heap-after-use-mb=" + heapMb());
                Platform.exit();
            });
        }

        private void next() {
            if (!steps.isEmpty()) {
                steps.remove(0).run();
            }
        }

        private void time(String label, Runnable change) {
            long start = System.nanoTime();
            change.run();
            afterPulse(() -> {
                if (!label.isEmpty()) {
                    System.out.println(label + (System.nanoTime() - start) / 1e6);
                }
                Platform.runLater(this::next);
            });
        }

        /** Opens a job from the Jobs page, and comes back to it once its Overview has been drawn. */
        private void open(String label, String id) {
            long start = System.nanoTime();
            window.model().profileProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Profile> obs, Profile old, Profile now) {
                    obs.removeListener(this);
                    afterPulse(() -> {
                        System.out.println(label + (System.nanoTime() - start) / 1e6);
                        window.showJobs();
                        afterPulse(() -> Platform.runLater(Probe.this::next));
                    });
                }
            });
            jobs.open(id);
        }

        private void afterPulse(Runnable then) {
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    then.run();
                }
            });
            Platform.requestNextPulse();
        }

        private static long heapMb() {
            for (int i = 0; i < 4; i++) {
                System.gc();
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return heap.getUsed() / (1024 * 1024);
        }
    }
}
