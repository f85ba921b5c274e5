package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code printer=yes|no}: whether visitors at this stand may print their plan. */
class KioskPrinterSettingTest {

    @TempDir
    Path dir;

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), text);
        return KioskConfig.load(dir);
    }

    @Test
    void noPrinterUnlessTheMachineSaysSo() throws IOException {
        assertFalse(KioskConfig.NONE.printer());
        assertFalse(load("kiosk=true\n").printer());
        KioskConfig no = load("kiosk=true\nprinter=no\n");
        assertFalse(no.printer());
        assertEquals(List.of(), no.problems());
    }

    @Test
    void printerYesAllowsPrinting() throws IOException {
        KioskConfig yes = load("kiosk=true\nprinter=yes\nidle-timeout=90\n");
        assertTrue(yes.printer());
        assertTrue(yes.kiosk());
        assertEquals(List.of(), yes.problems());
    }

    @Test
    void aValueThatIsNotYesOrNoIsAProblemAndAllowsNoPrinting() throws IOException {
        for (String value : List.of("true", "Yes", "1", "")) {
            KioskConfig config = load("kiosk=false\nprinter=" + value + "\n");
            assertFalse(config.printer(), value);
            assertTrue(config.kiosk(), "fails closed: starts in kiosk mode");
            assertEquals(List.of(dir.resolve(KioskConfig.FILE_NAME) + ":2: printer must be yes or no (in small letters), not \""
                    + value + "\""), config.problems());
        }
    }

    @Test
    void anyOtherProblemInTheFileAllowsNoPrinting() throws IOException {
        KioskConfig config = load("printer=yes\nprinters=yes\n");
        assertFalse(config.printer());
        assertTrue(config.kiosk());
        assertEquals(List.of(dir.resolve(KioskConfig.FILE_NAME) + ":2: unknown setting \"printers\""), config.problems());
    }

    @Test
    void printerSetTwiceIsAProblem() throws IOException {
        KioskConfig config = load("printer=yes\nprinter=no\n");
        assertFalse(config.printer());
        assertEquals(List.of(dir.resolve(KioskConfig.FILE_NAME) + ":2: printer is set again (first on line 1)"), config.problems());
    }

    @Test
    void writingThePinKeepsThePrinterLine() throws IOException {
        load("kiosk=true\nprinter=yes\n");
        KioskConfig.writePin(dir, KioskPin.create("1357".toCharArray(), 1_000, new java.security.SecureRandom()));
        KioskConfig config = KioskConfig.load(dir, 1_000);
        assertTrue(config.printer());
        assertTrue(config.pin().isPresent());
    }
}
