package org.careerroutes.kiosk;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor can see how to finish ("Start again"), and touching a page draws no frame round it. */
class KioskStartAgainUITest extends KioskUITestBase {

    @Test
    void startAgainIsInViewThroughoutAVisitAndEndsItForTheNextPerson() throws TimeoutException {
        startKiosk();
        assertFalse(KioskUITestBase.isTreeVisible(lookup("#start-again").query()), "not on the attract screen");
        startVisit();
        clickOn(tabHeader("tab-duties"));
        Node button = lookup("#start-again").query();
        assertTrue(KioskUITestBase.isTreeVisible(button), "in view during a visit");
        Bounds b = button.localToScene(button.getLayoutBounds());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= stage.getScene().getWidth() && b.getMinY() >= 0
                && b.getMaxY() <= stage.getScene().getHeight(), "on the screen: " + b);
        assertTrue(b.getHeight() >= 44 && b.getWidth() >= 44, "large enough to touch: " + b);
        assertFalse(org.careerroutes.kiosk.AdminTaps.inCorner(b.getCenterX(), b.getCenterY()), "not in the staff's corner");

        clickOn("#start-again");

        assertTrue(attractShown(), "the attract screen for the next person");
        startVisit();
        assertEquals("Overview", selectedTab(), "a fresh visit, from the start");
    }

    @Test
    void aTouchOnAPageDrawsNoFrameRoundItButTheKeyboardDoes() throws TimeoutException {
        startKiosk();
        startVisit();
        clickOn(tabHeader("tab-routes"));
        ScrollPane page = lookup("#page-routes").match(n -> n.getScene() == stage.getScene()).queryAs(ScrollPane.class);
        Bounds shown = page.localToScene(page.getLayoutBounds());
        clickOn(new javafx.geometry.Point2D(shown.getMinX() + 40 + stage.getX(), shown.getMinY() + 200 + stage.getY()));
        assertTrue(page.isFocused(), "the touched page has focus, so it scrolls with the keys");
        interact(() -> page.getScene().getRoot().applyCss());
        assertEquals(backdrop(page), frame(page), "no frame in the focus colour after a touch");

        assertTrue(page.isFocusTraversable(), "a long page is a Tab stop");
        interact(() -> tabs().requestFocus());
        type(KeyCode.TAB);
        assertTrue(page.isFocused(), "Tab reaches the page");
        interact(() -> page.getScene().getRoot().applyCss());
        assertNotEquals(backdrop(page), frame(page), "the keyboard's focus is shown");
    }

    private static Paint frame(Region page) {
        return page.getBackground().getFills().get(0).getFill();
    }

    private static Paint backdrop(ScrollPane page) {
        Region viewport = (Region) page.lookup(".viewport");
        return viewport.getBackground().getFills().get(0).getFill();
    }
}
