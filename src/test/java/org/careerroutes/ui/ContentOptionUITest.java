package org.careerroutes.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --content=PATH}: another profile, and what a person sees when it is broken. */
class ContentOptionUITest extends AppUITestBase {

    @TempDir
    Path dir;

    private static String builtIn() throws IOException {
        try (InputStream in = ContentOptionUITest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBrokenFileShowsItsProblemsAndTheBuiltInProfileOpens() throws IOException, TimeoutException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                builtIn().replace("\"title\": \"University\"", "\"title\": 3")
                        .replace("\"heading\": \"Related skills\",", ""));

        launch("--content=" + bad);

        Window dialog = windowWith("problems-dialog").orElseThrow(() -> new AssertionError("problems dialog shown"));
        String problems = lookup("#problem-list").queryAs(TextArea.class).getText();
        String[] lines = problems.split("\n");
        assertEquals(2, lines.length, problems);
        assertTrue(lines[0].startsWith(bad + ":40:"), lines[0]);
        assertTrue(lines[0].contains("entryRoutes.routes[0].title must be text"), lines[0]);
        assertTrue(lines[1].contains("missing required field \"heading\" in skills"), lines[1]);
        String dialogText = allText(dialog.getScene().getRoot());
        assertTrue(dialogText.contains("Showing the built-in Clinical engineer profile instead."));
        assertFalse(dialogText.contains("Exception"), "no stack trace");
        assertFalse(dialogText.contains("\tat "), "no stack trace");

        clickOn("Close");
        assertEquals("Clinical engineer \u2013 Career Routes", stage.getTitle());
        assertTrue(allText(lookup("#page-overview").query()).contains("Clinical engineers design"));
    }

    @Test
    void aFileThatIsNotJsonAtAllIsReportedWithItsLine() throws IOException, TimeoutException {
        Path bad = Files.writeString(dir.resolve("notes.json"), "{\n  \"title\": \"Nurse\",\n}\n");
        launch("--content=" + bad);
        String problems = lookup("#problem-list").queryAs(TextArea.class).getText();
        assertEquals(bad + ":3:1: a comma too many before '}': remove the comma after the last field", problems);
    }

    @Test
    void aMissingFileIsReported() throws TimeoutException {
        launch("--content=" + dir.resolve("gone.json"));
        String problems = lookup("#problem-list").queryAs(TextArea.class).getText();
        assertEquals(dir.resolve("gone.json") + ": no such file", problems);
    }

    @Test
    void aValidFileIsShownInPlaceOfTheBuiltInProfileWithItsOptionalSalary() throws IOException, TimeoutException {
        Path other = Files.writeString(dir.resolve("medical-physicist.json"), builtIn()
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"medical-physicist\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Medical physicist\"")
                .replace("\"source\": {", "\"salary\": { \"text\": \"An example range\", \"source\": \"An example survey\", \"checked\": \"2026-10\" },\n  \"source\": {"));

        launch("--content=" + other);

        assertTrue(windowWith("problems-dialog").isEmpty(), "no problems, no dialog");
        assertEquals("Medical physicist \u2013 Career Routes", stage.getTitle());
        String overview = allText(lookup("#page-overview").query());
        assertTrue(overview.contains("Salary"));
        assertTrue(overview.contains("An example range"));
        assertTrue(overview.contains("Source: An example survey (checked October 2026)"));
    }

    @Test
    void warningsAreShownButTheProfileStillOpens() throws IOException, TimeoutException {
        Path file = Files.writeString(dir.resolve("typo.json"),
                builtIn().replaceFirst("\"title\": \"Clinical engineer\",", "\"title\": \"Clinical engineer\",\n  \"tittle\": \"x\","));
        launch("--content=" + file);
        Window dialog = windowWith("problems-dialog").orElseThrow();
        assertTrue(allText(dialog.getScene().getRoot()).contains("Showing what could be loaded."));
        assertTrue(lookup("#problem-list").queryAs(TextArea.class).getText()
                .contains("warning: unknown field \"tittle\" in the profile is ignored; did you mean \"title\"?"));
        assertEquals("Clinical engineer \u2013 Career Routes", stage.getTitle());
    }

    @Test
    void factsAboutTheSummaryAndTheRoutesIntroductionAreShown() throws IOException, TimeoutException {
        Path file = Files.writeString(dir.resolve("facts.json"), builtIn().replace("\"facts\": [", """
                "facts": [
                    { "about": "summary", "text": "A fact about the job as a whole.", "source": "Test source A", "checked": "2026-01" },
                    { "about": "entryRoutes", "text": "A fact about every route.", "source": "Test source B", "checked": "2026-02" },"""));
        launch("--content=" + file);
        assertTrue(allText(lookup("#page-overview").query()).contains("A fact about the job as a whole."));
        clickOn(lookup(".tab").match(t -> "tab-routes".equals(t.getId())).queryAs(javafx.scene.Node.class));
        String routes = allText(lookup("#page-routes").query());
        assertTrue(routes.contains("A fact about every route."));
        assertTrue(routes.contains("Source: Test source B (checked February 2026)"));
    }

    @Test
    void manyBrokenFilesGiveADialogThatFitsOnTheScreen() throws IOException, TimeoutException {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("broken-profile-with-a-long-name-" + i + ".json"), "{\n  \"title\": [1,]\n}");
        }
        launch("--content=" + dir);
        Window dialog = windowWith("problems-dialog").orElseThrow();
        assertTrue(dialog.getWidth() <= javafx.stage.Screen.getPrimary().getVisualBounds().getWidth(),
                "dialog width " + dialog.getWidth());
        assertTrue(allText(dialog.getScene().getRoot()).contains("30 files could not be read"));
        assertTrue(allText(dialog.getScene().getRoot()).contains("and 25 more"));
    }

    @Test
    void aFolderOfProfilesOffersAProfileMenu() throws IOException, TimeoutException {
        Files.writeString(dir.resolve("a.json"), builtIn());
        Files.writeString(dir.resolve("b.json"), builtIn()
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"medical-physicist\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Medical physicist\""));

        launch("--content=" + dir);

        Menu profiles = lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-profiles".equals(m.getId())).findFirst().orElseThrow();
        assertTrue(profiles.isVisible());
        assertEquals(2, profiles.getItems().size());
        clickOn("Profile");
        clickOn("Medical physicist");
        assertEquals("Medical physicist \u2013 Career Routes", stage.getTitle());
    }
}
