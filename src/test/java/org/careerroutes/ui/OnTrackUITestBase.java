package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Am I on track?" opened with Ctrl+5, and read as a person reads it: one start for its UI tests. */
abstract class OnTrackUITestBase extends AppUITestBase {

    @BeforeEach
    void openTheTab() throws TimeoutException {
        launch(options());
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The app's command-line options: none, for the built-in profile. */
    protected String[] options() {
        return new String[0];
    }

    /** The words of one label. */
    protected String text(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Every piece of text under a node, one a line. */
    protected String textOf(String id) {
        return allText(lookup("#" + id).queryAs(Node.class));
    }

    /** GCSEs and A levels that meet the start of every route, entered through the form. */
    protected void enterSchoolReadyForEveryRoute() {
        enterQualification(QualificationType.GCSE, "Maths", "6", false);
        enterQualification(QualificationType.GCSE, "English language", "6", false);
        enterQualification(QualificationType.GCSE, "Combined science", "6-6", false);
        enterQualification(QualificationType.GCSE, "History", "5", false);
        enterQualification(QualificationType.A_LEVEL, "Maths", "B", false);
        enterQualification(QualificationType.A_LEVEL, "Physics", "B", false);
    }

    /** Chooses the kind of qualification from the keyboard: up to the first, then down to the one wanted. */
    protected void chooseType(QualificationType type) {
        ComboBox<?> types = lookup("#qual-type").queryAs(ComboBox.class);
        interact(types::requestFocus);
        for (int i = 0; i < QualificationType.values().length; i++) {
            type(KeyCode.UP);
        }
        for (int i = 0; i < type.ordinal(); i++) {
            type(KeyCode.DOWN);
        }
        assertEquals(type, types.getValue());
        type(KeyCode.TAB);   // on to the subject
    }
}
