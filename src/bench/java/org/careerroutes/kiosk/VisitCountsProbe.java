package org.careerroutes.kiosk;

import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.InsightsSetting;
import org.careerroutes.kiosk.insights.VisitTally;
import org.careerroutes.kit.Background;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * For the visit counts benchmark: the kiosk's own counting, reached from the benchmark's package,
 * so that what is timed is the very call the kiosk makes as a visit ends.
 */
public final class VisitCountsProbe {

    private final VisitCounting counting;

    /** Counting into the counts kept in this folder, with its disk work given to {@code background}. */
    public VisitCountsProbe(Path settings, Background background) {
        counting = new VisitCounting(CountsStore.besideSettings(settings), InsightsSetting.DEFAULT, background,
                Clock.systemUTC(), ZoneId.systemDefault(), new ErrorLog(settings.resolve("logs"), Clock.systemUTC()),
                new FairReport.Names(List.of(), List.of()), "benchmark");
        counting.start();
    }

    /** Begins a visit that opens the route map, chooses a pathway and shows its code. */
    public void visit() {
        VisitTally tally = counting.visitStarted();
        tally.startedOn("overview");
        tally.openedTab("route-map");
        tally.choseOnMap("degree-stp");
        tally.showedCode();
        counting.activity();
    }

    /** Ends it, as the kiosk does as it rebuilds its screen: what the benchmark times. */
    public void end() {
        counting.visitEnded();
    }

    public long visitsToday() {
        return counting.countsProperty().get().count(counting.today(), "visits");
    }
}
