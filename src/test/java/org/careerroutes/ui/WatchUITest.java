package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --content=FILE --watch}, as an adviser editing a profile in a text editor sees it: a
 * change shows at once on the tab they are on, where they were on it; a mistake shows its
 * file:line:col above the tabs while the last good version stays; mending it brings the profile back.
 */
class WatchUITest extends AppUITestBase {

    @TempDir
    Path dir;

    private static String builtIn() throws IOException {
        try (InputStream in = WatchUITest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Waits for the condition, each time asked on the JavaFX thread: the window's text changes there as files are read. */
    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain", e);
        }
    }

    /** Saves as an editor does: the whole file at once. */
    private static void save(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".saving");
        Files.writeString(next, text);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String routesPage() {
        // The page is made again with each new reading, so it may be between one and the next.
        return lookup("#page-routes").tryQuery().map(AppUITestBase::visibleTexts).map(t -> String.join("\n", t)).orElse("");
    }

    private boolean problemsShown() {
        return lookup("#content-problems").tryQuery().map(Node::isVisible).orElse(false)
                && !lookup("#content-problem-list").queryAs(TextArea.class).getText().isEmpty();
    }

    @Test
    void aChangeShowsOnTheSameTabAMistakeIsShownWithItsLineAndMendingItBringsItBack() throws Exception {
        String good = builtIn();
        Path file = Files.writeString(dir.resolve("clinical-engineer.json"), good);
        launch("--content=" + file, "--watch");
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        assertFalse(problemsShown(), "no problems to begin with");

        clickOn(lookup(".tab").match(t -> "tab-routes".equals(t.getId())).queryAs(Node.class));
        ScrollPane page = lookup("#page-routes").queryAs(ScrollPane.class);
        interact(() -> page.setVvalue(0.6));

        // Change: the apprenticeship's paragraph, as the adviser rewrites it.
        String changed = good.replace("You could get into this job through a healthcare science practitioner degree "
                + "apprenticeship.", "You could get into this job through a healthcare science degree apprenticeship.")
                .replace("\"You could get into this job through a healthcare science practitioner degree apprenticeship.\"",
                        "\"You could get into this job through a healthcare science degree apprenticeship.\"");
        save(file, changed);
        waitUntil(() -> routesPage().contains("through a healthcare science degree apprenticeship."));
        WaitForAsyncUtils.waitForFxEvents();   // the page is made, then scrolled, in one go on the JavaFX thread
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        assertEquals("tab-routes", tabs.getSelectionModel().getSelectedItem().getId(), "still on the same tab");
        double scrolled = lookup("#page-routes").queryAs(ScrollPane.class).getVvalue();
        assertEquals(0.6, scrolled, 0.02, "still where the adviser was on it");

        // Break: a comma left out, as happens when editing by hand.
        String broken = changed.replaceFirst("\"title\": \"Apprenticeship\",", "\"title\": \"Apprenticeship\"");
        save(file, broken);
        waitUntil(this::problemsShown);
        WaitForAsyncUtils.waitForFxEvents();
        String problems = lookup("#content-problem-list").queryAs(TextArea.class).getText();
        assertTrue(problems.startsWith(file + ":"), problems);
        assertTrue(problems.matches("(?s).*:\\d+:\\d+: .*"), "file:line:col: " + problems);
        assertTrue(lookup("#content-problems-headline").queryAs(Label.class).getText()
                .startsWith(file + " has problems, so it cannot be shown"));
        assertTrue(routesPage().contains("through a healthcare science degree apprenticeship."),
                "the last version that loaded stays on show");
        assertTrue(stage.isShowing(), "the window stays open");

        // Mend it: the problems go, and the profile shows as it now reads.
        save(file, changed.replace("Competition for places on the STP is high", "Competition for places on the STP is very high"));
        waitUntil(() -> !problemsShown() && routesPage().contains("Competition for places on the STP is very high"));
        assertEquals("tab-routes", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aFileThatIsBrokenAtTheStartIsShownAboveTheTabsNotInADialog() throws Exception {
        Path file = Files.writeString(dir.resolve("nurse.json"), "{ \"formatVersion\": 1, }");
        launch("--content=" + file, "--watch");
        assertTrue(problemsShown());
        assertTrue(windowWith("problems-dialog").isEmpty(), "no dialog to close while editing");
        assertTrue(lookup("#content-problems-headline").queryAs(Label.class).getText()
                .endsWith("Shown meanwhile: Clinical engineer."));

        save(file, builtIn().replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"nurse\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Nurse\""));
        waitUntil(() -> !problemsShown() && stage.getTitle().equals("Nurse \u2013 Career Routes"));
    }
}
