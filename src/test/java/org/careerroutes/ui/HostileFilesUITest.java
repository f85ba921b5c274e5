package org.careerroutes.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.careerroutes.files.Fifos;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: a 43-byte plan crashed every start; a pipe at the plan path kept the window from
 * opening. Whatever is at the plan's path, the app starts, says what it found and where it put
 * it, and the student's work goes on being saved.
 */
@Timeout(120)
class HostileFilesUITest extends AppUITestBase {

    private Path planFile() {
        return environment().plansFolder().resolve("clinical-engineer.careerplan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge-number", "pipe", "link-to-device", "folder", "link-to-nothing"})
    void theAppStartsAndSaysWhatItFoundAtThePlansPath(String what) throws Exception {
        Files.createDirectories(planFile().getParent());
        switch (what) {
            case "huge-number" -> Files.writeString(planFile(), "{\"formatVersion\": 1, \"profile\": 1e99999999}");
            case "pipe" -> Fifos.make(planFile());
            case "link-to-device" -> Files.createSymbolicLink(planFile(), Path.of("/dev/zero"));
            case "folder" -> Files.createDirectory(planFile());
            default -> Files.createSymbolicLink(planFile(), planFile().resolveSibling("gone.careerplan"));
        }
        launch();
        assertTrue(stage.isShowing(), "the window is open");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> windowWith("plan-problem").isPresent());
        Window message = windowWith("plan-problem").orElseThrow();
        DialogPane pane = (DialogPane) message.getScene().getRoot().lookup("#plan-problem");
        String said = ((TextArea) pane.lookup("#settings-problem-text")).getText();
        assertTrue(said.contains(planFile() + ":"), said);
        assertTrue(said.contains(".bad"), "where it was put: " + said);
        assertTrue(said.endsWith("what you do now is saved as usual."), said);
        assertTrue(!said.contains("Exception") && !said.contains("\tat "), "no stack trace: " + said);
        interact(() -> message.hide());

        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#my-plan-note").query().requestFocus());
        write("still here");
        org.testfx.api.FxToolkit.cleanupApplication(app());
        assertTrue(Files.isRegularFile(planFile()) && Files.readString(planFile()).contains("still here"),
                "saved again at the plan's own path");
    }
}
