package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.app.Environment;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → New profile from text…, as an adviser uses it: open a text (or paste one), make the
 * profile, read the report, look it over in the real tabs, save it, and find it open in the app.
 * The file choosers are answered by the test; everything else is the real app.
 */
class NewProfileFromTextUITest extends AppUITestBase {

    private static final Path TEXTS = Path.of("src/test/resources/import");
    private static final Path SEED = Path.of("src/test/resources/seed/clinical-engineer-profile.txt");

    @TempDir
    Path dir;

    private Optional<Path> textChosen = Optional.empty();
    private Optional<Path> saveChosen = Optional.empty();

    /** The real app, its file choosers answered by the test. */
    private final class AnsweringApp extends CareerRoutesApp {
        AnsweringApp(Environment environment) {
            super(environment, List.of());
        }

        @Override
        protected NewProfileWindow.Files newProfileFiles(MainWindow.Actions menu) {
            return new NewProfileWindow.Files() {
                @Override
                public Optional<Path> chooseText() {
                    return textChosen;
                }

                @Override
                public Optional<Path> chooseWhereToSave(String suggestedName) {
                    return saveChosen.map(p -> p.resolve(suggestedName));
                }
            };
        }
    }

    private Parent openTheWindow() throws TimeoutException {
        launch(new AnsweringApp(environment()));
        clickOn("File");
        clickOn("#menu-new-from-text");
        Window window = windowWith("new-profile-window").orElseThrow(() -> new AssertionError("the window opens"));
        return window.getScene().getRoot();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain", e);
        }
    }

    private String status(Parent window) {
        return from(window).lookup("#import-status").queryAs(Label.class).getText();
    }

    private boolean idle(Parent window) {
        return !from(window).lookup("#import-open").queryAs(Button.class).isDisabled();
    }

    @Test
    void anOpenedTextIsMadeIntoAProfileInTheRealTabsThenSavedAndOpenedInTheApp() throws Exception {
        Parent window = openTheWindow();
        assertTrue(from(window).lookup("#import-save").queryAs(Button.class).isDisabled(), "nothing to save yet");
        textChosen = Optional.of(TEXTS.resolve("dental-technician.txt"));

        clickOn(from(window).lookup("#import-open").queryAs(Button.class));
        // Asked on the JavaFX thread: the text arrives there from the file read in the background.
        waitUntil(() -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> from(window).lookup("#import-text")
                .queryAs(TextArea.class).getText().startsWith("Dental technician")).get());
        clickOn(from(window).lookup("#import-make").queryAs(Button.class));
        waitUntil(() -> idle(window) && from(window).lookup("#import-preview-window").tryQuery().isPresent());

        String report = from(window).lookup("#import-report").queryAs(TextArea.class).getText();
        assertTrue(report.contains("Routes found: 4"), report);
        assertTrue(report.contains("Lines not placed:"), report);
        assertTrue(report.contains("\u201cPractise fine hand skills"), "a line not placed is named: " + report);
        assertTrue(status(window).startsWith("Made \u201cDental technician\u201d: 4 routes;"), status(window));

        // The preview is the app's own window: its tabs, the profile's words, its route map.
        Node preview = from(window).lookup("#import-preview-window").query();
        waitUntil(() -> from(preview).lookup("#page-overview").tryQuery()
                .filter(page -> allText(page).contains("Dental technicians make and repair crowns")).isPresent());
        clickOn(from(preview).lookup(".tab").match(t -> "tab-routes".equals(t.getId())).queryAs(Node.class));
        waitUntil(() -> from(preview).lookup("#page-routes").tryQuery().filter(page -> !allText(page).isEmpty()).isPresent());
        String routes = allText(from(preview).lookup("#page-routes").query());
        assertTrue(routes.contains("You could take a college course in dental technology"), routes);
        assertTrue(routes.contains("Any one of these ways in may be enough."), routes);
        clickOn(from(preview).lookup(".tab").match(t -> "tab-route-map".equals(t.getId())).queryAs(Node.class));
        waitUntil(() -> from(preview).lookup("#step-level-2-course").tryQuery().isPresent());

        saveChosen = Optional.of(dir);
        clickOn(from(window).lookup("#import-save").queryAs(Button.class));
        waitUntil(() -> stage.getTitle().equals("Dental technician \u2013 Career Routes"));

        Path saved = dir.resolve("dental-technician.json");
        LoadResult loaded = ProfileLoader.loadFile(saved);
        assertTrue(loaded.isValid(), loaded.problems()::toString);
        assertTrue(windowWith("new-profile-window").isEmpty(), "the window closes once the profile is open");
        assertTrue(allText(lookup("#page-overview").query()).contains("Dental technicians make and repair crowns"));
        List<String> offered = lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-profiles".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).toList();
        assertEquals(List.of("Dental technician", "Clinical engineer"), offered);
    }

    @Test
    void aPastedTextMadeThenEditedMustBeMadeAgainBeforeItIsSaved() throws Exception {
        Parent window = openTheWindow();
        TextArea text = from(window).lookup("#import-text").queryAs(TextArea.class);
        String seed = Files.readString(SEED);
        clickOn(text);
        interact(() -> text.replaceSelection(seed));   // as Ctrl+V puts it in
        assertEquals("From: pasted text", from(window).lookup("#import-source").queryAs(Label.class).getText());

        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER).release(
                javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> from(window).lookup("#import-preview-window").tryQuery().isPresent());
        assertFalse(from(window).lookup("#import-save").queryAs(Button.class).isDisabled());

        write(" ");
        assertTrue(status(window).startsWith("The text has changed: make the profile again"), status(window));
        assertTrue(from(window).lookup("#import-save").queryAs(Button.class).isDisabled(), "not the text's profile any more");
        assertTrue(from(window).lookup("#import-preview-empty").tryQuery().isPresent());
    }

    @Test
    void textThatIsNotAProfileIsSaidToBeAndNothingIsLost() throws Exception {
        Parent window = openTheWindow();
        TextArea text = from(window).lookup("#import-text").queryAs(TextArea.class);
        String email = "Hi Jo,\n\nThe minibus for the careers fair leaves at nine.\n\nSam";
        interact(() -> text.setText(email));
        clickOn(from(window).lookup("#import-make").queryAs(Button.class));
        waitUntil(() -> idle(window) && status(window).startsWith("No profile made"));

        assertEquals("No profile made: pasted text: is not recognisable as a job profile: no ways into the job were "
                + "found (a job profile says how to get into the job, with headings such as University and Apprenticeship, "
                + "or sentences such as \u201cYou can do a degree\u2026\u201d); no job title was found (put the job's name "
                + "on the first line).", status(window));
        assertTrue(from(window).lookup("#import-status").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("problem")), "said as a problem, not only in colour");
        assertEquals(email, text.getText(), "the text is kept to be mended");
        assertTrue(from(window).lookup("#import-save").queryAs(Button.class).isDisabled());

        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        textChosen = Optional.of(binary);
        clickOn(from(window).lookup("#import-open").queryAs(Button.class));
        waitUntil(() -> idle(window) && status(window).contains("could not be opened"));
        assertEquals(binary + " could not be opened: is not text: it looks like a picture; copy the profile's text into a "
                + "plain text file (.txt) and import that. The text here is as it was.", status(window));
        assertEquals(email, text.getText());
        assertFalse(allText(window).contains("Exception"));
    }

    @Test
    void aKioskOffersNoNewProfile() throws TimeoutException {
        launch("--kiosk");
        assertTrue(lookup("#menu-new-from-text").tryQuery().isEmpty());
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N).release(
                javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(windowWith("new-profile-window").isEmpty());
    }

    @Test
    void theMenuItemHasItsShortcut() throws TimeoutException, IOException {
        launch(new AnsweringApp(environment()));
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N).release(
                javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> windowWith("new-profile-window").isPresent());
        clickOn(from(windowWith("new-profile-window").orElseThrow().getScene().getRoot()).lookup("#import-close")
                .queryAs(Button.class));
        assertTrue(windowWith("new-profile-window").isEmpty());
        assertEquals("Clinical engineer \u2013 Career Routes", stage.getTitle(), "the profile on show is as it was");
    }
}
