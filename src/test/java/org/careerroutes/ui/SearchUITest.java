package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.careerroutes.routemap.StepView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchUITest extends AppUITestBase {

    private TabPane tabs;

    @BeforeEach
    void start() throws TimeoutException {
        launchAt1024x768();
        tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    }

    private String selectedTab() {
        return tabs.getSelectionModel().getSelectedItem().getText();
    }

    @Test
    void ctrlFFindsTextAndEnterJumpsToItAndMarksIt() {
        assertTrue(lookup("#search-field").query().isFocused(), "Ctrl+F puts the cursor in the search field");
        write("keyhole");
        assertEquals("1 result", lookup("#search-count").queryAs(Label.class).getText());
        ListView<?> results = lookup("#search-results").queryAs(ListView.class);
        assertTrue(allText(results).contains("What you'll do"), "the result names its section: " + allText(results));

        type(KeyCode.ENTER);

        assertEquals("What you'll do", selectedTab());
        Node hit = markedHit();
        assertTrue(((Label) hit).getText().contains("keyhole surgery"));
    }

    @Test
    void aHitFarDownARouteCardIsScrolledIntoView() {
        write("voluntary work");
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        assertEquals("How to become one", selectedTab());
        Node hit = markedHit();
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        assertTrue(page.getVvalue() > 0, "scrolled down to the hit");
        javafx.geometry.Bounds view = page.localToScene(page.getBoundsInLocal());
        javafx.geometry.Bounds text = hit.localToScene(hit.getBoundsInLocal());
        assertTrue(text.getMinY() >= view.getMinY() && text.getMinY() < view.getMaxY(), "the hit is in view");
    }

    @Test
    void aHitOnTheRouteMapOpensThatStep() {
        write("register with the hcpc");
        ListView<?> results = lookup("#search-results").queryAs(ListView.class);
        int mapIndex = -1;
        for (int i = 0; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).toString().contains("mapStep=Optional[hcpc]")) {
                mapIndex = i;
                break;
            }
        }
        assertTrue(mapIndex >= 0, "a result on the map: " + results.getItems());
        int index = mapIndex;
        interact(() -> results.getSelectionModel().select(index));
        interact(results::requestFocus);
        type(KeyCode.ENTER);
        assertEquals("Route map", selectedTab());
        assertTrue(allText(lookup("#step-detail").query()).contains("Register with the HCPC"));
        assertTrue(lookup("#step-hcpc").queryAs(StepView.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }

    @Test
    void downGoesIntoTheResultsAndUpComesBackToTheWords() {
        write("HCPC");
        type(KeyCode.DOWN);
        assertTrue(lookup("#search-results").query().isFocused());
        type(KeyCode.UP);
        assertTrue(lookup("#search-field").query().isFocused());
    }

    @Test
    void noResultsIsSaidPlainlyAndEscapeClosesSearch() {
        write("astronaut");
        assertEquals("No results for \u201castronaut\u201d", lookup("#search-count").queryAs(Label.class).getText());
        type(KeyCode.ENTER);
        assertEquals("Overview", selectedTab(), "nothing to go to");
        type(KeyCode.ESCAPE);
        assertFalse(lookup("#search-panel").tryQuery().isPresent());
    }

    @Test
    void ctrlFAgainWhileSearchIsOpenPutsTheCursorBackInTheWordsAndEscapeUnmarks() {
        write("keyhole");
        type(KeyCode.ENTER);
        assertTrue(markedHit() != null, "the hit is marked");
        interact(() -> tabs.requestFocus());
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(lookup("#search-field").query().isFocused(), "the cursor is back in the search field");
        type(KeyCode.ESCAPE);
        assertFalse(lookup("#search-panel").tryQuery().isPresent(), "Escape closes search");
        assertFalse(lookup(".label").match(n -> n.getPseudoClassStates().contains(WindowStyles.SEARCH_HIT))
                .tryQuery().isPresent(), "and the hit is no longer marked");
    }

    /** The text a search went to, marked with the :search-hit state. */
    private Node markedHit() {
        return lookup(".label").match(n -> n.getPseudoClassStates().contains(WindowStyles.SEARCH_HIT)).query();
    }

    @Test
    void searchOpensBesideThePagesWithoutPushingAnyOfTenTabsIntoTheOverflowMenu() {
        assertEquals(10, tabs.getTabs().size());
        interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        LayoutOfTabsAndColumnUITest.assertAllTabsShow(this, tabs, "ten tabs with search open");
        javafx.geometry.Bounds panel = sceneBounds(lookup("#search-panel").query());
        javafx.geometry.Bounds bar = sceneBounds(tabs.lookup(".tab-header-area"));
        assertTrue(panel.getMinY() >= bar.getMaxY() - 0.5, "the panel is below the tab bar");
        Node column = lookup("#page-overview .page").query();
        assertTrue(sceneBounds(column).getMaxX() <= panel.getMinX() + 0.5, "the page makes room for the panel: column ends at "
                + sceneBounds(column).getMaxX() + ", panel starts at " + panel.getMinX());
        type(KeyCode.ESCAPE);
        interact(() -> stage.getScene().getRoot().layout());
        assertTrue(sceneBounds(column).getMaxX() > panel.getMinX(), "and takes the room back when search closes");
    }

    @Test
    void anEmptySearchSaysWhatToDo() {
        assertEquals(WindowSearch.HINT, lookup("#search-count").queryAs(Label.class).getText());
        assertTrue(lookup("#search-count").query().isVisible());
        write("keyhole");
        assertEquals("1 result", lookup("#search-count").queryAs(Label.class).getText());
        for (int i = 0; i < 7; i++) {
            type(KeyCode.BACK_SPACE);
        }
        assertEquals(WindowSearch.HINT, lookup("#search-count").queryAs(Label.class).getText(), "back to the hint");
    }

    @Test
    void theWordsSearchedForAreMarkedInEachResultInBoldAndUnderlined() {
        write("keyhole surgery");
        ListView<?> results = lookup("#search-results").queryAs(ListView.class);
        List<javafx.scene.text.Text> marked = lookup(".search-match").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> t.isVisible() && isInside(t, results)).toList();
        assertEquals(List.of("keyhole", "surgery"), marked.stream().map(t -> t.getText().toLowerCase()).toList());
        for (javafx.scene.text.Text word : marked) {
            assertTrue(word.isUnderline(), "underlined, not marked by colour alone");
            assertTrue(word.getFont().getStyle().toLowerCase().contains("bold"), "and bold: " + word.getFont());
        }
        List<javafx.scene.text.Text> plain = lookup(".search-snippet-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> isInside(t, results)).toList();
        assertFalse(plain.isEmpty());
        plain.forEach(t -> assertFalse(t.isUnderline(), "the other words are plain: " + t.getText()));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static javafx.geometry.Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
