package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinCheckTest {

    private static final KioskPin PIN = KioskPin.create("2468".toCharArray(), 1_000, new SecureRandom());

    private final FakeClock clock = new FakeClock();
    /** Work handed to the check's thread, run when the test says. */
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Executor onTheSpot = Runnable::run;
    private final List<Boolean> results = new ArrayList<>();

    private PinCheck check() {
        return new PinCheck(PIN, new PinAttempts(clock), worker::add, onTheSpot);
    }

    private boolean submit(PinCheck check, String digits) {
        return check.submit(digits.toCharArray(), results::add);
    }

    @Test
    void oneAttemptIsCheckedAtATime() {
        PinCheck check = check();
        assertEquals(PinCheck.State.READY, check.state());

        assertTrue(submit(check, "1111"));
        assertEquals(PinCheck.State.CHECKING, check.state());
        char[] second = "2468".toCharArray();
        assertFalse(check.submit(second, results::add), "refused while the first is checked, even the right PIN");
        assertEquals("\0\0\0\0", new String(second), "and wiped");
        assertEquals(1, worker.size());

        worker.remove().run();
        assertEquals(List.of(false), results);
        assertEquals(PinCheck.State.WAITING, check.state());
        assertEquals(Duration.ofSeconds(1), check.waitLeft());
        assertFalse(submit(check, "2468"), "refused during the wait");
        assertTrue(worker.isEmpty());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(PinCheck.State.READY, check.state());
        assertTrue(submit(check, "2468"));
        worker.remove().run();
        assertEquals(List.of(false, true), results);
        assertEquals(PinCheck.State.READY, check.state());
    }

    @Test
    void theWaitAfterAWrongPinIsCountedBeforeTheResultIsTold() {
        PinCheck check = check();
        List<PinCheck.State> seen = new ArrayList<>();
        check.submit("1357".toCharArray(), right -> seen.add(check.state()));
        worker.remove().run();
        assertEquals(List.of(PinCheck.State.WAITING), seen, "a prompt told of a wrong PIN shows the wait at once");
    }

    /**
     * What docs/kiosk.md says an attacker gets: trying again the moment each wait ends, and
     * taking no time to check (a real check takes a few tenths of a second more each time).
     */
    @Test
    void anAttackerGets65TriesInTheFirstHourAnd60AnHourAfter() {
        PinCheck check = check();
        Duration elapsed = Duration.ZERO;
        int firstHour = 0;
        int secondHour = 0;
        while (elapsed.compareTo(Duration.ofHours(2)) < 0) {
            if (check.state() == PinCheck.State.READY) {
                submit(check, "0000");
                worker.remove().run();
                if (elapsed.compareTo(Duration.ofHours(1)) < 0) {
                    firstHour++;
                } else {
                    secondHour++;
                }
            }
            Duration step = check.waitLeft().isZero() ? Duration.ofMillis(1) : check.waitLeft();
            clock.advance(step);
            elapsed = elapsed.plus(step);
        }
        assertEquals(65, firstHour);
        assertEquals(60, secondHour);
    }
}
