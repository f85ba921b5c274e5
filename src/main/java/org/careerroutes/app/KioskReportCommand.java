package org.careerroutes.app;

import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.insights.CountsFile;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.FairReportCsv;
import org.careerroutes.kiosk.insights.FairReportPdf;
import org.careerroutes.kiosk.insights.InsightsSetting;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.careerroutes.model.Profile;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --kiosk-report=FILE.csv|FILE.pdf [--content=PATH]}: the kiosk's Fair report without a
 * window, for the IT technician: the counts kept beside this machine's kiosk settings, as CSV or
 * PDF (chosen by the file's ending), with the same "fewer than 5" as the staff screen. It changes
 * nothing beside the settings: a damaged counts file is named, not moved. {@code --content} names
 * the profile the stand showed, for its pathways' names (the built-in one by default).
 */
public final class KioskReportCommand {

    public static final int WRITTEN = 0;
    /** Nothing to report (no counts, or none in the days kept, or a counts file that cannot be read) or the file cannot be written. */
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private static final String NAME = "career-routes: --kiosk-report: ";

    private KioskReportCommand() {
    }

    /** Writes the report and returns the exit status; every problem is said on {@code err}. */
    public static int run(Path target, Optional<Path> content, Path kioskConfigFolder, int leastPinIterations,
                          LocalDate today, PrintStream out, PrintStream err) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".csv")) {
            err.println(NAME + target + ": the file's name must end in .csv or .pdf, which says which to write");
            return BAD_USAGE;
        }
        if (Files.isDirectory(target)) {
            err.println(NAME + target + " is a folder: give the name of the file to write, e.g. "
                    + target.resolve("fair-report." + (pdf ? "pdf" : "csv")));
            return BAD_USAGE;
        }
        if (content.isPresent() && !Files.exists(content.get())) {
            err.println("career-routes: --content: " + content.get() + ": no such file or folder");
            return BAD_USAGE;
        }
        KioskConfig settings = KioskConfig.load(kioskConfigFolder, leastPinIterations);
        settings.problems().forEach(problem -> err.println("career-routes: " + problem));
        // Settings that cannot be understood count nothing; what was counted before is still reported, for a year.
        int daysKept = settings.problems().isEmpty() ? settings.insights().daysKept() : InsightsSetting.DEFAULT_DAYS;
        if (!settings.insights().on()) {
            err.println(NAME + "note: this machine's kiosk counts no visits now (" + (settings.problems().isEmpty()
                    ? "insights=off" : "its kiosk settings have problems") + "); reporting what was counted before");
        }

        CountsStore store = CountsStore.besideSettings(kioskConfigFolder);
        VisitCounts counts;
        try {
            counts = store.read().keptFor(daysKept, today);
        } catch (CountsFile.Damaged damaged) {
            err.println(NAME + damaged.describe(store.file()) + " (the kiosk keeps it aside and starts counting again"
                    + " when it next starts)");
            return FAILED;
        } catch (IOException e) {
            err.println(NAME + store.file() + " " + e.getMessage());
            return FAILED;
        }
        if (counts.isEmpty()) {
            err.println(NAME + "nothing to report: no visits have been counted in the " + daysKept + " days kept ("
                    + store.file() + (Files.exists(store.file()) ? ")" : " is not there)"));
            return FAILED;
        }

        StartupContent stand = StartupContent.load(content);
        Profile profile = stand.profiles().get(0);
        // A stand of several jobs opens each visit on the Jobs page, which is named in the report as a tab.
        FairReport report = FairReport.of(counts, KioskVisit.names(profile, stand.profiles().size() > 1), today, daysKept);
        byte[] bytes = pdf ? FairReportPdf.bytes(report, profile.title()) : FairReportCsv.bytes(report);
        try {
            AtomicFile.write(target, bytes, Optional.empty());
        } catch (IOException e) {
            err.println(NAME + FileProblem.describe(target, FileProblem.whyNotWritten(e)));
            return FAILED;
        }
        List<FairReport.Day> days = report.countedDays();
        out.println("Wrote " + target + ": " + days.size() + (days.size() == 1 ? " day" : " days") + " of visit counts, "
                + days.get(days.size() - 1).date() + (days.size() == 1 ? "" : " to " + days.get(0).date()));
        return WRITTEN;
    }
}
