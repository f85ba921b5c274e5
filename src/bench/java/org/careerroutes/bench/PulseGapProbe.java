package org.careerroutes.bench;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.handout.view.HandoutActions;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.settings.Settings;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a fresh JVM by {@link PulseGapBenchmark}: the app's window, with a plan of two full pages,
 * saves the handout as a PDF, autosaves the plan over a slow disk (a stand-in that takes 500 ms
 * for each write) and makes a print preview, all at once, while an animation timer notes when
 * each JavaFX pulse comes. Prints the longest gap between two pulses and how many there were.
 * With {@code --same-thread} the same work runs on the JavaFX thread, as it did before it was
 * moved off it, for comparison. Then times opening My plan with 200 qualifications entered.
 */
public final class PulseGapProbe {

    static final long SLOW_WRITE_MS = 500;

    private PulseGapProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The plans folder on a slow disk: each write waits 500 ms first. */
    private static final class SlowDisk implements PlanKeeping {
        private final PlanStore store;
        final AtomicInteger written = new AtomicInteger();

        SlowDisk(Path folder) {
            this.store = new PlanStore(folder);
        }

        @Override
        public Place place() {
            return Place.THIS_USER;
        }

        @Override
        public Loaded load(String profile) {
            return store.load(profile);
        }

        @Override
        public void save(MyPlan plan) throws IOException {
            slowly();
            store.save(plan);
            written.incrementAndGet();
        }

        private static void slowly() {
            try {
                Thread.sleep(SLOW_WRITE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void clear(String profile) throws IOException {
            store.clear(profile);
        }

        @Override
        public LoadedRecord loadRecord() {
            return store.loadRecord();
        }

        @Override
        public void saveRecord(org.careerroutes.plan.StudentRecord record) throws IOException {
            slowly();
            store.saveRecord(record);
            written.incrementAndGet();
        }

        @Override
        public void clearEverything() throws IOException {
            store.clearEverything();
        }

        @Override
        public Optional<Path> fileFor(String profile) {
            return store.fileFor(profile);
        }

        @Override
        public Optional<Path> recordFile() {
            return store.recordFile();
        }
    }

    public static final class Probe extends Application {

        private final Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        private final List<Long> gaps = new ArrayList<>();
        private long last;
        private boolean measuring;
        private Stage stage;

        @Override
        public void start(Stage primaryStage) throws IOException {
            stage = primaryStage;
            boolean sameThread = getParameters().getRaw().contains("--same-thread");
            Background background = sameThread ? Background.sameThread() : Background.oneThread("career-routes-files");
            Path folder = Files.createTempDirectory("pulse-gap");
            SlowDisk disk = new SlowDisk(folder.resolve("plans"));
            MainWindow[] window = new MainWindow[1];
            HandoutActions handout = new HandoutActions(new HandoutActions.Source(() -> stage, () -> profile,
                    Clock.systemDefaultZone(), Optional::empty), false, true,
                    (owner, start, name) -> Optional.of(folder.resolve("plan.pdf")), folder, background);
            window[0] = new MainWindow(profile, MainWindow.Actions.none(), new Appearance(Settings.DEFAULTS),
                    MainWindow.Mode.DESKTOP, disk, Optional.of(handout), background, Clock.systemDefaultZone());
            Scene scene = new Scene(window[0].root(), 1100, 760);
            window[0].appearance().applyTo(scene);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring && last != 0) {
                        gaps.add(now - last);
                    }
                    last = now;
                }
            }.start();

            MyPlan plan = HandoutBenchmark.longPlan(profile);
            AtomicInteger finished = new AtomicInteger();
            TakeHome.Progress progress = new TakeHome.Progress() {
                @Override
                public void working(String what) {
                }

                @Override
                public void done(String said, boolean problem) {
                    finished.incrementAndGet();
                }
            };
            // First the window doing nothing, for what the machine itself costs a pulse; then the work.
            after(1000, () -> {
                measuring = true;
                after(2000, () -> {
                    measuring = false;
                    System.out.println("idle-gap-ms=" + gaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000);
                    gaps.clear();
                    last = 0;
                    work(handout, plan, progress, finished, window[0], disk);
                });
            });
        }

        private void work(HandoutActions handout, MyPlan plan, TakeHome.Progress progress, AtomicInteger finished,
                          MainWindow window, SlowDisk disk) {
            String only = System.getProperty("probe.only", "");
            {
                measuring = true;
                long start = System.nanoTime();
                if (only.isEmpty() || only.equals("pdf")) {
                    handout.savePdf(plan, progress);
                } else {
                    finished.incrementAndGet();
                }
                if (only.isEmpty() || only.equals("autosave")) {
                    window.model().plans().planProperty().set(plan);
                    window.savePlanNow();
                } else {
                    disk.written.incrementAndGet();
                }
                if (only.isEmpty() || only.equals("print")) {
                    handout.print(plan, progress);
                } else {
                    finished.incrementAndGet();
                }
                waitUntil(() -> finished.get() >= 2 && disk.written.get() >= 1, () -> {
                    long took = (System.nanoTime() - start) / 1_000_000;
                    after(300, () -> {
                        measuring = false;
                        long longest = gaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000;
                        System.out.println("max-gap-ms=" + longest);
                        System.out.println("pulses=" + gaps.size());
                        System.out.println("work-ms=" + took);
                        myPlanWith200(window);
                    });
                });
            }
        }

        /** Opening My plan with 200 qualifications entered: from the command to the frame that shows it. */
        private void myPlanWith200(MainWindow window) {
            List<StudentQualification> entered = new ArrayList<>();
            String[] subjects = {"Maths", "Physics", "Chemistry", "Biology", "English", "History", "Art", "Music",
                    "French", "Computing"};
            for (int i = 0; i < org.careerroutes.plan.StudentRecord.MAX_QUALIFICATIONS; i++) {
                entered.add(((QualificationEntry.Accepted) QualificationEntry.of(i % 2 == 0 ? QualificationType.GCSE
                        : QualificationType.A_LEVEL, subjects[i % 10] + (i >= 20 ? " " + i : ""), i % 2 == 0 ? "7" : "B",
                        false)).qualification());
            }
            window.model().plans().planProperty().set(window.model().plans().plan().withQualifications(entered));
            long start = System.nanoTime();
            window.select(ProfileSection.MY_PLAN);
            stage.getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    stage.getScene().removePostLayoutPulseListener(this);
                    System.out.println("my-plan-200-ms=" + (System.nanoTime() - start) / 1_000_000);
                    Platform.runLater(Platform::exit);
                }
            });
            Platform.requestNextPulse();
        }

        private static void after(long millis, Runnable action) {
            PauseTransition wait = new PauseTransition(Duration.millis(millis));
            wait.setOnFinished(e -> action.run());
            wait.play();
        }

        private static void waitUntil(java.util.function.BooleanSupplier done, Runnable then) {
            if (done.getAsBoolean()) {
                then.run();
            } else {
                after(50, () -> waitUntil(done, then));
            }
        }
    }
}
