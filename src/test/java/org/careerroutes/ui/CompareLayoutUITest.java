package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.careerroutes.kit.SideScroller;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compare routes on a small school screen, at normal and double text: the columns keep their
 * width and scroll sideways rather than squeeze, and no text is cut short.
 */
class CompareLayoutUITest extends AppUITestBase {

    @ParameterizedTest(name = "{0}% text, {1} routes")
    @CsvSource({"100, 3, false", "100, 4, true", "200, 2, true", "200, 4, true"})
    void theColumnsKeepTheirWidthAndScrollSideways(int textScale, int routes, boolean scrolls) throws Exception {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new SettingsStore(settingsDir).save(Settings.DEFAULTS.withTextScale(textScale));
        launchAt1024x768();
        press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        assertEquals(ProfileSection.COMPARE.tabId(), tabs.getSelectionModel().getSelectedItem().getId());
        if (routes == 4) {
            interact(() -> lookup("#compare-choose-private-sector").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        } else if (routes == 2) {
            interact(() -> lookup("#compare-choose-ptp").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        }
        // Twice: the row headings take their rows' heights once the columns are laid out (a frame later on screen).
        for (int pass = 0; pass < 2; pass++) {
            interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();

        SideScroller table = lookup("#compare-table-scroll").queryAs(SideScroller.class);
        List<Node> cells = new ArrayList<>(lookup(".compare-cell").queryAll());
        assertEquals((routes) * 7, cells.size(), "a cell for each route in each of seven rows");
        double em = lookup("#compare-counted-from").queryAs(Labeled.class).getFont().getSize();
        assertTrue(em > (textScale == 200 ? 20 : 10), "the text is at " + textScale + "%: " + em);
        for (Node cell : cells) {
            Region region = (Region) cell;
            assertTrue(region.getWidth() >= 15 * em - 1, cell.getId() + " is " + region.getWidth() + " px wide, under 15em of " + em);
        }
        double contentWidth = table.getContent().getLayoutBounds().getWidth();
        double viewport = table.viewWidth();
        ScrollBar bar = barOf(table);
        assertEquals(scrolls, contentWidth > viewport + 1, "the table is " + contentWidth + " px wide in " + viewport);
        assertEquals(scrolls, bar.isVisible(), "a sideways scroll bar when, and only when, the table is wider than its view");

        List<String> truncated = new ArrayList<>();
        collectTruncated(lookup("#page-compare").query(), truncated);
        assertEquals(List.of(), truncated, "text cut short at " + textScale + "%");
        // The row headings stay in view beside the columns, each level with its row.
        Node headings = lookup("#compare-row-headings").query();
        double headingsRight = headings.localToScene(headings.getBoundsInLocal()).getMaxX();
        assertTrue(headingsRight <= table.localToScene(table.getBoundsInLocal()).getMinX() + 1, "headings beside the table");
        for (int row = 1; row <= 6; row++) {
            Node heading = lookup("#compare-row-" + row).query();
            Node first = lookup("#compare-" + List.of("registration", "role", "paid", "qualifications", "registers", "entry")
                    .get(row - 1) + "-degree-stp").query();
            assertEquals(first.localToScene(first.getBoundsInLocal()).getMinY(), heading.localToScene(heading.getBoundsInLocal()).getMinY(),
                    1.5, "row " + row + " heading level with its row");
        }
        // The timeline scrolls sideways too, in its own pane, and says its years in words below.
        SideScroller timeline = lookup("#timeline-scroll").queryAs(SideScroller.class);
        for (SideScroller pane : List.of(table, timeline)) {
            Node content = pane.getContent();
            double needed = content.prefHeight(content.getLayoutBounds().getWidth());
            double shown = content.getLayoutBounds().getHeight();
            assertTrue(needed <= shown + 1, pane.getId() + ": its whole height shows, " + needed + " in " + shown
                    + "; it only scrolls sideways");
            double contentBottom = content.localToScene(content.getLayoutBounds()).getMaxY();
            assertTrue(contentBottom <= pane.localToScene(pane.getLayoutBounds()).getMaxY() + 1, pane.getId() + " shows all of it");
            ScrollBar itsBar = barOf(pane);
            if (itsBar.isVisible()) {
                assertTrue(contentBottom <= itsBar.localToScene(itsBar.getLayoutBounds()).getMinY() + 1,
                        pane.getId() + ": the bar covers none of the last line");
            }
        }
        assertTrue(lookup("#timeline-text").query().isVisible());
    }

    /** The sideways scroll bar the widget puts below its content. */
    private static ScrollBar barOf(SideScroller pane) {
        return pane.getChildrenUnmodifiable().stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .findFirst().orElseThrow();
    }

    /** A label shows "..." through the Text node its skin draws; compare that with the label's text. */
    private static void collectTruncated(Node node, List<String> truncated) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                    truncated.add(labeled.getText() + " -> " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTruncated(child, truncated);
            }
        }
    }
}
