package org.careerroutes.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sentence and bullet of the source profile text reaches the screen word for word. The
 * text is found by opening each tab as a person would and reading the scene graph, not by
 * reading the content file back.
 */
class SeedTextUITest extends AppUITestBase {

    /** Headings in the source text with nothing under them: they must not appear as empty headings. */
    private static final Set<String> EMPTY_HEADINGS = Set.of("Where to find out more", "Related jobs", "Job families");

    /**
     * The words of a text with white space folded: the source has stray non-breaking spaces
     * (e.g. "the\u00a0 Engineering Council") that are not part of its wording.
     */
    static String words(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    static List<String> seedLines() throws IOException {
        try (InputStream in = SeedTextUITest.class.getResourceAsStream("/seed/clinical-engineer-profile.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String clean = words(line);
                if (clean.startsWith("\u2022")) {
                    clean = clean.substring(1).strip();
                }
                if (!clean.isEmpty()) {
                    lines.add(words(clean));
                }
            }
            return lines;
        }
    }

    @Test
    void everyLineOfTheProfileTextIsOnScreenWordForWord() throws Exception {
        launch();
        Set<String> onScreen = new LinkedHashSet<>();
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        for (Tab tab : new ArrayList<>(tabs.getTabs())) {
            // Through the selection (a tab may be in the tab bar's overflow list at this window size).
            interact(() -> tabs.getSelectionModel().select(tab));
            assertTrue(tab.isSelected(), "tab opened: " + tab.getText());
            visibleTexts(stage.getScene().getRoot()).forEach(t -> onScreen.add(words(t)));
        }

        List<String> missing = new ArrayList<>();
        List<String> lines = seedLines();
        for (String line : lines) {
            if (EMPTY_HEADINGS.contains(line)) {
                continue;
            }
            if (onScreen.stream().noneMatch(text -> text.contains(line))) {
                missing.add(line);
            }
        }
        assertEquals(List.of(), missing, "seed lines not on screen");
        assertTrue(lines.size() > 50, "the seed was read: " + lines.size() + " lines");

        for (String heading : EMPTY_HEADINGS) {
            assertTrue(lines.contains(heading), "the seed has the heading " + heading);
            assertFalse(onScreen.contains(heading), "no empty heading: " + heading);
        }
    }

    @Test
    void theLicenceAttributionIsVisibleOnEveryTab() throws TimeoutException {
        launch();
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            javafx.scene.control.Label attribution = lookup("#attribution").queryAs(javafx.scene.control.Label.class);
            assertTrue(attribution.isVisible() && attribution.getScene() != null);
            assertTrue(attribution.localToScene(attribution.getBoundsInLocal()).getMaxY()
                    <= stage.getScene().getHeight(), "attribution inside the window");
            assertEquals("Contains public sector information licensed under the Open Government Licence v3.0",
                    attribution.getText());
        }
    }
}
