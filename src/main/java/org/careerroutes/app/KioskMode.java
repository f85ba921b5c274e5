package org.careerroutes.app;

import javafx.stage.Stage;
import org.careerroutes.kiosk.ErrorLog;
import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.KioskShell;
import org.careerroutes.kiosk.Stand;
import org.careerroutes.kiosk.Visit;
import org.careerroutes.kiosk.VisitCounting;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.Theme;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.settings.Settings;
import org.careerroutes.ui.AboutDialog;
import org.careerroutes.ui.Appearance;
import org.careerroutes.ui.MainWindow;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Kiosk mode's wiring: the kiosk shell, with a fresh main window for each visitor. Later
 * features that keep a visitor's things (qualifications entered, notes, a plan) keep them in the
 * window, so a fresh window forgets them too. Where the kiosk settings allow it (the default),
 * visits are counted: totals per day, kept beside the kiosk settings (see docs/kiosk.md).
 */
final class KioskMode {

    static final int DEFAULT_IDLE_SECONDS = 120;

    private final Profile profile;
    /** The jobs on offer, as the folder is read: every visit's window offers them. */
    private final ReadOnlyObjectProperty<JobPack> jobs;
    private final KioskShell shell;
    private final Optional<TakeHome> takeHome;
    private final java.time.Clock clock;
    /** Where a job opened at a stand of several is read from its file: the app's files thread. */
    private final Background jobFiles;
    /** The newest visit: the one on screen (the shell makes the next one as this one ends). */
    private KioskVisit current;

    /**
     * @param environment where the kiosk's log is, and how long "Still there?" counts down
     * @param quit leaves the app, once the staff PIN has been entered
     * @param closedFromOutside ends the app when its window was closed by anything but the PIN
     * @param takeHome the plan's handout: at a kiosk, a code for a phone and a print where there is a printer
     * @param jobs        the jobs on offer, as a folder's reading goes
     * @param severalJobs whether the stand offers several jobs, so that each visit starts on the Jobs page
     * @param jobFiles    where a job a visitor opens is read from its file, away from the JavaFX thread
     */
    KioskMode(Stage stage, Profile profile, ReadOnlyObjectProperty<JobPack> jobs, boolean severalJobs,
              CommandLine options, KioskConfig config, Environment environment,
              Runnable quit, Runnable closedFromOutside, Optional<TakeHome> takeHome, Background jobFiles) {
        this.profile = profile;
        this.jobs = jobs;
        this.takeHome = takeHome;
        this.clock = environment.clock();
        this.jobFiles = jobFiles;
        int idle = options.idleTimeout().orElse(config.idleTimeoutSeconds().orElse(DEFAULT_IDLE_SECONDS));
        KioskShell.Timing timing = new KioskShell.Timing(java.time.Duration.ofSeconds(idle), environment.countdown(),
                environment.pinLockedAtStart());
        ErrorLog errorLog = new ErrorLog(environment.logFolder(), environment.clock());
        if (!config.problems().isEmpty()) {
            errorLog.note("The kiosk settings could not all be understood, so kiosk mode is on"
                    + " (what could not be read keeps its default):" + System.lineSeparator()
                    + String.join(System.lineSeparator(), config.problems()));
        }
        Optional<VisitCounting> counting = config.insights().on()
                ? Optional.of(new VisitCounting(CountsStore.besideSettings(environment.kioskConfigFolder()), config.insights(),
                        Background.oneThread("kiosk-visit-counts"), environment.clock(), ZoneId.systemDefault(), errorLog,
                        KioskVisit.names(profile, severalJobs), profile.title()))
                : Optional.empty();
        shell = new KioskShell(stage, stand(profile, jobs, severalJobs), this::newVisit, timing, config, errorLog, counting, quit, closedFromOutside);
    }

    void start() {
        shell.start();
    }

    /**
     * What the attract screen says the stand offers: the one job, or how many jobs and their
     * titles in turn, followed as the folder is read (until it is, the count is of its files).
     */
    static ObservableValue<Stand> stand(Profile profile, ObservableValue<JobPack> jobs, boolean severalJobs) {
        if (!severalJobs) {
            return new SimpleObjectProperty<>(Stand.oneJob(profile));
        }
        // A folder whose files turn out to hold one job that can be read is a stand of that job, as its visits are.
        return jobs.map(pack -> pack.progress().complete() && pack.size() <= 1 ? Stand.oneJob(profile)
                : Stand.ofJobs(pack.progress().complete() ? pack.size() : pack.progress().total(),
                pack.offered().stream().map(job -> new Stand.Job(job.title(), job.summary())).toList()));
    }

    void stop() {
        shell.stop();
    }

    /** The kiosk's text size: read standing up, at arm's length from a touch screen. */
    static final double KIOSK_FONT_PX = 18;

    private Visit newVisit() {
        // Each visit starts from the default look; nothing a visitor changes is kept or saved.
        Appearance appearance = new Appearance(Settings.DEFAULTS, List.of(Theme.kioskStylesheet()), KIOSK_FONT_PX);
        KioskVisit visit = new KioskVisit(profile, jobs, new Actions(), appearance, takeHome, jobFiles, clock);
        current = visit;
        return visit;
    }

    /** The window of the visit under way (the newest), for its handout: the job it shows, its shortlist. */
    Optional<MainWindow> visitWindow() {
        return Optional.ofNullable(current).map(KioskVisit::window);
    }

    /** What the window may ask for in a kiosk: no files, no other windows, no quitting. */
    private final class Actions implements MainWindow.Actions {
        @Override
        public void openProfile() {
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
            return Optional.empty();
        }

        @Override
        public void showAbout() {
            shell.showInfo(AboutDialog.content(profile, AppInfo.version()));
        }

        @Override
        public void quit() {
        }
    }
}
