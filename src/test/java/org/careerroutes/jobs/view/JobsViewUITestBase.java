package org.careerroutes.jobs.view;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parts of the Jobs page on a stage of their own (see {@link JobsViewStage}), met with the keyboard. */
abstract class JobsViewUITestBase extends FxRobot {

    @AfterEach
    void closeStages() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).queryAs(type);
    }

    /** Moves the keyboard to a control and presses Space, as a keyboard user does. */
    void press(String id) {
        Node target = node(id, Node.class);
        interact(target::requestFocus);
        assertTrue(target.isFocused(), id + " takes the keyboard");
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
