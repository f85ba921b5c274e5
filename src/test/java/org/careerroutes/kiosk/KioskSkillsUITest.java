package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.careerroutes.handout.Handout;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At a kiosk a visitor rates skills for the visit only ("when I showed it" is not offered), keeps
 * no log of encounters, takes the ratings away in the code, whose last line is the visit to add
 * to Things I've done later; the next visitor finds nothing of it, and nothing is on disk.
 */
class KioskSkillsUITest extends KioskUITestBase {

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private boolean hereAtAll(String id) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).tryQuery().isPresent();
    }

    private void openTab(ProfileSection section) throws java.util.concurrent.TimeoutException {
        waitUntil(5, () -> shown("profile-tabs") && !attractShown());
        interact(() -> here("profile-tabs", javafx.scene.control.TabPane.class).getSelectionModel().select(section.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(Node target) {
        interact(target::requestFocus);   // scrolled into view as it takes focus
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ratingsLastTheVisitGoInTheCodeWithTheVisitsLineAndNoLogIsKept() throws Exception {
        countdownSeconds(1);
        startKiosk("--idle-timeout=6");
        startVisit();
        openTab(ProfileSection.SKILLS);
        press(here("my-skill-4-confident", ToggleButton.class));
        assertEquals("So far: 1 of 8 confident.", here("my-skills-summary", Label.class).getText());
        assertFalse(hereAtAll("my-skill-4-shown"), "no \u201cwhen I showed it\u201d on a stand's screen");

        openTab(ProfileSection.MY_PLAN);
        assertTrue(allText(here("my-plan-encounters-kiosk", Node.class)).contains("no log of things you've done here"));
        assertFalse(hereAtAll("encounter-add"), "no encounter log at a kiosk");
        assertTrue(allText(here("my-plan-skills", Node.class)).contains("Problem solving: Confident"));
        press(here("my-plan-take-away", javafx.scene.control.Button.class));
        String words = here("plan-code-text", Label.class).getText();
        assertTrue(words.contains("My skills: 1 of 8 confident"), words);
        assertTrue(words.endsWith("Careers fair visit, " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK)) + ": Clinical engineer"), words);
        assertTrue(words.startsWith(Handout.APP_NAME));

        waitUntil(15, () -> shown("still-there"));
        waitUntil(5, this::attractShown);
        startVisit();
        openTab(ProfileSection.SKILLS);
        assertFalse(here("my-skill-4-confident", ToggleButton.class).isSelected(), "the next visitor starts afresh");
        assertEquals("So far: none of the 8 rated yet.", here("my-skills-summary", Label.class).getText());
        assertEquals(List.of(), files(settingsDir), "nothing in the user's folder");
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
