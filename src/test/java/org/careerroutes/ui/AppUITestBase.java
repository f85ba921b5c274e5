package org.careerroutes.ui;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.app.Environment;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Starts the real application (with command-line arguments) on the headless toolkit, and reads
 * what a person would see. One bootstrap for every UI test.
 */
public abstract class AppUITestBase extends FxRobot {

    protected Stage stage;
    private Application app;

    /** This test's own settings folder, so no test reads or writes a real user's settings. */
    protected Path settingsDir;

    /**
     * Where this test's app keeps things: its own temporary folders, never the machine's or the
     * user's (kiosk tests point the kiosk's folders at their own).
     */
    protected Environment environment() {
        if (settingsDir == null) {
            try {
                settingsDir = Files.createTempDirectory("career-routes-settings");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Environment.under(settingsDir.resolve("machine")).withSettingsFolder(settingsDir);
    }

    /** Starts the app with these command-line options. */
    protected void launch(String... args) throws TimeoutException {
        launch(new CareerRoutesApp(environment(), List.of(args)));
    }

    /** Starts an app made by the test (one that records instead of quitting, say). */
    protected void launch(CareerRoutesApp made) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> made);
        WaitForAsyncUtils.waitForFxEvents();
        // The test stage is shared between tests: start each at the screen's corner, wholly on
        // screen (headless Monocle fails to draw a window that reaches past the screen's edge).
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Launches with no options and sizes the window like a small school monitor's. */
    protected void launchAt1024x768() throws TimeoutException {
        launch();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
    }

    protected Application app() {
        return app;
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Every piece of text in a node's subtree, in scene-graph order. */
    public static List<String> visibleTexts(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        String text = null;
        if (node instanceof Labeled labeled) {
            text = labeled.getText();
        } else if (node instanceof Text t) {
            text = t.getText();
        } else if (node instanceof TextInputControl input) {
            text = input.getText();
        }
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** The showing window (other than the main one) whose content has this id, e.g. a dialog. */
    protected Optional<Window> windowWith(String id) {
        return listTargetWindows().stream()
                .filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#" + id) != null)
                .findFirst();
    }

    /** Fills the "My qualifications" form and presses Add, for tests about verdicts rather than typing. */
    protected void enterQualification(org.careerroutes.eligibility.QualificationType type, String subject,
                                      String grade, boolean predicted) {
        interact(() -> {
            lookup("#qual-type").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(type);
            lookup("#qual-subject").queryAs(javafx.scene.control.TextField.class).setText(subject);
            lookup("#qual-grade").queryAs(javafx.scene.control.ComboBox.class).getEditor().setText(grade);
            lookup("#qual-predicted").queryAs(javafx.scene.control.CheckBox.class).setSelected(predicted);
            lookup("#qual-add").queryAs(javafx.scene.control.Button.class).fire();
        });
    }

    /**
     * Two jobs in a folder, for tests about what is the student's on every job: the built-in one,
     * and a second made from it with its own id and title (medical-physicist, Medical physicist).
     *
     * @return the option that opens the folder
     */
    protected static String twoJobs(Path folder) throws IOException {
        Files.writeString(folder.resolve("clinical-engineer.json"), org.careerroutes.handout.HandoutSamples.builtInJson());
        Files.writeString(folder.resolve("medical-physicist.json"), org.careerroutes.handout.HandoutSamples.builtInJson()
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"medical-physicist\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Medical physicist\""));
        return "--content=" + folder;
    }

    /** The Profile menu's item for a job, chosen as a person chooses it. */
    protected void openProfile(String id) {
        javafx.scene.control.MenuItem item = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().filter(m -> "menu-profiles".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> ("menu-profile-" + id).equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String allText(Node root) {
        return String.join("\n", visibleTexts(root));
    }
}
