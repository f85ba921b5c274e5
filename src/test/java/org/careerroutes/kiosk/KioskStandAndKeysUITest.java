package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.careerroutes.jobs.TestPack;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attract screen says what the stand offers (one job, or many), and a visit's keyboard goes
 * straight to a tab with Ctrl+1..9 and Ctrl+0 as on the desktop, with focus in the page opened,
 * never under a prompt.
 */
class KioskStandAndKeysUITest extends KioskUITestBase {

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private String textOf(String id) {
        return here(id, Labeled.class).getText();
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A visit to the test pack's stand of 32 jobs, on its Jobs page, with the keyboard on Architect's card. */
    private void visitTheStandOfManyJobsOnArchitectsCard() throws TimeoutException {
        startKiosk("--content=" + TestPack.FOLDER);
        waitUntil(10, () -> "32 jobs to explore".equals(textOf("attract-title")));
        clickOn("#attract-title");
        waitUntil(5, () -> !attractShown());
        Node open = here("job-open-architect", Node.class);
        interact(open::requestFocus);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void aStandOfManyJobsSaysHowManyAndLetsTheirTitlesTakeTurns() throws Exception {
        startKiosk("--content=" + TestPack.FOLDER);
        assertTrue(attractShown());
        // The folder is read behind the attract screen; it then counts the jobs read.
        waitUntil(10, () -> "32 jobs to explore".equals(textOf("attract-title")));
        assertEquals(Stand.INVITATION, textOf("attract-summary"));
        assertEquals(Stand.JOB_CARD_LABEL, textOf("showcase-label"));
        Set<String> titles = Set.copyOf(TestPack.profiles().stream().map(p -> p.title()).toList());
        String first = textOf("showcase-headline");
        assertTrue(titles.contains(first), "a job's title on the card: " + first);
        waitUntil(20, () -> !first.equals(textOf("showcase-headline")));
        assertTrue(titles.contains(textOf("showcase-headline")), "another job's title: " + textOf("showcase-headline"));

        clickOn("#attract-title");
        waitUntil(5, () -> !attractShown());
        clickOn("#start-again");
        waitUntil(5, this::attractShown);
        assertEquals("32 jobs to explore", textOf("attract-title"), "the next visitor's attract screen too");
    }

    @Test
    void aStandOfOneJobStillShowsThatJob() throws TimeoutException {
        startKiosk();
        assertEquals("Clinical engineer", textOf("attract-title"));
        assertEquals("What you'll do", textOf("showcase-label"));
    }

    @Test
    void ctrlDigitsGoStraightToATabWithFocusInItsPage() throws TimeoutException {
        startKiosk();
        startVisit();
        ctrl(KeyCode.DIGIT5);
        assertEquals("Am I on track?", selectedTab());
        assertTrue(isInside(focusOwner(), here("page-on-track", Node.class)), "focus in the page: " + focusOwner());
        ctrl(KeyCode.DIGIT0);
        assertEquals("My plan", selectedTab());
        ctrl(KeyCode.DIGIT3);
        assertEquals("How to become one", selectedTab());
        ScrollPane routes = here("page-routes", ScrollPane.class);
        assertTrue(isInside(focusOwner(), routes), "focus in the page: " + focusOwner());
        type(KeyCode.END);
        assertEquals(1.0, routes.getVvalue(), 1e-9, "End scrolls the page opened, with no Tab first");
    }

    @Test
    void atAStandOfManyJobsFocusGoesIntoThePageNotTheJobBar() throws TimeoutException {
        visitTheStandOfManyJobsOnArchitectsCard();
        type(KeyCode.ENTER);
        waitUntil(5, () -> "Architect".equals(textOf("job-bar-title")));
        ctrl(KeyCode.DIGIT4);
        assertEquals("Route map", selectedTab());
        ctrl(KeyCode.DIGIT3);
        assertEquals("How to become one", selectedTab());
        assertTrue(isInside(focusOwner(), here("page-routes", Node.class)),
                "focus in the page, not on the job bar: " + focusOwner());
    }

    @Test
    void ctrlDigitsDoNothingUnderTheStaffPrompt() throws Exception {
        configurePin("2468");
        startKiosk();
        startVisit();
        ctrl(KeyCode.DIGIT2);
        assertEquals("What you'll do", selectedTab());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(5, () -> shown("pin-prompt"));
        for (KeyCode key : List.of(KeyCode.DIGIT5, KeyCode.J, KeyCode.TAB, KeyCode.PAGE_DOWN)) {
            ctrl(key);
        }
        assertEquals("What you'll do", selectedTab(), "the visit beneath the prompt stays as it was");
        assertTrue(shown("pin-prompt"));
    }

    @Test
    void ctrlFOnTheJobsPageGoesToItsSearch() throws TimeoutException {
        visitTheStandOfManyJobsOnArchitectsCard();
        ctrl(KeyCode.F);
        assertEquals(here("jobs-search", Node.class), focusOwner(), "Ctrl+F on the Jobs page, at a kiosk too");
    }
}
