package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.kiosk.insights.CountsStore;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stand of several jobs: each visit starts on the Jobs page and everything the visitor did there
 * (the search, the filters, the shortlist, the job opened) goes with the visit; the Jobs page is
 * counted as a tab is, and nothing typed is.
 */
class KioskJobsUITest extends KioskUITestBase {

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private void pressHere(String id) {
        Node node = here(id, Node.class);
        interact(node::requestFocus);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachVisitStartsOnTheJobsPageAndTakesEverythingItDidWithIt() throws Exception {
        startKiosk("--content=" + TestPack.FOLDER);
        assertTrue(attractShown());
        clickOn("#attract-title");
        waitUntil(5, () -> !attractShown());
        assertTrue(isTreeVisible(here("page-jobs", Node.class)), "the visit starts on the Jobs page");
        assertEquals("32 jobs", here("jobs-count", Labeled.class).getText());
        assertTrue(lookup("#menu-bar").tryQuery().isEmpty(), "no menu bar at a kiosk");

        clickOn(here("jobs-search", TextField.class)).write("chef");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 32 jobs", here("jobs-count", Labeled.class).getText());
        pressHere("job-star-chef");
        assertTrue(here("job-star-chef", ToggleButton.class).isSelected());
        Node chef = here("job-open-chef", Node.class);
        interact(chef::requestFocus);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chef", here("job-bar-title", Labeled.class).getText());
        assertEquals("\u2605 On my shortlist", here("job-bar-star", ToggleButton.class).getText());
        press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(isTreeVisible(here("page-jobs", Node.class)), "Ctrl+J at a kiosk too");
        pressHere("jobs-clear-search");
        assertEquals("32 jobs", here("jobs-count", Labeled.class).getText());

        clickOn("#start-again");
        waitUntil(5, this::attractShown);
        clickOn("#attract-title");
        waitUntil(5, () -> !attractShown());
        assertTrue(isTreeVisible(here("page-jobs", Node.class)), "the next visit starts on the Jobs page too");
        assertEquals("", here("jobs-search", TextField.class).getText());
        assertEquals("32 jobs", here("jobs-count", Labeled.class).getText());
        assertFalse(here("job-star-chef", ToggleButton.class).isSelected(), "the last visitor's shortlist has gone");
        assertEquals("On my shortlist (0)", here("jobs-filter-shortlist", Labeled.class).getText());
        clickOn("#start-again");
        waitUntil(5, this::attractShown);

        CountsStore store = CountsStore.besideSettings(configDir);
        waitUntil(10, () -> {
            try {
                return store.read().day(LocalDate.now()).map(d -> d.getOrDefault("visits", 0L) == 2).orElse(false);
            } catch (Exception e) {
                return false;
            }
        });
        Map<String, Long> today = store.read().day(LocalDate.now()).orElseThrow();
        assertEquals(2L, today.get("tab.jobs"), "the Jobs page is counted as a tab: every visit opened on it");
        assertEquals(1L, today.get("tab.overview"), "the first visitor opened a job");
        assertEquals(1L, today.get("with-action"), "the second did nothing beyond the first page");
        assertFalse(String.join(" ", Files.readAllLines(store.file())).contains("chef"), "nothing typed is counted");
        assertFalse(Files.exists(settingsDir.resolve("job-index")), "a kiosk keeps no index of the jobs");
    }
}
