package org.careerroutes.kiosk;

import org.careerroutes.kiosk.insights.InsightsSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code insights=on|off} and {@code insightsDays=N}: whether the stand counts visits and how
 * many days it keeps. A value that cannot be understood counts nothing (fails closed), and so does
 * a file with any other problem, since a line that could not be read may have said insights=off.
 */
class KioskInsightsSettingTest {

    @TempDir
    Path dir;

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve(KioskConfig.FILE_NAME), text);
        return KioskConfig.load(dir);
    }

    private String file() {
        return dir.resolve(KioskConfig.FILE_NAME).toString();
    }

    @Test
    void visitsAreCountedForAYearUnlessTheMachineSaysOtherwise() throws IOException {
        assertEquals(new InsightsSetting(true, 365), KioskConfig.NONE.insights(), "no settings file");
        assertEquals(new InsightsSetting(true, 365), load("kiosk=true\n").insights());
        KioskConfig month = load("kiosk=true\ninsights=on\ninsightsDays=30\n");
        assertEquals(new InsightsSetting(true, 30), month.insights());
        assertEquals(List.of(), month.problems());
    }

    @Test
    void insightsOffCountsNothing() throws IOException {
        KioskConfig off = load("kiosk=true\ninsights=off\n");
        assertFalse(off.insights().on());
        assertEquals(List.of(), off.problems());
    }

    @Test
    void aValueThatIsNotOnOrOffIsAProblemAndCountsNothing() throws IOException {
        for (String value : List.of("Off", "no", "false", "")) {
            KioskConfig config = load("kiosk=false\ninsights=" + value + "\n");
            assertFalse(config.insights().on(), value);
            assertTrue(config.kiosk(), "fails closed: starts in kiosk mode");
            assertEquals(List.of(file() + ":2: insights must be on or off (in small letters), not \"" + value
                    + "\"; until it is put right, no visits are counted"), config.problems());
        }
    }

    @Test
    void daysThatAreNotAWholeNumberFromOneToTenYearsAreAProblemAndCountNothing() throws IOException {
        for (String value : List.of("0", "-5", "a year", "3651", "99999999999")) {
            KioskConfig config = load("insightsDays=" + value + "\n");
            assertFalse(config.insights().on(), value);
            assertEquals(List.of(file() + ":1: insightsDays must be a whole number of days from 1 to 3650, not \"" + value
                    + "\"; until it is put right, no visits are counted"), config.problems());
        }
        assertEquals(new InsightsSetting(true, 3650), load("insightsDays=3650\n").insights());
    }

    @Test
    void anyOtherProblemInTheFileCountsNothingForTheLineMayHaveTurnedItOff() throws IOException {
        KioskConfig config = load("kiosk=true\ninsight=off\n");
        assertFalse(config.insights().on(), "a misspelt insights=off");
        assertEquals(List.of(file() + ":2: unknown setting \"insight\""), config.problems());
        assertFalse(load("insights=on\ninsights=on\n").insights().on(), "set twice");
        Files.delete(dir.resolve(KioskConfig.FILE_NAME));
        Files.createDirectory(dir.resolve(KioskConfig.FILE_NAME));
        assertFalse(KioskConfig.load(dir).insights().on(), "a file that cannot be read at all");
    }
}
