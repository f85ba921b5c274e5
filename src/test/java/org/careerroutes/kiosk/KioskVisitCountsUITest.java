package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.app.Environment;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.kiosk.insights.Answer;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.TakeHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fifty visits through the real kiosk, scripted as visitors would make them, give exactly the
 * counts expected; the files on disk hold those totals and nothing else, and a watch on the folder
 * throughout sees no other file written. Visit lengths come from a clock the test moves.
 */
class KioskVisitCountsUITest extends KioskUITestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final List<String> PATHWAYS = List.of("degree-stp", "apprenticeship", "ptp", "private-sector");
    /** Mid-morning where the test runs, so that four hours of visits stay in one day. */
    private final MutableClock clock = new MutableClock(DAY.atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant());
    private final List<String> watched = Collections.synchronizedList(new ArrayList<>());
    private WatchService watcher;
    private Thread watching;

    /** The plan's handout, with a printer that prints at once and a code shown nowhere (the real one is KioskPlanUITest's). */
    private static final class StandPrinter implements TakeHome {
        int codes;
        int prints;

        @Override
        public void savePdf(MyPlan plan, Progress progress) {
        }

        @Override
        public void print(MyPlan plan, Progress progress) {
            print(plan, progress, () -> { });
        }

        @Override
        public void print(MyPlan plan, Progress progress, Runnable sent) {
            prints++;
            sent.run();
        }

        @Override
        public void showCode(MyPlan plan) {
            codes++;
        }

        @Override
        public boolean canPrint() {
            return true;
        }
    }

    private final StandPrinter printer = new StandPrinter();

    @Override
    protected Environment environment() {
        return super.environment().withClock(clock);
    }

    private void startCountingKiosk(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--kiosk"));
        args.addAll(List.of(extra));
        launch(new CareerRoutesApp(environment(), args, Optional.of(printer)) {
            @Override
            protected void quit() {
            }

            @Override
            protected void endWith(int status) {
            }
        });
    }

    /** Every name created or changed in the folders, from now until the test ends. */
    private void watch(Path... folders) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
        watching = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() != null) {
                            watched.add(key.watchable() + "/" + event.context());
                        }
                    }
                    key.reset();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // The test is over.
            }
        }, "folder-watch");
        watching.setDaemon(true);
        watching.start();
    }

    @AfterEach
    void stopWatching() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private void openTab(String tabId) {
        clickOn(tabHeader(tabId));
    }

    private void clickHere(String id) {
        Node node = here(id, Node.class);
        interact(node::requestFocus);   // scrolled into view as it takes focus
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(node);
    }

    @Test
    void fiftyVisitsGiveExactlyTheCountsExpectedAndNothingElseIsWritten() throws Exception {
        Path insights = Files.createDirectories(configDir.resolve(CountsStore.FOLDER_NAME));
        watch(configDir, insights, logDir);
        countdownSeconds(1);
        startCountingKiosk("--idle-timeout=4");
        assertEquals(AttractScreen.COUNTING_NOTICE, here("attract-notice", Label.class).getText());

        Map<String, Long> expected = new TreeMap<>();
        List<Duration> lengths = List.of(Duration.ofSeconds(20), Duration.ofMinutes(2), Duration.ofMinutes(5),
                Duration.ofMinutes(11));
        List<String> bands = List.of("length.under-1", "length.1-3", "length.3-10", "length.over-10");
        for (int v = 0; v < 50; v++) {
            Set<String> did = new TreeSet<>(Set.of("visits", "tab.overview", bands.get(v % 4)));
            clickOn("#attract-title");   // away from the question, if it is still asked
            waitUntil(5, () -> !attractShown());
            if (v % 2 == 0) {
                String pathway = PATHWAYS.get((v / 2) % 4);
                openTab("tab-route-map");
                int index = PATHWAYS.indexOf(pathway) + 1;
                interact(() -> here("pathway-chooser", ComboBox.class).getSelectionModel().select(index));
                did.addAll(Set.of("tab.route-map", "map-pathway." + pathway));
                if (v % 6 == 0) {
                    clickHere("make-my-pathway");
                    did.add("my-pathway." + pathway);
                }
            }
            if (v % 5 == 0) {
                openTab("tab-compare");
                clickHere("compare-choose-private-sector");
                did.addAll(Set.of("tab.compare", "compare-changed"));
            }
            if (v % 7 == 0) {
                openTab("tab-on-track");
                enterQualification(QualificationType.GCSE, "Physics", "6", false);
                did.addAll(Set.of("tab.on-track", "on-track"));
            }
            if (v % 8 == 0 || v % 13 == 0) {
                openTab("tab-my-plan");
                did.add("tab.my-plan");
                if (v % 8 == 0) {
                    clickHere("my-plan-take-away");
                    did.add("code-shown");
                }
                if (v % 13 == 0) {
                    clickHere("my-plan-print");
                    did.add("printed");
                }
            }
            if (did.size() > 3) {
                did.add("with-action");
            }
            clock.advance(lengths.get(v % 4));
            boolean timesOut = v % 12 == 11;
            if (timesOut) {
                openTab("tab-duties");   // the last touch, at the visit's length; then nobody comes back
                did.addAll(Set.of("tab.duties", "with-action"));
                waitUntil(10, () -> shown("still-there"));
                waitUntil(10, this::attractShown);
                assertFalse(isTreeVisible(here("attract-screen", Node.class).lookup("#visit-question")),
                        "nobody has been there for minutes: no question");
            } else {
                clickOn("#start-again");
                waitUntil(5, () -> isTreeVisible(lookup("#answer-yes").query()));
                switch (v % 5) {
                    case 0, 1, 2 -> {
                        Answer answer = Answer.values()[v % 5];
                        clickOn("#answer-" + answer.key());
                        expected.merge("answer." + answer.key(), 1L, Long::sum);
                        waitUntil(5, () -> isTreeVisible(lookup("#visit-question-thanks").query()));
                    }
                    case 3 -> clickOn("#answer-skip");
                    default -> { }   // left unanswered: the next visitor's touch starts a visit
                }
            }
            did.forEach(name -> expected.merge(name, 1L, Long::sum));
        }
        assertEquals(50, expected.get("visits"));
        assertEquals(4, expected.get("printed"), "one count under 5, to be held back in the report");

        CountsStore store = CountsStore.besideSettings(configDir);
        waitUntil(10, () -> {
            try {
                return store.read().equals(VisitCounts.of(Map.of(today(), expected)));
            } catch (Exception e) {
                return false;
            }
        });
        // Read back: one line of totals for the day, with nothing a visitor entered.
        List<String> lines = Files.readAllLines(store.file());
        assertEquals(3, lines.size(), lines.toString());
        assertFalse(String.join("\n", lines).contains("Physics") || String.join("\n", lines).contains("grade"), lines.toString());
        assertEquals(4, printer.prints);

        // The folder watched throughout: the counts file, and the temporary file each write replaces it from.
        for (String name : List.copyOf(watched)) {
            Path file = Path.of(name);
            assertEquals(insights, file.getParent(), "written outside the counts' folder: " + name);
            assertTrue(file.getFileName().toString().matches("visit-counts\\.txt(\\d+\\.new)?"), "another file: " + name);
        }
        assertTrue(watched.contains(store.file().toString()), "the watch saw the counts written: " + watched);
        assertEquals(List.of(store.file()), files(configDir));
        assertEquals(List.of(), files(logDir));
        assertEquals(List.of(), files(settingsDir));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
