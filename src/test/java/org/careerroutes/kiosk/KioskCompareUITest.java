package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.careerroutes.compare.StartingPoint;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare routes works in a kiosk, and what one visitor chose there is gone for the next. */
class KioskCompareUITest extends KioskUITestBase {

    private <T extends Node> T onStage(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene()).queryAs(type);
    }

    @Test
    void aVisitorsRoutesAndStartingPointGoWhenTheVisitEnds() throws TimeoutException {
        countdownSeconds(1);
        startKiosk("--idle-timeout=6");   // time enough to choose before the visit times out
        startVisit();
        openCompare();
        assertEquals("Compare routes", selectedTab());
        interact(() -> {
            onStage("compare-choose-private-sector", CheckBox.class).setSelected(true);
            @SuppressWarnings("unchecked")
            ComboBox<StartingPoint> from = onStage("compare-from", ComboBox.class);
            from.setValue(StartingPoint.DEGREE);
        });
        assertTrue(onStage("compare-registration-private-sector", Node.class).isVisible(), "the fourth column shows");
        assertEquals(org.careerroutes.compare.Comparisons.countedFrom(StartingPoint.DEGREE, schoolYear(), today()),
                onStage("compare-counted-from", Labeled.class).getText());

        waitUntil(15, () -> shown("still-there"));
        waitUntil(5, this::attractShown);

        startVisit();
        openCompare();
        assertFalse(onStage("compare-choose-private-sector", CheckBox.class).isSelected(), "the next visitor starts from the first three");
        assertTrue(lookup("#compare-registration-private-sector").match(n -> n.getScene() == stage.getScene()).tryQuery().isEmpty());
        assertEquals(StartingPoint.YEAR_12, onStage("compare-from", ComboBox.class).getValue());
        assertTrue(onStage("compare-counted-from", Labeled.class).getText().contains("the start of Year 12."));
    }

    /** Through the tab bar's list of tabs, as a visitor on a narrow kiosk screen reaches the last one. */
    private void openCompare() {
        clickOn(lookup(".tab-down-button").match(n -> n.getScene() == stage.getScene()).queryAs(Node.class));
        clickOn("Compare routes");
    }

    /** Today, from the app's clock (the system's in this test). */
    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.Clock.systemUTC());
    }

    private static int schoolYear() {
        return org.careerroutes.compare.SchoolYear.startingYear(today());
    }
}
