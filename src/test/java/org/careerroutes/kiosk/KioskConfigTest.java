package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KioskConfigTest {

    @TempDir
    Path dir;

    private void write(String text) throws IOException {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), text);
    }

    @Test
    void noFileMeansNoSettings() {
        assertEquals(KioskConfig.NONE, KioskConfig.load(dir));
        assertEquals(KioskConfig.NONE, KioskConfig.load(dir.resolve("no-such-folder")));
    }

    @Test
    void theDefaultFolderIsMachineWideForEachSystem() {
        assertEquals(Path.of("D:\\Data", "CareerRoutes"),
                KioskConfig.defaultDirectory("Windows 11", Map.of("ProgramData", "D:\\Data")::get));
        assertEquals(Path.of("C:\\ProgramData", "CareerRoutes"), KioskConfig.defaultDirectory("Windows 10", name -> null));
        assertEquals(Path.of("/etc/career-routes"), KioskConfig.defaultDirectory("Linux", name -> null));
        assertEquals(Path.of("/Library/Application Support/CareerRoutes"), KioskConfig.defaultDirectory("Mac OS X", name -> null));
    }

    @Test
    void theSystemPropertyNamesTheFolder() {
        String old = System.getProperty(KioskConfig.DIRECTORY_PROPERTY);
        try {
            System.setProperty(KioskConfig.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, KioskConfig.directory());
        } finally {
            if (old == null) {
                System.clearProperty(KioskConfig.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(KioskConfig.DIRECTORY_PROPERTY, old);
            }
        }
    }

    @Test
    void kioskModeAndTheIdleTimeoutCanBeSetForTheMachine() throws IOException {
        write("kiosk=true\nidle-timeout=90\n");
        KioskConfig config = KioskConfig.load(dir);
        assertTrue(config.kiosk());
        assertEquals(OptionalInt.of(90), config.idleTimeoutSeconds());
        assertTrue(config.pin().isEmpty());
        assertEquals(List.of(), config.problems());
    }

    @Test
    void writingThePinStoresOnlyItsSaltedHashAndKeepsTheOtherSettings() throws IOException {
        write("kiosk=true\nidle-timeout=90\n");
        KioskPin pin = KioskPin.create("271828".toCharArray(), 1_000, new SecureRandom());

        Path file = KioskConfig.writePin(dir, pin);

        assertEquals(dir.resolve(KioskConfig.FILE_NAME), file);
        String text = Files.readString(file);
        assertFalse(text.contains("271828"), text);
        assertTrue(text.contains("pin.algorithm=PBKDF2WithHmacSHA256"), text);
        assertTrue(text.contains("pin.iterations=1000"), text);
        KioskConfig config = KioskConfig.load(dir, 1_000);
        assertEquals(List.of(), config.problems());
        assertTrue(config.kiosk());
        assertEquals(OptionalInt.of(90), config.idleTimeoutSeconds());
        assertTrue(config.pin().orElseThrow().matches("271828".toCharArray()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void theWrittenFileIsReadableByTheKioskAccount() throws IOException {
        Path file = KioskConfig.writePin(dir.resolve("new-folder"), KioskPin.create("1234".toCharArray(), 1_000, new SecureRandom()));
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(posix.readAttributes().permissions()));
        }
    }

    @Test
    void aSecondPinReplacesTheFirst() throws IOException {
        KioskConfig.writePin(dir, KioskPin.create("1111".toCharArray(), 1_000, new SecureRandom()));
        KioskConfig.writePin(dir, KioskPin.create("2222".toCharArray(), 1_000, new SecureRandom()));
        KioskPin pin = KioskConfig.load(dir, 1_000).pin().orElseThrow();
        assertTrue(pin.matches("2222".toCharArray()));
        assertFalse(pin.matches("1111".toCharArray()));
    }

    @Test
    void positiveWholeNumbers() {
        assertEquals(OptionalInt.of(120), KioskConfig.positiveWholeNumber("120"));
        assertEquals(OptionalInt.of(1), KioskConfig.positiveWholeNumber(" 1 "));
        for (String bad : List.of("", "0", "-5", "1.5", "2m", "abc", "99999999999")) {
            assertEquals(OptionalInt.empty(), KioskConfig.positiveWholeNumber(bad), bad);
        }
    }
}
