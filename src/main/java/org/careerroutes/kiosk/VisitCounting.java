package org.careerroutes.kiosk;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kiosk.insights.Answer;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.FairReportCsv;
import org.careerroutes.kiosk.insights.FairReportPdf;
import org.careerroutes.kiosk.insights.InsightsSetting;
import org.careerroutes.kiosk.insights.Measure;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.careerroutes.kiosk.insights.VisitTally;
import org.careerroutes.kit.Background;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A kiosk's visit counts while it runs: the visit in progress, counted in memory only, and the
 * days' totals, which each visit is added to as it ends and which are then saved, whole and in
 * one step, away from the JavaFX thread. A kill or power cut loses at most the visit in progress;
 * a save that fails loses nothing (the next one writes every total), and a kiosk never stops for
 * its counts. Staff read them in the Fair report. All on the JavaFX thread but the disk work.
 */
public final class VisitCounting {

    /** A report to save. */
    public enum Format {
        CSV("csv"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private final CountsStore store;
    private final InsightsSetting setting;
    private final Background background;
    private final Clock clock;
    private final ZoneId zone;
    private final ErrorLog errorLog;
    private final FairReport.Names names;
    private final String stand;
    private final ReadOnlyObjectWrapper<VisitCounts> counts = new ReadOnlyObjectWrapper<>(VisitCounts.NONE);
    /** What staff should know about the file as it was found (damaged, unreadable); "" for nothing. */
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    /** Why the last save failed; "" when it worked. */
    private final ReadOnlyStringWrapper saving = new ReadOnlyStringWrapper("");
    private final StringBinding problems = Bindings.createStringBinding(
            () -> String.join(" ", found.get(), saving.get()).strip(), found, saving);

    /** Until the saved counts are read, what is counted waits here, to be added to them. */
    private VisitCounts pending = VisitCounts.NONE;
    private boolean loaded;
    /** False when the file could not be read, or kept aside: it is not written over. */
    private boolean writable = true;
    /** The last reason a save failed for, as the log was told it: used by the background jobs only. */
    private volatile String lastLogged = "";

    // The visit in progress: in memory only, dropped when it ends.
    private VisitTally tally;
    private long startedAt;
    private long lastActivity;
    private boolean staffVisit;

    /**
     * @param clock for the day a visit is counted in and how long it lasted
     * @param zone  where a day starts: the system's time zone
     * @param names the tabs and pathways of the profile on show, for the report
     * @param stand the profile's title, for the report's heading
     */
    public VisitCounting(CountsStore store, InsightsSetting setting, Background background, Clock clock, ZoneId zone,
                         ErrorLog errorLog, FairReport.Names names, String stand) {
        this.store = Objects.requireNonNull(store);
        this.setting = Objects.requireNonNull(setting);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.errorLog = Objects.requireNonNull(errorLog);
        this.names = Objects.requireNonNull(names);
        this.stand = Objects.requireNonNull(stand);
        if (!setting.on()) {
            throw new IllegalArgumentException("counting is off");
        }
    }

    /** Reads the saved counts, away from the JavaFX thread; visits that end meanwhile are added to them. */
    public void start() {
        LocalDate today = today();
        background.submit(() -> {
            CountsStore.Loaded result = store.load(setting.daysKept(), today);
            // The log is a file too: written here, away from the JavaFX thread.
            result.problem().ifPresent(problem -> errorLog.note("The kiosk's visit counts: " + problem));
            return result;
        }, this::loaded, this::loadFailed);
    }

    private void loaded(CountsStore.Loaded result) {
        loaded = true;
        writable = result.writable();
        result.problem().ifPresent(problem -> found.set("The counts file was not as the kiosk left it: " + problem));
        counts.set(result.counts().plus(pending).keptFor(setting.daysKept(), today()));
        boolean anyPending = !pending.isEmpty();
        pending = VisitCounts.NONE;
        if (anyPending) {
            save();
        }
    }

    private void loadFailed(Exception e) {
        // Not expected (load reports its own problems); counted visits stay in memory, never on top of a file unread.
        loaded = true;
        writable = false;
        errorLog.record(e);
        found.set("The counts file could not be read, so counts are kept in memory only until the kiosk starts again.");
        counts.set(pending);
        pending = VisitCounts.NONE;
    }

    /**
     * The kiosk is stopping: waits a moment for the last save, so that a visit that has just
     * ended is not lost with the process. (The visit in progress, staff's, is not counted.)
     */
    void stop() {
        background.awaitIdle(Duration.ofSeconds(2));
    }

    /** How long the kiosk keeps counts, and whether it counts at all. */
    public InsightsSetting setting() {
        return setting;
    }

    /** The totals of the days kept, as they are now. */
    public ReadOnlyObjectProperty<VisitCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What staff should know: the file was damaged (and kept aside), or counts cannot be saved; "" for nothing. */
    public StringBinding problemsProperty() {
        return problems;
    }

    /** Where the counts and saved reports are. */
    public Path folder() {
        return store.folder();
    }

    /** The report of the counts as they are now, today first. */
    public FairReport report() {
        return FairReport.of(counts.get(), names, today(), setting.daysKept());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** A visit has begun (the attract screen was touched): its tally, to tell what the visitor does. */
    VisitTally visitStarted() {
        tally = new VisitTally();
        staffVisit = false;
        startedAt = clock.millis();
        lastActivity = startedAt;
        return tally;
    }

    /** A touch or key during the visit: the visit's length runs from its first touch to its last. */
    void activity() {
        if (tally != null) {
            lastActivity = clock.millis();
        }
    }

    /** The staff PIN was entered during this visit: it is staff, not a visitor, and is not counted. */
    void staffVisit() {
        staffVisit = true;
    }

    /**
     * The visit has ended: what it did is added to the day's totals (unless it was staff's), and
     * the tally dropped. Returns whether a visitor's visit was counted.
     */
    boolean visitEnded() {
        VisitTally ended = tally;
        tally = null;
        if (ended == null || staffVisit) {
            return false;
        }
        add(ended.measures(Duration.ofMillis(Math.max(0, lastActivity - startedAt))));
        return true;
    }

    /** Whether a visit is being counted now. */
    boolean visitInProgress() {
        return tally != null;
    }

    /** An answer to the one-tap question, counted on its own: nothing ties it to the visit before it. */
    void answered(Answer answer) {
        add(java.util.Set.of(Measure.answer(answer)));
    }

    private void add(java.util.Set<String> names) {
        LocalDate today = today();
        if (!loaded) {
            pending = pending.plus(today, names);
            return;
        }
        counts.set(counts.get().plus(today, names).keptFor(setting.daysKept(), today));
        save();
    }

    /** Writes every total kept, away from the JavaFX thread; jobs run in order, so the last written is the newest. */
    private void save() {
        if (!writable) {
            return;
        }
        VisitCounts snapshot = counts.get();
        background.submit(() -> {
            try {
                store.save(snapshot);
                return snapshot;
            } catch (IOException e) {
                String why = FileProblem.reason(e);
                // Once for each reason, not at every visit; on the background thread, which alone reads lastLogged.
                if (!why.equals(lastLogged)) {
                    lastLogged = why;
                    errorLog.note("The kiosk's visit counts cannot be saved in " + store.folder() + ": " + why);
                }
                throw e;
            }
        }, done -> saving.set(""), this::saveFailed);
    }

    private void saveFailed(Exception e) {
        String why = e instanceof IOException io ? FileProblem.reason(io) : e.getClass().getSimpleName();
        saving.set("The counts cannot be saved in " + store.folder() + " (" + why + "); they are kept in memory and"
                + " saved as soon as they can be. See docs/kiosk.md, \u201cVisit counts\u201d.");
    }

    /** Clears every day's counts, on screen and on disk (staff asked, and confirmed); then says what happened. */
    void clear(Consumer<String> said) {
        counts.set(VisitCounts.NONE);
        pending = VisitCounts.NONE;
        found.set("");
        if (!writable) {
            said.accept("The counts were cleared from the screen.");
            return;
        }
        background.submit(() -> {
            store.clear();
            return store.file();
        }, file -> said.accept("The counts were cleared."),
                e -> said.accept("The counts were cleared from the screen, but " + store.file() + " could not be removed ("
                        + (e instanceof IOException io ? FileProblem.reason(io) : e.getClass().getSimpleName()) + ")."));
    }

    /**
     * Saves the report in the counts' folder as CSV or PDF, away from the JavaFX thread; then
     * says where, or why it could not.
     *
     */
    void saveReport(FairReport report, Format format, Consumer<String> said) {
        if (report.countedDays().isEmpty()) {
            said.accept("Nothing has been counted yet, so there is nothing to save.");
            return;
        }
        LocalDate day = report.today();
        background.submit(() -> {
            byte[] bytes = format == Format.CSV ? FairReportCsv.bytes(report) : FairReportPdf.bytes(report, stand);
            return store.saveReport(bytes, day, format.extension);
        }, file -> said.accept("Saved as " + file.getFileName() + " in " + file.getParent() + "."),
                e -> said.accept("The report could not be saved in " + store.folder() + " ("
                        + (e instanceof IOException io ? FileProblem.reason(io) : e.getClass().getSimpleName()) + ")."));
    }

    /** Whether the saved counts have been read (what is counted before then waits in memory). */
    boolean loadedYet() {
        return loaded;
    }
}
