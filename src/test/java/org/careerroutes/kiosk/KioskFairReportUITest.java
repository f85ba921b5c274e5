package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careerroutes.kiosk.insights.CountsStore;
import org.careerroutes.kiosk.insights.VisitCounts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff read the counts after the PIN: numbers and bars, counts under 5 as "fewer than 5" with no
 * bar, on the screen and in the CSV and PDF they save; clearing asks first; a staff visit is not
 * counted. A visitor is asked the one-tap question only after ending their own visit, and can
 * answer it with the keyboard or skip it. Where counting is off, or its setting cannot be
 * understood, nothing is counted, asked, said or written.
 */
class KioskFairReportUITest extends KioskUITestBase {

    private LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    private CountsStore store() {
        return CountsStore.besideSettings(configDir);
    }

    /** Today: 23 visits, 4 of them printed, 0 compared; and 3 visits two days ago. */
    private void counted() throws IOException {
        Map<String, Long> day = new HashMap<>(Map.of("visits", 23L, "with-action", 18L, "tab.overview", 23L,
                "tab.route-map", 11L, "printed", 4L, "code-shown", 9L, "length.under-1", 6L, "length.1-3", 7L,
                "length.3-10", 5L, "length.over-10", 5L));
        day.put("answer.yes", 8L);
        store().save(VisitCounts.of(Map.of(today(), day, today().minusDays(2), Map.of("visits", 3L))));
    }

    private void pressAdminChord() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private boolean visible(String id) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).tryQuery().isPresent();
    }

    private String text(String id) {
        return here(id, Label.class).getText();
    }

    private void openFairReport() throws Exception {
        pressAdminChord();
        type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8, KeyCode.ENTER);
        waitUntil(5, () -> visible("pin-fair-report"));
        assertEquals(PinPrompt.STAFF, text("pin-message"));
        clickOn("#pin-fair-report");
        waitUntil(5, () -> visible("fair-report"));
    }

    @Test
    void staffSeeEachDayAsNumbersAndBarsWithCountsUnderFiveHeldBackAndSaveThemTheSameWay() throws Exception {
        configurePin("2468");
        counted();
        startKiosk();
        startVisit();
        openFairReport();
        assertTrue(text("fair-report-day").startsWith("Today, "), text("fair-report-day"));
        assertEquals("23", text("count-visits"));
        assertEquals("11", text("count-tab-route-map"));
        assertEquals("fewer than 5", text("count-printed"));
        assertEquals("fewer than 5", text("count-compare-changed"), "0 too");
        Region visitsBar = here("bar-visits", Region.class);
        Region routeMapBar = here("bar-tab-route-map", Region.class);
        assertEquals(FairReportView.BAR_WIDTH, visitsBar.getWidth(), 1.0, "the day's largest count fills the bar");
        assertEquals(FairReportView.BAR_WIDTH * 11 / 23, routeMapBar.getWidth(), 1.0, "snapped to whole pixels");
        Region printedBar = here("bar-printed", Region.class);
        assertEquals(0, printedBar.getWidth(), 0.01, "no bar for a count held back: its length would give it away");
        assertTrue(printedBar.getStyleClass().contains(KioskStyles.REPORT_BAR_HELD_BACK));
        assertTrue(here("fair-report-newer", Node.class).isDisabled(), "today is the newest");

        clickOn("#fair-report-older");
        assertEquals("fewer than 5", text("count-visits"), "two days ago: 3 visits");
        clickOn("#fair-report-newer");
        assertEquals("23", text("count-visits"));

        clickOn("#fair-report-csv");
        waitUntil(10, () -> text("fair-report-status").startsWith("Saved as fair-report-"));
        Path csv;
        try (Stream<Path> saved = Files.list(store().folder())) {
            csv = saved.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.contains(today() + ",Visits,Visits started,23"), lines.toString());
        assertTrue(lines.contains(today() + ",Plans taken away,Plan printed,fewer than 5"), lines.toString());
        assertTrue(lines.contains(today().minusDays(2) + ",Visits,Visits started,fewer than 5"), lines.toString());

        clickOn("#fair-report-pdf");
        waitUntil(20, () -> text("fair-report-status").contains(".pdf in "));
        Path pdf;
        try (Stream<Path> saved = Files.list(store().folder())) {
            pdf = saved.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pdfLines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertTrue(pdfLines.contains("Plan printed fewer than 5 fewer than 5"), pdfLines.toString());
            assertTrue(pdfLines.contains("Visits started 23 fewer than 5"), pdfLines.toString());
        }
    }

    @Test
    void clearingAsksFirstAndTheStaffVisitIsNotCounted() throws Exception {
        configurePin("2468");
        counted();
        startKiosk();
        startVisit();
        openFairReport();
        clickOn("#fair-report-clear");
        assertTrue(visible("fair-report-clear-question"));
        clickOn("#fair-report-clear-keep");
        assertFalse(visible("fair-report-clear-question"));
        assertEquals("23", text("count-visits"), "kept");
        assertTrue(Files.exists(store().file()));

        clickOn("#fair-report-clear");
        clickOn("#fair-report-clear-confirm");
        waitUntil(10, () -> text("fair-report-status").equals("The counts were cleared."));
        assertTrue(visible("fair-report-nothing"));
        assertFalse(Files.exists(store().file()));

        clickOn("#fair-report-close");
        assertFalse(visible("fair-report"));
        clickOn("#start-again");
        assertTrue(attractShown());
        assertFalse(visible("visit-question"), "staff are not asked");
        startVisit();
        clickOn("#start-again");
        waitUntil(10, () -> Files.exists(store().file()));
        assertEquals(1, store().read().count(today(), "visits"), "the visitor's visit only, not the staff's");
    }

    @Test
    void theQuestionIsAnsweredByKeyboardOrSkippedAndATouchElsewhereStartsTheNextVisit() throws Exception {
        startKiosk();
        startVisit();
        clickOn("#start-again");
        waitUntil(5, () -> visible("visit-question"));
        assertEquals("Did you find out something new?", text("visit-question-text"));
        type(KeyCode.TAB);
        assertTrue(here("answer-yes", Node.class).isFocused(), "Tab reaches the answers");
        type(KeyCode.RIGHT);
        type(KeyCode.SPACE);
        waitUntil(5, () -> visible("visit-question-thanks"));
        assertTrue(attractShown(), "answering starts no visit");
        waitUntil(10, () -> Files.exists(store().file()) && countOf("answer.a-bit") == 1);

        startVisit();
        clickOn("#start-again");
        waitUntil(5, () -> visible("answer-skip"));
        clickOn("#answer-skip");
        assertFalse(visible("visit-question"));
        assertTrue(attractShown());

        startVisit();
        clickOn("#start-again");
        waitUntil(5, () -> visible("answer-no"));
        clickOn("#attract-title");
        assertFalse(attractShown(), "a touch elsewhere starts the next visit; the question is never required");
        assertEquals(3, countOf("visits"));
        assertEquals(1, countOf("answer.a-bit"));
        assertEquals(0, countOf("answer.no") + countOf("answer.yes"));
    }

    private long countOf(String name) {
        try {
            return store().read().count(today(), name);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void insightsOffCountsNothingAsksNothingAndSaysNothing() throws Exception {
        Files.writeString(configDir.resolve(KioskConfig.FILE_NAME), "insights=off\n");
        configurePin("2468");
        QuitRecordingApp app = startKiosk();
        assertFalse(visible("attract-notice"), "no notice where nothing is counted");
        for (int i = 0; i < 3; i++) {
            startVisit();
            clickOn(tabHeader("tab-duties"));
            clickOn("#start-again");
            assertFalse(visible("visit-question"));
        }
        pressAdminChord();
        type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8, KeyCode.ENTER);
        waitUntil(5, () -> app.quit);   // no Fair report to offer: the right PIN leaves, as before
        assertEquals(List.of(configDir.resolve(KioskConfig.FILE_NAME)), files(configDir), "nothing written");
    }

    @Test
    void aSettingThatCannotBeUnderstoodCountsNothing() throws Exception {
        Files.writeString(configDir.resolve(KioskConfig.FILE_NAME), "insights=maybe\n");
        startKiosk();
        assertFalse(visible("attract-notice"));
        for (int i = 0; i < 3; i++) {
            startVisit();
            clickOn("#start-again");
            assertFalse(visible("visit-question"));
        }
        assertEquals(List.of(configDir.resolve(KioskConfig.FILE_NAME)), files(configDir), "nothing written");
        pressAdminChord();
        assertTrue(text("pin-problems").endsWith(":1: insights must be on or off (in small letters), not \"maybe\";"
                + " until it is put right, no visits are counted"), text("pin-problems"));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
