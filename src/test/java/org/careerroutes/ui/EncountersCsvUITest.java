package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerroutes.handout.HandoutSamples;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save encounters as CSV… from My plan, as a student presses it: the file dialog asked with a
 * CSV name, the file written away from the window (which says so meanwhile), where it went said
 * under the buttons, and what was written read back by a CSV parser.
 */
class EncountersCsvUITest extends FxRobot {

    @TempDir
    Path folder;

    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theEncountersAreSavedAsCsvWhereTheStudentChoseAndReadBack() throws Exception {
        Profile profile = HandoutSamples.builtIn();
        Path chosen = folder.resolve("for Ms Patel");
        MainWindow.Actions actions = new MainWindow.Actions() {
            @Override
            public void openProfile() {
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
                asked.add(title + " | " + suggestedName + " | " + pattern);
                return Optional.of(chosen);
            }

            @Override
            public void showAbout() {
            }

            @Override
            public void quit() {
            }
        };
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupSceneRoot(() -> {
            window[0] = new MainWindow(profile, actions, new Appearance(Settings.DEFAULTS), MainWindow.Mode.DESKTOP,
                    PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER, Optional.empty()), Optional.empty(),
                    Background.oneThread("test files"), Clock.systemDefaultZone());
            return window[0].root();
        });
        FxToolkit.showStage();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window[0].model().plans().changeStudentRecord(record -> record
                    .withEncounter(new Encounter("encounter-1", EncounterKind.EMPLOYER_TALK, YearMonth.of(2026, 2),
                            "Siemens, Leeds", "Clinical engineer", "They \"test\" every scanner,\nevery week.", "=yes", ""))
                    .withEncounter(Encounter.of("encounter-2", EncounterKind.CAREERS_FAIR, YearMonth.of(2026, 5))));
            window[0].select(ProfileSection.MY_PLAN);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button save = lookup("#encounter-csv").queryButton();
        interact(save::requestFocus);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#encounter-status").queryAs(Label.class)
                .getText().startsWith("Saved"));

        assertEquals(List.of("Save my careers encounters | my-careers-encounters.csv | *.csv"), asked);
        Path written = folder.resolve("for Ms Patel.csv");
        assertEquals("Saved 2 encounters to " + written + ". It opens in any spreadsheet program, one row each, for your "
                + "careers leader.", lookup("#encounter-status").queryAs(Label.class).getText());
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(3, rows.size());
            assertEquals("Careers fair", rows.get(1).get(1), "the newest first");
            assertEquals("Siemens, Leeds", rows.get(2).get(2));
            assertEquals("They \"test\" every scanner,\nevery week.", rows.get(2).get(4));
            assertEquals("'=yes", rows.get(2).get(5));
        }
        assertFalse(lookup("#encounter-busy").queryAs(Node.class).isVisible(), "no longer busy");
    }
}
