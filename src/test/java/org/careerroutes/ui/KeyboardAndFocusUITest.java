package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long pages scroll from the keyboard, and following a link moves focus to where it leads. */
class KeyboardAndFocusUITest extends AppUITestBase {

    @BeforeEach
    void start() throws TimeoutException {
        launchAt1024x768();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aLongPageIsATabStopAndScrollsWithPageDownEndAndHome() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        assertTrue(page.isFocusTraversable(), "a page taller than the window can be reached with Tab");
        assertEquals(page, stage.getScene().getFocusOwner(), "Ctrl+3 puts focus in the page it opens");

        type(KeyCode.PAGE_DOWN);
        double oneScreen = page.getVvalue();
        assertTrue(oneScreen > 0.15, "Page Down moves about a screenful: " + oneScreen);
        type(KeyCode.DOWN);
        assertTrue(page.getVvalue() > oneScreen, "Down moves a line further");
        type(KeyCode.END);
        assertEquals(1.0, page.getVvalue(), 1e-9);
        type(KeyCode.HOME);
        assertEquals(0.0, page.getVvalue(), 1e-9);
    }

    @Test
    void ctrlDigitPutsFocusInThePageItOpensSoEndScrollsIt() {
        type(KeyCode.TAB);   // somewhere other than the page first
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        assertTrue(isInside(stage.getScene().getFocusOwner(), page), "focus in the page: " + stage.getScene().getFocusOwner());
        type(KeyCode.END);
        assertEquals(1.0, page.getVvalue(), 1e-9);
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertTrue(isInside(stage.getScene().getFocusOwner(), lookup("#page-on-track").query()),
                "focus in Am I on track?: " + stage.getScene().getFocusOwner());
    }

    @Test
    void aShortPageIsNotAnExtraTabStop() {
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        assertTrue(!lookup("#page-workplaces").queryAs(ScrollPane.class).isFocusTraversable());
    }

    @Test
    void aControlThatTakesFocusIsScrolledIntoView() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        interact(() -> page.setVvalue(1.0));
        Node firstJump = lookup("#jump-university").query();
        javafx.geometry.Bounds view = page.localToScene(page.getBoundsInLocal());
        assertTrue(firstJump.localToScene(firstJump.getBoundsInLocal()).getMinY() < view.getMinY(), "off screen first");
        interact(firstJump::requestFocus);
        javafx.geometry.Bounds button = firstJump.localToScene(firstJump.getBoundsInLocal());
        assertTrue(view.contains(button), "scrolled back up to the focused button: " + button + " in " + view);
    }

    @Test
    void openingASectionFromTheOverviewPutsFocusInThatSection() {
        Node card = lookup("#open-routes").query();
        interact(card::requestFocus);
        type(KeyCode.ENTER);
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        assertEquals("How to become one", tabs.getSelectionModel().getSelectedItem().getText());
        Node focus = stage.getScene().getFocusOwner();
        assertTrue(isInside(focus, lookup("#page-routes").query()), "focus is in the opened page: " + focus);
    }

    @Test
    void aRouteJumpMovesFocusToTheRouteAndKeepsItsGroupHeadingInView() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        clickOn("#jump-practitioner-training");
        Node card = lookup("#route-practitioner-training").query();
        assertEquals(card, stage.getScene().getFocusOwner());
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        Node heading = lookup(".heading-1").match(n -> n instanceof javafx.scene.control.Label l
                && "Other routes".equals(l.getText())).query();
        double headingTop = heading.localToScene(heading.getBoundsInLocal()).getMinY();
        double viewTop = page.localToScene(page.getBoundsInLocal()).getMinY();
        assertTrue(headingTop >= viewTop - 1, "the Other routes heading is in view");
    }
}
