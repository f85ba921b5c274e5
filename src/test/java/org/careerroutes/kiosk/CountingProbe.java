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
 * A kiosk's counting in a process of its own, for {@link CountsKillTest} to kill: it counts the
 * visits it is told to, saying "counted N" after each is on disk, then either begins one more
 * visit and waits in it ("in a visit"), or goes on counting visits as fast as it can ("forever").
 */
public final class CountingProbe {

    private CountingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path settings = Path.of(args[0]);
        int visits = Integer.parseInt(args[1]);
        boolean forever = args.length > 2 && args[2].equals("forever");
        VisitCounting counting = new VisitCounting(CountsStore.besideSettings(settings), InsightsSetting.DEFAULT,
                Background.sameThread(), Clock.systemUTC(), ZoneId.systemDefault(), new ErrorLog(settings.resolve("logs"),
                Clock.systemUTC()), new FairReport.Names(List.of(), List.of()), "probe");
        counting.start();
        for (int i = 1; forever || i <= visits; i++) {
            VisitTally tally = counting.visitStarted();
            tally.startedOn("overview");
            tally.openedTab("route-map");
            counting.visitEnded();
            System.out.println("counted " + i);
            System.out.flush();
        }
        VisitTally inProgress = counting.visitStarted();
        inProgress.startedOn("overview");
        inProgress.printed();
        inProgress.usedOnTrack();
        System.out.println("in a visit");
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await();   // in the visit until the test kills the process
    }
}
