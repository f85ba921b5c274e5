package org.careerroutes.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.handout.view.HandoutActions;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.Theme;
import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.SharedComputer;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;
import org.careerroutes.settings.WindowPlacement;
import org.careerroutes.ui.AboutDialog;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;
import org.careerroutes.ui.NewProfileWindow;
import org.careerroutes.ui.ProblemsDialog;
import org.careerroutes.ui.SettingsProblemDialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Wires the content, the window and the menus together, or kiosk mode. Options come from the raw
 * parameters.
 *
 * <p>Longer than 400 lines, for a reason: it is the one class JavaFX makes, so it wires both ways
 * the app runs (the desktop window with its settings, plans, handout, one instance per user and
 * menus, and the kiosk); each part is a few lines of wiring, and what they wire lives in classes
 * of its own.
 */
public class CareerRoutesApp extends Application {

    /** When set, prints the time from the JVM's start to the first frame (used by the start-up benchmarks). */
    public static final String REPORT_STARTUP = "careerroutes.reportStartup";
    /**
     * When set, the app opens every tab once after its first frame and then quits: the run the
     * packaging build makes to record which classes the app loads, for the class-data archive
     * that makes the installed app start faster (packaging/README.md).
     */
    public static final String TRAINING_RUN = "careerroutes.trainingRun";

    /**
     * The exit status when the kiosk's window was closed by anything but the staff PIN: not 0, so
     * that whatever watches the app (a systemd unit, Windows' Shell Launcher) starts it again.
     */
    public static final int KIOSK_WINDOW_CLOSED = 1;

    /**
     * The status the process is to end with, for the {@link Launcher} once JavaFX has stopped.
     * Static because JavaFX, not the Launcher, makes the app.
     */
    private static final AtomicInteger EXIT_STATUS = new AtomicInteger();

    /** How long closing waits for the last plan and settings to be written, on a slow disk. */
    static final java.time.Duration CLOSING_WAIT = java.time.Duration.ofSeconds(10);
    /**
     * The profile reading the launcher began before it started JavaFX, for the app JavaFX then
     * makes (JavaFX makes the app, so it cannot be passed in); taken once. Empty when something
     * else made the app, such as a test, which then reads its content itself.
     */
    private static final AtomicReference<EarlyStart> EARLY_START = new AtomicReference<>();

    private final Environment environment;
    /** Where files are read and written and handouts made: never on the JavaFX thread. */
    private final Background background;
    /** Where a folder of jobs is read for the Jobs page: a thread of its own, so plans are not kept waiting. */
    private final Background jobsBackground;
    /** The jobs offered, as the folder is read. */
    private JobsReading jobs;
    /** This user's one instance, while the desktop window is open. */
    private SingleInstance instance;
    /** Options given by whoever made the app; null when JavaFX's launcher passes them as parameters. */
    private final List<String> arguments;
    /**
     * The plan's handout (PDF, print, a code for a phone) given by whoever made the app; without
     * one, My plan offers none of them. Null when the app makes its own (see {@link #handout}).
     */
    private final Optional<TakeHome> takeHome;
    private Stage stage;
    /** Read by {@link #init()}: the options, what the window opens on, and the machine's kiosk settings. */
    private CommandLine options;
    private StartupContent content;
    private KioskConfig kioskConfig;
    private MainWindow window;
    private SettingsStore settingsStore;
    private Appearance appearance;
    private KioskMode kiosk;
    /** With --watch: what looks for changes to the content. */
    private ContentWatch watch;

    /** The app on this machine, for this user (how the JavaFX launcher makes it): files on a thread of their own. */
    public CareerRoutesApp() {
        this.environment = Environment.ofThisMachine();
        this.arguments = null;
        this.takeHome = null;
        this.background = Background.oneThread("career-routes-files");
        this.jobsBackground = Background.oneThread("career-routes-jobs");
    }

    /**
     * The app as a test makes it: its folders, clock and timings and its command-line options
     * given, and its files read and written on the JavaFX thread itself
     * ({@link Background#sameThread}), so that a test sees each save done when its event is.
     */
    public CareerRoutesApp(Environment environment, List<String> arguments) {
        this(environment, arguments, Background.sameThread());
    }

    /** As {@link #CareerRoutesApp(Environment, List)}, with the plan's handout given (or none). */
    public CareerRoutesApp(Environment environment, List<String> arguments, Optional<TakeHome> takeHome) {
        this(environment, arguments, takeHome, Background.sameThread());
    }

    /**
     * The app with its folders, clock and timings and its command-line options given, and where
     * its files are read and written: the app's own thread for them ({@link Background#oneThread}),
     * as on a real machine, or the caller's ({@link Background#sameThread}).
     */
    public CareerRoutesApp(Environment environment, List<String> arguments, Background background) {
        this.environment = environment;
        this.arguments = List.copyOf(arguments);
        this.takeHome = null;
        this.background = background;
        this.jobsBackground = background;
    }

    /** As {@link #CareerRoutesApp(Environment, List, Background)}, with the plan's handout given (or none). */
    public CareerRoutesApp(Environment environment, List<String> arguments, Optional<TakeHome> takeHome,
                           Background background) {
        this.environment = environment;
        this.arguments = List.copyOf(arguments);
        this.takeHome = takeHome;
        this.background = background;
        this.jobsBackground = background;
    }

    /**
     * The handout this app offers: the one it was given, or its own PDF, print preview and QR code.
     * A kiosk prints only where its machine settings say the stand has a printer.
     */
    private Optional<TakeHome> handout(boolean kioskMode, boolean printingAllowed, Supplier<Profile> profile,
                                       Supplier<List<org.careerroutes.jobs.ShortlistedJob>> shortlist) {
        if (takeHome != null) {
            return takeHome;
        }
        HandoutActions.Source source = new HandoutActions.Source(() -> stage, profile, environment.clock(),
                kioskMode ? Optional::empty : () -> window.compareSelection(), shortlist);
        return Optional.of(new HandoutActions(source, kioskMode, printingAllowed, environment.homeFolder(), background));
    }

    /**
     * Reads what the window is built from, on JavaFX's launcher thread, before {@link #start}: the
     * options, the profiles and the machine's kiosk settings. The controls' base look is asked
     * for first: from this thread, JavaFX loads it on its own thread, idle until start, while
     * this one reads the files, rather than one after the other.
     */
    @Override
    public void init() {
        setUserAgentStylesheet(Theme.baseStylesheet());
        readStartupFiles();
    }

    private void readStartupFiles() {
        options = CommandLine.parse(arguments != null ? arguments : getParameters().getRaw());
        EarlyStart early = EARLY_START.getAndSet(null);
        boolean whole = options.authoring().watch();
        content = early != null ? early.content(options.content(), whole) : EarlyStart.read(options.content(), whole);
        kioskConfig = KioskConfig.load(environment.kioskConfigFolder(), environment.leastPinIterations());
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (options == null) {
            // Started without init (JavaFX always calls it; anything else may not).
            setUserAgentStylesheet(Theme.baseStylesheet());
            readStartupFiles();
        }
        kioskConfig.problems().forEach(problem -> System.err.println("career-routes: " + problem));
        if (!kioskConfig.problems().isEmpty()) {
            // Fail closed: a machine whose kiosk settings cannot be understood may be a kiosk.
            System.err.println("career-routes: the kiosk settings could not all be understood, so kiosk mode is on"
                    + " (what could not be read keeps its default). See docs/kiosk.md.");
        }
        if (options.kiosk() || kioskConfig.kiosk()) {
            // No dialog in a kiosk: nobody is there to close it. The problems go to the console.
            // A kiosk reads no one's settings and writes none: each visit starts from the defaults.
            content.withProblems().forEach(result -> result.problems()
                    .forEach(problem -> System.err.println(problem.format())));
            Profile shown = content.profiles().get(0);
            // A kiosk keeps nothing: the folder is read at each start, with no index beside anyone's settings.
            jobs = new JobsReading(content, Optional.empty());
            // The handout is of the visit's job on show, with the visit's shortlist.
            kiosk = new KioskMode(stage, shown, jobs.offered(), jobs.files() > 1, options, kioskConfig, environment,
                    this::quit, () -> endWith(KIOSK_WINDOW_CLOSED), handout(true, kioskConfig.printer(),
                    () -> kiosk.visitWindow().map(w -> w.profileProperty().get()).orElse(shown),
                    () -> kiosk.visitWindow().map(MainWindow::shortlistedJobs).orElse(List.of())), background);
            kiosk.start();
            jobs.start(jobsBackground, pack -> pack.problems().forEach(result -> result.problems()
                    .forEach(problem -> System.err.println(problem.format()))));
            return;
        }

        // One window per user: a second start brings this one forward instead (decision 0020).
        SingleInstance.Claim claim = SingleInstance.claim(environment.settingsFolder());
        if (claim instanceof SingleInstance.Elsewhere) {
            System.out.println("Career Routes is already open for this user: its window has been brought to the front.");
            quit();
            return;
        }
        if (claim instanceof SingleInstance.Unavailable unavailable) {
            System.err.println("career-routes: " + unavailable.why() + "; starting all the same, but a second start "
                    + "of the app could not be told from this one");
        }

        settingsStore = new SettingsStore(environment.settingsFolder());
        SettingsStore.Loaded settings = settingsStore.load();
        appearance = new Appearance(settings.settings());
        appearance.settingsProperty().addListener((obs, old, now) -> save(now));

        window = new MainWindow(content.profiles().get(0), new MenuActions(), appearance, MainWindow.Mode.DESKTOP,
                planKeeping(), handout(false, true, () -> window.profileProperty().get(), () -> window.shortlistedJobs()),
                background,
                environment.clock());
        if (claim instanceof SingleInstance.Claimed claimed) {
            instance = claimed.instance();
            instance.onAskedForward(() -> Platform.runLater(this::comeForward));
        }
        jobs = new JobsReading(content, Optional.of(environment.settingsFolder()));
        window.model().jobs().offer(jobs.offered().get());
        jobs.offered().addListener((obs, old, now) -> window.model().jobs().offer(now));
        if (content.folder().isPresent()) {
            // A folder of jobs opens on the Jobs page (with one file that loads, on that job once it is read).
            window.showJobs();
        } else {
            window.setProfileChoices(content.profiles());
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Roomy on a large screen, never larger than a small one (1024x768 school monitors).
        Scene scene = new Scene(window.root(),
                Math.min(Math.max(1100, screen.getWidth() * 0.7), screen.getWidth()),
                Math.min(Math.max(780, screen.getHeight() * 0.8), screen.getHeight()));
        appearance.applyTo(scene);
        window.installShortcuts(scene);
        stage.titleProperty().bind(Bindings.concat(window.titleProperty(), " \u2013 Career Routes"));
        // Below about 900 px the tab bar no longer fits and tabs hide behind an overflow menu.
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(540, screen.getHeight()));
        stage.setScene(scene);
        restoreBounds(settings.settings());
        stage.setOnHidden(e -> {
            rememberBounds();
            window.savePlanNow();
        });
        stage.setOnCloseRequest(e -> window.savePlanNow());
        if (Boolean.getBoolean(REPORT_STARTUP)) {
            FirstFrame.report(scene);
        }
        if (Boolean.getBoolean(TRAINING_RUN)) {
            Platform.runLater(this::visitEveryTabThenQuit);
        }
        stage.show();
        // Not before the first frame: the route map's preparation would compete with it for the processor.
        FirstFrame.then(scene, () -> Platform.runLater(() -> window.prepareRouteMapWhenIdle(javafx.util.Duration.seconds(1))));

        showSettingsProblem(settings);
        // The saved plan is read off the JavaFX thread: a problem with it is said once it has been read.
        window.model().plans().whenRead(this::showPlanProblem);
        if (options.authoring().watch()) {
            // Editing a profile: its problems stay above the tabs, and go when it is mended.
            Path watched = options.content().orElseThrow();
            window.watchedContent().readAgain(watched.toString(), content.withProblems());
            watch = ContentWatch.start(watched, ContentWatch.EVERY,
                    results -> window.watchedContent().readAgain(watched.toString(), results));
        } else if (content.folder().isPresent()) {
            // The rest of the folder is read now; what could not be is said on the Jobs page, or, with
            // one job left to show (no Jobs page), in the dialog as before.
            jobs.start(jobsBackground, this::folderRead);
        } else if (!content.withProblems().isEmpty()) {
            String instead = content.usingBuiltIn()
                    ? "Showing the built-in " + content.profiles().get(0).title() + " profile instead."
                    : "Showing what could be loaded.";
            Platform.runLater(() -> ProblemsDialog.create(stage, content.withProblems(), instead, appearance).show());
        }
    }

    /** The folder of jobs has been read: its problems said where the Jobs page cannot say them. */
    private void folderRead(org.careerroutes.jobs.JobPack pack) {
        if (Boolean.getBoolean(REPORT_STARTUP)) {
            // For the jobs benchmark: when the Jobs page shows every job of the folder.
            FirstFrame.then(stage.getScene(), () -> System.out.println("jobs-page-ms=" + (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + " jobs=" + pack.size()));
        }
        pack.problems().forEach(result -> result.problems().forEach(problem -> System.err.println(problem.format())));
        if (pack.size() <= 1 && !pack.problems().isEmpty()) {
            ProblemsDialog.create(stage, pack.problems(), "Showing what could be loaded.", appearance).show();
        }
    }

    /**
     * Says which lines of the settings file could not be used and why, on standard error (for
     * whoever looks after the machine) and in a dialog.
     */
    private void showSettingsProblem(SettingsStore.Loaded loaded) {
        loaded.problem().ifPresent(problem -> {
            System.err.println("career-routes: " + problem);
            Platform.runLater(() -> SettingsProblemDialog.create(stage, loaded.headline(), problem, appearance).show());
        });
    }

    /**
     * Where this user's plans are kept: in their data folder beside the settings, unless the
     * machine is a shared computer ({@code machine.properties}), where nothing is kept. A machine
     * setting that cannot be read counts as shared: nothing is saved (fails closed), and the
     * reason goes to standard error and onto the My plan tab.
     */
    private PlanKeeping planKeeping() {
        SharedComputer shared = SharedComputer.load(environment.kioskConfigFolder());
        shared.problems().forEach(problem -> System.err.println("career-routes: " + problem));
        if (shared.shared()) {
            return PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, shared.explanation());
        }
        return new PlanStore(environment.plansFolder());
    }

    /** A saved plan that could not be read: said in a dialog as the app starts, and on the My plan tab. */
    private void showPlanProblem() {
        String problem = window.model().plans().noticeProperty().get();
        if (!problem.isBlank()) {
            System.err.println("career-routes: " + problem);
            Platform.runLater(() -> SettingsProblemDialog.create(stage, "My plan", "plan-problem",
                    "Your saved plan could not be read", problem, appearance).show());
        }
    }

    /** Puts the window back where it was, unless that screen has gone. */
    private void restoreBounds(Settings settings) {
        List<WindowPlacement.Area> screens = Screen.getScreens().stream()
                .map(s -> s.getVisualBounds())
                .map(b -> new WindowPlacement.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()))
                .toList();
        WindowPlacement.restore(settings.window(), screens).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximised());
        });
    }

    private void rememberBounds() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !stage.isFullScreen()) {
            save(appearance.settings().withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        }
    }

    /** Another start of the app asked for this window: it comes to the front. */
    private void comeForward() {
        if (stage == null || window == null) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        System.out.println("career-routes: another start of the app asked for this window, so it was brought to the front");
    }

    /**
     * Saves settings in the background; a failure to save is not worth interrupting a student
     * for, so it is logged.
     */
    private void save(Settings settings) {
        background.submit(() -> {
            settingsStore.save(settings);
            return settings;
        }, saved -> { }, failed -> System.err.println("career-routes: settings not saved: "
                + org.careerroutes.files.FileProblem.describe(settingsStore.file(), failed instanceof java.io.IOException io
                ? org.careerroutes.files.FileProblem.whyNotWritten(io) : String.valueOf(failed.getMessage()))));
    }

    /** The training run: every tab once, a pause for the route map's preparation, then quit. */
    private void visitEveryTabThenQuit() {
        javafx.animation.SequentialTransition visit = new javafx.animation.SequentialTransition();
        for (ProfileSection section : ProfileSection.values()) {
            javafx.animation.PauseTransition step = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
            step.setOnFinished(e -> window.select(section));
            visit.getChildren().add(step);
        }
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> quit());
        visit.getChildren().add(settle);
        visit.play();
    }

    /** Gives the stage back as it was found (tests start the app again on the same stage). */
    @Override
    public void stop() {
        if (watch != null) {
            watch.close();
        }
        if (kiosk != null) {
            kiosk.stop();
        } else if (stage != null) {
            stage.titleProperty().unbind();
        }
        if (window != null && !window.model().plans().awaitSaves(CLOSING_WAIT)) {
            // Said where a technician looks; the plan is still in its last good file, as writes are whole or nothing.
            System.err.println("career-routes: the last change to the plan could not be written within "
                    + CLOSING_WAIT.toSeconds() + " s as the app closed; the plan saved before it is kept");
        }
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    /**
     * Ends the app (the menu's Quit, or the kiosk's staff PIN). A test overrides it: ending the
     * JavaFX platform would end every test after it.
     */
    protected void quit() {
        Platform.exit();
    }

    /**
     * Where New profile from text opens a text and saves the profile: the system's file choosers.
     * A test overrides it with its own answers, as it does {@link #quit()}.
     */
    protected NewProfileWindow.Files newProfileFiles(MainWindow.Actions menu) {
        return new NewProfileWindow.Files() {
            @Override
            public Optional<Path> chooseText() {
                return menu.chooseOpenFile("Open a job profile's text", "Text files (*.txt)", "*.txt");
            }

            @Override
            public Optional<Path> chooseWhereToSave(String suggestedName) {
                return menu.chooseSaveFile("Save the new profile", suggestedName, "Profile files (*.json)", "*.json");
            }
        };
    }

    /**
     * Ends the app with a status that is not 0 (the kiosk's window closed from outside). A test
     * overrides it, as it does {@link #quit()}.
     */
    protected void endWith(int status) {
        EXIT_STATUS.set(status);
        Platform.exit();
    }

    /** The status the process is to end with: 0 unless {@link #endWith(int)} said otherwise. */
    static int exitStatus() {
        return EXIT_STATUS.get();
    }

    /** Called by the launcher just before it starts JavaFX: the app it makes takes this. */
    static void beganEarly(EarlyStart early) {
        EARLY_START.set(early);
    }

    /** What the menus do; kept here because it opens files and other windows. */
    private final class MenuActions implements MainWindow.Actions {

        @Override
        public void openProfile() {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a profile file");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Profile files (*.json)", "*.json"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                // Read and checked off the JavaFX thread: a profile may be megabytes.
                background.submit(() -> ProfileLoader.loadFile(file.toPath()), this::open,
                        failed -> open(new LoadResult(file.toString(), Optional.empty(), List.of(
                                org.careerroutes.content.Problem.wholeFile(file.toString(), "could not be read ("
                                        + failed.getMessage() + ")")))));
            }
        }

        private void open(LoadResult result) {
            Profile current = window.profileProperty().get();
            result.profile().ifPresent(window::addProfileChoice);
            if (!result.problems().isEmpty()) {
                String outcome = result.isValid()
                        ? "The profile was opened."
                        : "Still showing the " + current.title() + " profile.";
                ProblemsDialog.create(stage, List.of(result), outcome, appearance).show();
            }
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            // The user's Pictures or Documents folder, not wherever the app was started from.
            java.io.File start = org.careerroutes.export.SaveFolder.startingFolder(environment.homeFolder()).toFile();
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
            return Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String description, String pattern) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
            return Optional.ofNullable(chooser.showOpenDialog(stage)).map(File::toPath);
        }

        @Override
        public void showAbout() {
            AboutDialog.create(stage, window.profileProperty().get(), AppInfo.version(), appearance).show();
        }

        @Override
        public void showContentProblems(List<LoadResult> results) {
            ProblemsDialog.create(stage, results, org.careerroutes.jobs.JobsWording.problemsOutcome(results), appearance)
                    .show();
        }

        @Override
        public void newProfileFromText() {
            NewProfileWindow.open(stage, appearance, background, environment.clock(), newProfileFiles(this),
                    (profile, file) -> window.addProfileChoice(profile));
        }

        @Override
        public void quit() {
            CareerRoutesApp.this.quit();
        }
    }
}
