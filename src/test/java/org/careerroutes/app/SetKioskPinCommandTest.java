package org.careerroutes.app;

import org.careerroutes.kiosk.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetKioskPinCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> prompts = new ArrayList<>();

    private int run(Path configDir, String... lines) {
        Deque<String> input = new ArrayDeque<>(List.of(lines));
        return SetKioskPinCommand.run(prompt -> {
            prompts.add(prompt);
            return input.isEmpty() ? null : input.removeFirst().toCharArray();
        }, configDir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void thePinTypedTwiceIsStoredAsASaltedHashAndWhereIsPrinted() throws IOException {
        assertEquals(0, run(dir, "246810", "246810"));

        Path file = dir.resolve(KioskConfig.FILE_NAME);
        assertEquals("Kiosk PIN set: its salted hash (never the PIN) is in " + file, out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(List.of("New kiosk PIN (4 to 12 digits): ", "The same PIN again: "), prompts);
        assertFalse(Files.readString(file).contains("246810"));
        assertTrue(KioskConfig.load(dir).pin().orElseThrow().matches("246810".toCharArray()));
        assertEquals("", err());
    }

    @Test
    void badInputWritesNothingAndExitsTwo() {
        assertEquals(2, run(dir, "123", "123"));
        assertEquals("career-routes: --set-kiosk-pin: the PIN must be 4 to 12 digits long; nothing was written", err());
        assertEquals(1, prompts.size(), "a bad PIN is refused before it is asked for again");

        err.reset();
        assertEquals(2, run(dir, "12ab", "12ab"));
        assertEquals("career-routes: --set-kiosk-pin: the PIN must be digits only (0 to 9); nothing was written", err());

        err.reset();
        assertEquals(2, run(dir, "1234", "4321"));
        assertEquals("career-routes: --set-kiosk-pin: the two PINs are not the same; nothing was written", err());

        err.reset();
        assertEquals(2, run(dir, "1234"));
        assertEquals("career-routes: --set-kiosk-pin: the two PINs are not the same; nothing was written", err());

        err.reset();
        assertEquals(2, run(dir));
        assertEquals("career-routes: --set-kiosk-pin: no PIN was given; nothing was written", err());

        assertFalse(Files.exists(dir.resolve(KioskConfig.FILE_NAME)));
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedWithExitOne() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");
        assertEquals(1, run(notAFolder.resolve("settings"), "1234", "1234"));
        assertTrue(err().startsWith("career-routes: --set-kiosk-pin: " + notAFolder.resolve("settings")
                .resolve(KioskConfig.FILE_NAME) + ": cannot be written: its folder " + notAFolder.resolve("settings")
                + " cannot be made (a file is in the way where a folder should be)."), err());
        assertTrue(err().endsWith("run this as an administrator."), err());
    }

    @Test
    void overACorruptFileThePinIsSetTheOtherSettingsKeptAndTheBadLineNamedWithExitOne() throws IOException {
        Path file = dir.resolve(KioskConfig.FILE_NAME);
        Files.writeString(file, "kiosk=true\nidle-timeout=9\\u00G0\npin.iterations=1\n");

        assertEquals(1, run(dir, "246810", "246810"));

        assertEquals("career-routes: " + file + ":2: this line cannot be read: a \\u escape must be followed by four "
                + "hexadecimal digits (0-9, a-f)", err().lines().findFirst().orElseThrow());
        assertTrue(err().endsWith("the PIN is set and the other settings in " + file + " are kept as they were, but the "
                + "lines above could not be understood. Until they are put right, this computer starts locked in kiosk mode."), err());
        assertFalse(err().contains("Exception"), "no stack trace: " + err());
        String text = Files.readString(file);
        assertTrue(text.startsWith("kiosk=true" + System.lineSeparator() + "idle-timeout=9\\u00G0" + System.lineSeparator()
                + "pin.algorithm="), text);
        assertFalse(text.contains("pin.iterations=1" + System.lineSeparator()), "the damaged PIN is replaced: " + text);
        KioskConfig settings = KioskConfig.load(dir);
        assertTrue(settings.kiosk());
        assertTrue(settings.pin().orElseThrow().matches("246810".toCharArray()));
    }

    @Test
    void overADamagedPinAloneThePinIsSetWithExitZero() throws IOException {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), "kiosk=true\npin.algorithm=PBKDF2WithHmacSHA256\npin.iterations=1\n");
        assertEquals(0, run(dir, "1357", "1357"));
        assertEquals("", err());
        assertEquals(List.of(), KioskConfig.load(dir).problems());
    }

    @Test
    void aFolderInTheFilesPlaceIsNamedAndNothingIsWritten() throws IOException {
        Path file = Files.createDirectory(dir.resolve(KioskConfig.FILE_NAME));
        assertEquals(1, run(dir, "1234", "1234"));
        assertEquals("career-routes: --set-kiosk-pin: " + file + " is a folder, not a file; nothing was written. "
                + "Put it right (or remove it), then run this again.", err());
        assertTrue(Files.isDirectory(file));
    }

    /** Issue 20: the new PIN was joined onto a last line ending in a backslash, and then called damaged. */
    @Test
    void overAFileWhoseLastLineEndsInABackslashThePinIsWrittenOnLinesOfItsOwn() throws IOException {
        Path file = dir.resolve(KioskConfig.FILE_NAME);
        for (String last : List.of("idle-timeout=120\\", "idle-timeout=120\\" + System.lineSeparator())) {
            Files.writeString(file, "kiosk=true" + System.lineSeparator() + last);
            err.reset();
            assertEquals(0, run(dir, "246810", "246810"), err());
            assertEquals("", err());
            KioskConfig settings = KioskConfig.load(dir);
            assertEquals(List.of(), settings.problems());
            assertTrue(settings.pin().orElseThrow().matches("246810".toCharArray()));
            assertEquals(120, settings.idleTimeoutSeconds().orElseThrow(), "the line that went on keeps its meaning");
        }
    }
}
