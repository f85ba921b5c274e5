package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KioskPinTest {

    private static KioskPin pin(String digits) {
        return KioskPin.create(digits.toCharArray(), 1_000, new SecureRandom());
    }

    @Test
    void theRightPinMatchesAndNothingElseDoes() {
        KioskPin pin = pin("4711");
        assertTrue(pin.matches("4711".toCharArray()));
        assertFalse(pin.matches("4712".toCharArray()));
        assertFalse(pin.matches("47110".toCharArray()));
        assertFalse(pin.matches("".toCharArray()));
    }

    @Test
    void eachHashHasItsOwnSaltSoTheSamePinHashesDifferently() {
        KioskPin a = pin("123456");
        KioskPin b = pin("123456");
        assertFalse(Arrays.equals(a.salt(), b.salt()));
        assertFalse(Arrays.equals(a.hash(), b.hash()));
        assertEquals(32, a.hash().length);
        assertEquals(16, a.salt().length);
    }

    @Test
    void aStoredHashReadBackStillMatches() {
        KioskPin made = pin("0000");
        KioskPin read = KioskPin.of(made.iterations(), made.salt(), made.hash(), 1_000);
        assertTrue(read.matches("0000".toCharArray()));
        assertArrayEquals(made.hash(), read.hash());
    }

    @Test
    void aStoredHashWeakerThanOursOrOfTheWrongSizeIsRefused() {
        KioskPin made = pin("0000");
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class,
                () -> KioskPin.of(1, made.salt(), made.hash()));
        assertEquals("pin.iterations is 1, fewer than the 600000 this version writes", weak.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KioskPin.of(599_999, made.salt(), made.hash()));
        assertEquals(600_000, KioskPin.of(600_000, made.salt(), made.hash()).iterations());

        assertEquals(Optional.of("pin.hash is 31 bytes, not 32"), KioskPin.damage(600_000, 16, 31, 600_000));
        assertEquals(Optional.of("pin.hash is 64 bytes, not 32"), KioskPin.damage(600_000, 16, 64, 600_000));
        assertEquals(Optional.of("pin.salt is 8 bytes, not at least 16"), KioskPin.damage(600_000, 8, 32, 600_000));
        assertEquals(Optional.of("pin.iterations is 10000001, more than 10000000"), KioskPin.damage(10_000_001, 16, 32, 600_000));
        assertEquals(Optional.empty(), KioskPin.damage(600_000, 32, 32, 600_000));
    }

    @Test
    void theDefaultIsTheFullIterationCount() {
        assertEquals(600_000, KioskPin.DEFAULT_ITERATIONS);
        assertEquals(KioskPin.DEFAULT_ITERATIONS, KioskPin.create("9876".toCharArray()).iterations());
    }

    @Test
    void aNewPinIsFourToTwelveDigits() {
        assertEquals(Optional.empty(), KioskPin.problem("1234".toCharArray()));
        assertEquals(Optional.empty(), KioskPin.problem("123456789012".toCharArray()));
        assertEquals(Optional.of("the PIN must be 4 to 12 digits long"), KioskPin.problem("123".toCharArray()));
        assertEquals(Optional.of("the PIN must be 4 to 12 digits long"), KioskPin.problem("1234567890123".toCharArray()));
        assertEquals(Optional.of("the PIN must be digits only (0 to 9)"), KioskPin.problem("12a4".toCharArray()));
        assertEquals(Optional.of("the PIN must be digits only (0 to 9)"), KioskPin.problem("١٢٣٤".toCharArray()),
                "other scripts' digits are refused: the number pad has only 0-9");
        assertThrows(IllegalArgumentException.class, () -> pin("12"));
    }

    @Test
    void wrongPinsWaitLongerEachTimeUpToAMinute() {
        FakeClock clock = new FakeClock();
        PinAttempts attempts = new PinAttempts(clock);
        assertTrue(attempts.mayTry());

        attempts.failed();
        assertFalse(attempts.mayTry());
        assertEquals(Duration.ofSeconds(1), attempts.waitLeft());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(attempts.mayTry());

        attempts.failed();
        assertEquals(Duration.ofSeconds(2), attempts.waitLeft());
        clock.advance(Duration.ofSeconds(2));
        attempts.failed();
        assertEquals(Duration.ofSeconds(4), attempts.waitLeft());

        assertEquals(Duration.ofSeconds(32), PinAttempts.waitAfter(6));
        assertEquals(Duration.ofMinutes(1), PinAttempts.waitAfter(7));
        assertEquals(Duration.ofMinutes(1), PinAttempts.waitAfter(1_000));

        clock.advance(Duration.ofSeconds(4));
        attempts.succeeded();
        attempts.failed();
        assertEquals(Duration.ofSeconds(1), attempts.waitLeft(), "a right PIN starts the count again");
    }

    @Test
    void fiveTapsOnTheCornerWithinThreeSecondsOpenThePrompt() {
        FakeClock clock = new FakeClock();
        AdminTaps taps = new AdminTaps(clock);
        for (int i = 0; i < 4; i++) {
            assertFalse(taps.tap());
            clock.advance(Duration.ofMillis(500));
        }
        assertTrue(taps.tap());
        assertFalse(taps.tap(), "the count starts again");

        taps.elsewhere();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(900));
            assertFalse(taps.tap(), "too slow: five taps over 3.6 s");
        }

        assertTrue(AdminTaps.inCorner(0, 0));
        assertTrue(AdminTaps.inCorner(47, 47));
        assertFalse(AdminTaps.inCorner(48, 10));
        assertFalse(AdminTaps.inCorner(10, 100));
    }

    @Test
    void aKioskStartsLockedSoAStartGivesNoQuickTriesAndTheRightPinUnlocksIt() {
        FakeClock clock = new FakeClock();
        PinAttempts attempts = PinAttempts.lockedAtStart(clock);
        assertFalse(attempts.anyTried());
        assertEquals(Duration.ofMinutes(1), attempts.waitLeft(), "a minute before the first try");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(attempts.mayTry());
        attempts.failed();
        assertTrue(attempts.anyTried());
        assertEquals(Duration.ofMinutes(1), attempts.waitLeft(), "and a minute after each wrong one, from the first");
        clock.advance(Duration.ofMinutes(1));
        attempts.succeeded();
        attempts.failed();
        assertEquals(Duration.ofSeconds(1), attempts.waitLeft(), "the right PIN starts the count again");
    }
}
