package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.careerroutes.kit.Styles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainWindowUITest extends AppUITestBase {

    private TabPane tabs;

    @BeforeEach
    void start() throws TimeoutException {
        launch();
        tabs = lookup("#profile-tabs").queryAs(TabPane.class);
    }

    private String selectedTab() {
        return tabs.getSelectionModel().getSelectedItem().getText();
    }

    private Node tabHeader(String tabId) {
        return lookup(".tab").match(t -> tabId.equals(t.getId())).query();
    }

    @Test
    void opensOnTheOverviewWithTheJobTitleAndSummary() {
        assertEquals("Clinical engineer \u2013 Career Routes", stage.getTitle());
        assertEquals("Overview", selectedTab());
        assertEquals(java.util.List.of("Overview", "What you'll do", "How to become one", "Route map",
                "Am I on track?", "Skills and subjects", "Workplaces", "Career path", "Compare routes", "My plan"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        String overview = allText(lookup("#page-overview").query());
        assertTrue(overview.contains("Clinical engineer"));
        assertTrue(overview.contains("Clinical engineers design, develop and maintain equipment"));
        assertTrue(overview.contains("7 day-to-day duties"));
        assertTrue(overview.contains("8 skills, 2 subjects"));
        assertFalse(overview.contains("Salary"), "the built-in profile has no salary, so none is shown");
        assertFalse(overview.contains("null"));
    }

    @Test
    void clickingATabShowsItsPage() {
        clickOn(tabHeader("tab-routes"));
        assertEquals("How to become one", selectedTab());
        String routes = allText(lookup("#page-routes").query());
        assertTrue(routes.contains("University"));
        assertTrue(routes.contains("Other routes"));
        assertTrue(routes.contains("NHS Practitioner Training Programme"));
        assertTrue(routes.contains("Private sector to chartered engineer"));

        clickOn(tabHeader("tab-skills"));
        assertEquals("Skills and subjects", selectedTab());
        assertEquals(8, lookup("#skills .my-skill").queryAll().size(), "each skill a card, to rate");
        assertEquals(2, lookup("#subjects .chip").queryAll().size());
    }

    @Test
    void theRegistrationRequirementStandsOutOnTheRoutesPage() {
        clickOn(tabHeader("tab-routes"));
        Node callout = lookup("#registration").query();
        assertTrue(callout.getStyleClass().contains(Styles.CALLOUT));
        String text = allText(callout);
        assertTrue(text.contains("You'll need to register with the"));
        assertTrue(text.contains("Whichever route you take"));
    }

    @Test
    void eachRouteHasItsEntryRequirementsAndSourcedFacts() {
        clickOn(tabHeader("tab-routes"));
        for (String route : java.util.List.of("university", "apprenticeship", "practitioner-training", "private-sector")) {
            Node card = lookup("#route-" + route).query();
            assertTrue(allText(card).contains("Entry requirements"), route);
            assertTrue(allText(card).contains("Source: "), "a fact with its source on " + route);
        }
    }

    @Test
    void ctrlTabAndCtrlShiftTabMoveBetweenTabsAndWrapAround() {
        press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertEquals("What you'll do", selectedTab());
        press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertEquals("How to become one", selectedTab());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("What you'll do", selectedTab());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("My plan", selectedTab(), "wraps from the first tab to the last");
    }

    @Test
    void ctrlNumberJumpsToThatTab() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals("How to become one", selectedTab());
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertEquals("Route map", selectedTab());
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals("Am I on track?", selectedTab());
        press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        assertEquals("Career path", selectedTab());
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertEquals("Overview", selectedTab());
    }

    @Test
    void theOverviewCardsLeadIntoEachSectionByMouseAndByKeyboard() {
        clickOn("#open-duties");
        assertEquals("What you'll do", selectedTab());
        assertTrue(allText(lookup("#page-duties").query()).contains("Your day-to-day duties may include:"));

        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Node careerCard = lookup("#open-career-path").query();
        interact(careerCard::requestFocus);
        assertTrue(careerCard.isFocused());
        type(KeyCode.ENTER);
        assertEquals("Career path", selectedTab());
    }

    @Test
    void tabKeyReachesTheOverviewCardsAndShowsFocus() {
        interact(() -> tabs.requestFocus());
        type(KeyCode.TAB);
        Node focused = stage.getScene().getFocusOwner();
        if (lookup("#page-overview").query().isFocusTraversable()) {
            assertEquals("page-overview", focused.getId(), "a page taller than the window is a Tab stop first");
            type(KeyCode.TAB);
            focused = stage.getScene().getFocusOwner();
        }
        assertEquals("open-duties", focused.getId());
        type(KeyCode.SPACE);
        assertEquals("What you'll do", selectedTab());
    }

    @Test
    void theRouteJumpButtonsScrollToTheirCard() {
        clickOn(tabHeader("tab-routes"));
        javafx.scene.control.ScrollPane page = lookup("#page-routes").queryAs(javafx.scene.control.ScrollPane.class);
        assertEquals(0.0, page.getVvalue());
        // On a busy machine the page may take a pulse or two more to be laid out after the click.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> lookup("#jump-private-sector")
                    .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the jump buttons are shown", e);
        }
        clickOn("#jump-private-sector");
        assertTrue(page.getVvalue() > 0.5, "scrolled down to the last route: " + page.getVvalue());
    }

    @Test
    void theAboutDialogNamesTheSourceAndLicence() {
        clickOn("Help");
        clickOn("#menu-about");
        Window about = windowWith("about-dialog").orElseThrow(() -> new AssertionError("About dialog shown"));
        String text = allText(about.getScene().getRoot());
        assertTrue(text.contains("Open Government Licence v3.0"));
        assertTrue(text.contains("Contains public sector information licensed under the Open Government Licence v3.0"));
        assertTrue(text.contains("Career Routes"));
        clickOn("Close");
        assertTrue(windowWith("about-dialog").isEmpty(), "About closes");
    }

    @Test
    void theFooterLinkOpensTheAboutDialogToo() {
        clickOn("#footer-about");
        assertTrue(windowWith("about-dialog").isPresent());
        type(KeyCode.ESCAPE);
        assertTrue(windowWith("about-dialog").isEmpty(), "Escape closes it");
    }

    @Test
    void f1ListsTheKeyboardShortcuts() {
        type(KeyCode.F1);
        Window shortcuts = windowWith("shortcuts-dialog").orElseThrow(() -> new AssertionError("shortcuts shown"));
        assertTrue(allText(shortcuts.getScene().getRoot()).contains("Ctrl+Tab"));
    }
}
