package org.careerroutes.ui;

import javafx.scene.control.Label;
import org.careerroutes.kit.Styles;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A note block is shown marked as ours, apart from the profile's own words. */
class NoteBlockUITest extends AppUITestBase {

    @Test
    void aNoteIsShownMarkedAsACareerRoutesNote() throws TimeoutException {
        launch();
        clickOn(lookup(".tab").match(t -> "tab-routes".equals(t.getId())).queryAs(javafx.scene.Node.class));

        Label note = lookup("#route-private-sector .note").queryAs(Label.class);

        assertEquals("Career Routes note: Usually a degree first, as on the university route above.", note.getText());
        assertTrue(note.getStyleClass().contains(Styles.MUTED));
        assertTrue(note.isVisible());
    }
}
