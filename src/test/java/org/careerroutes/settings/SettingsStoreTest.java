package org.careerroutes.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void noFileMeansTheDefaultsAndNoComplaint() {
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void settingsSurviveARoundTrip() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("new folder"));
        Settings chosen = Settings.DEFAULTS.withTextScale(170).withHighContrast(true).withReducedMotion(true)
                .withWindow(new Settings.WindowBounds(10.5, 20, 1000, 700, true));

        store.save(chosen);

        assertEquals(chosen, store.load().settings());
        assertTrue(store.load().problem().isEmpty());
        try (Stream<Path> files = Files.list(dir.resolve("new folder"))) {
            assertEquals(List.of("settings.properties"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void eachLineThatCannotBeUsedIsNamedWithWhy() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "textScale=huge\nhighContrast=yes\ncolour=red\nnot a setting\n");

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains(store.file().toString()), problem);
        assertTrue(problem.contains("line 1: textScale must be a whole number from 100 to 200, not \"huge\""), problem);
        assertTrue(problem.contains("line 2: highContrast must be true or false, not \"yes\""), problem);
        assertFalse(problem.contains("colour"), "a setting this version does not know is kept, not a problem: " + problem);
        assertTrue(problem.contains("line 4: expected a setting written as name=value, not \"not a setting\""), problem);
        assertTrue(problem.contains("the defaults are used"), problem);
    }

    @Test
    void anOutOfRangeTextSizeIsRefused() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "textScale=400\n");
        assertTrue(store.load().problem().orElseThrow().contains("must be a whole number from 100 to 200, not \"400\""));
    }

    @Test
    void aFileMarkedAsUtf16ThatIsNotIsRefusedNotACrash() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.write(store.file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        SettingsStore.Loaded loaded = store.load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("starts as UTF-16 text but is not"), loaded.problem().get());
        assertEquals("Your settings could not be read", loaded.headline());
    }

    @Test
    void textSizeSnapsToStepsWithinRange() {
        assertEquals(150, Settings.DEFAULTS.withTextScale(147).textScale());
        assertEquals(200, Settings.DEFAULTS.withTextScale(260).textScale());
        assertEquals(100, Settings.DEFAULTS.withTextScale(40).textScale());
        assertThrows(IllegalArgumentException.class, () -> new Settings(99, false, false, Optional.empty()));
    }

    @Test
    void aWindowGoesBackWhereItWasWhenItsScreenIsStillThere() {
        List<WindowPlacement.Area> screens = List.of(new WindowPlacement.Area(0, 0, 1920, 1040),
                new WindowPlacement.Area(1920, 0, 1280, 1000));
        Settings.WindowBounds onSecond = new Settings.WindowBounds(2000, 50, 1100, 800, false);
        assertEquals(Optional.of(onSecond), WindowPlacement.restore(Optional.of(onSecond), screens));
    }

    @Test
    void aWindowWhoseScreenHasGoneOpensInItsDefaultPlace() {
        Settings.WindowBounds onSecond = new Settings.WindowBounds(2000, 50, 1100, 800, false);
        List<WindowPlacement.Area> oneScreen = List.of(new WindowPlacement.Area(0, 0, 1920, 1040));
        assertEquals(Optional.empty(), WindowPlacement.restore(Optional.of(onSecond), oneScreen));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToFit() {
        Settings.WindowBounds big = new Settings.WindowBounds(0, 0, 1920, 1200, false);
        Settings.WindowBounds restored = WindowPlacement.restore(Optional.of(big),
                List.of(new WindowPlacement.Area(0, 0, 1024, 740))).orElseThrow();
        assertEquals(1024, restored.width());
        assertEquals(740, restored.height());
    }
}
