package org.careerroutes.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At 1024x768, the usual careers-room screen: one reading column on every text tab, the tab
 * labels on one line, and room in the tab bar for ten tabs.
 */
class LayoutOfTabsAndColumnUITest extends AppUITestBase {

    private TabPane tabs;

    private void start() throws TimeoutException {
        launchAt1024x768();
        tabs = lookup("#profile-tabs").queryAs(TabPane.class);
    }

    @Test
    void everyTextTabHasTheSameLeftEdgeAndReadingWidth() throws TimeoutException {
        start();
        Map<String, String> columns = new TreeMap<>();
        for (ProfileSection section : ProfileSection.values()) {
            if (section == ProfileSection.ROUTE_MAP) {
                continue;   // a map, not a column of text
            }
            interact(() -> tabs.getSelectionModel().select(section.ordinal()));
            interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            Node column = lookup("#" + section.pageId() + " .page").query();
            Bounds b = column.localToScene(column.getLayoutBounds());
            columns.put(section.title(), "left " + Math.round(b.getMinX()) + " px, width " + Math.round(b.getWidth()) + " px");
        }
        String first = columns.values().iterator().next();
        columns.forEach((tab, column) -> assertEquals(first, column, tab + " against the others: " + columns));
        assertTrue(first.contains("width 880 px"), "the reading width is the column's: " + first);
    }

    @Test
    void theOverviewsOddLastCardSpansBothColumns() throws TimeoutException {
        start();
        javafx.scene.layout.GridPane grid = lookup("#overview-sections").queryAs(javafx.scene.layout.GridPane.class);
        List<Node> cards = grid.getChildren();
        assertEquals(1, cards.size() % 2, "an odd number of cards: " + cards.size());
        Bounds last = cards.get(cards.size() - 1).localToScene(cards.get(cards.size() - 1).getLayoutBounds());
        Bounds left = cards.get(0).localToScene(cards.get(0).getLayoutBounds());
        Bounds right = cards.get(1).localToScene(cards.get(1).getLayoutBounds());
        assertEquals(left.getMinX(), last.getMinX(), 0.5, "the last card starts with the left column");
        assertEquals(right.getMaxX(), last.getMaxX(), 0.5, "and ends with the right one");
    }

    @Test
    void theSelectedTabsLabelIsOnTheSameLineAsTheOthers() throws TimeoutException {
        start();
        for (int selected : new int[] {0, 3}) {
            interact(() -> tabs.getSelectionModel().select(selected));
            interact(() -> stage.getScene().getRoot().layout());
            List<Double> baselines = new ArrayList<>();
            for (Node label : lookup(".tab-label").queryAll()) {
                Text text = (Text) ((Label) label).getChildrenUnmodifiable().stream()
                        .filter(Text.class::isInstance).findFirst().orElseThrow();
                baselines.add((double) Math.round(text.localToScene(0, text.getBaselineOffset()).getY()));
            }
            assertEquals(ProfileSection.values().length, baselines.size());
            assertEquals(1, baselines.stream().distinct().count(), "tab " + selected + " selected: " + baselines);
        }
    }

    @Test
    void tenTabsFitAcrossA1024PixelWindowWithoutTheOverflowMenu() throws TimeoutException {
        start();
        assertEquals(10, tabs.getTabs().size());
        assertAllTabsShow("ten tabs at 1024x768");
    }

    /** Every tab's header lies inside the bar, and the bar shows no overflow menu. */
    void assertAllTabsShow(String when) {
        interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertAllTabsShow(this, tabs, when);
    }

    static void assertAllTabsShow(AppUITestBase test, TabPane tabs, String when) {
        Node area = tabs.lookup(".tab-header-area");
        Bounds bar = area.localToScene(area.getLayoutBounds());
        List<String> outside = new ArrayList<>();
        for (Node header : tabs.lookupAll(".tab")) {
            if (!header.getStyleClass().contains("tab") || !(header.getParent() != null
                    && header.getParent().getStyleClass().contains("headers-region"))) {
                continue;
            }
            Bounds b = header.localToScene(header.getLayoutBounds());
            if (b.getMaxX() > bar.getMaxX() + 0.5 || !header.isVisible()) {
                outside.add(((Label) header.lookup(".tab-label")).getText() + " ends at " + Math.round(b.getMaxX()));
            }
        }
        assertEquals(List.of(), outside, when + ": the bar ends at " + Math.round(bar.getMaxX()));
        Node menu = tabs.lookup(".control-buttons-tab");
        assertFalse(menu != null && menu.isVisible() && menu.getLayoutBounds().getWidth() > 0, when + ": no overflow menu");
    }
}
