package org.careerroutes.kiosk;

import org.careerroutes.kiosk.KioskSession.Phase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KioskSessionTest {

    private final FakeClock clock = new FakeClock();
    private final KioskSession session = new KioskSession(Duration.ofSeconds(120), Duration.ofSeconds(20), clock);

    @Test
    void startsOnTheAttractScreenAndAnyInputStartsAVisit() {
        assertEquals(Phase.ATTRACT, session.phase());
        assertEquals(Optional.empty(), session.untilNextUpdate(), "nothing happens on its own on the attract screen");
        clock.advance(Duration.ofHours(3));
        assertEquals(Phase.ATTRACT, session.update());

        assertTrue(session.input(), "the first touch starts a visit");
        assertEquals(Phase.VISIT, session.phase());
        assertFalse(session.input(), "later input only keeps the visit going");
    }

    @Test
    void theIdleTimeoutShowsThePromptAndInputPostponesIt() {
        session.input();
        clock.advance(Duration.ofSeconds(119));
        assertEquals(Phase.VISIT, session.update());
        assertEquals(Optional.of(Duration.ofSeconds(1)), session.untilNextUpdate());

        session.input();
        clock.advance(Duration.ofSeconds(119));
        assertEquals(Phase.VISIT, session.update(), "input restarts the idle time");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Phase.STILL_THERE, session.update());
        assertEquals(20, session.secondsLeft());
    }

    @Test
    void stillHereKeepsTheVisitAndOtherInputDoesNotAnswerThePrompt() {
        session.input();
        clock.advance(Duration.ofSeconds(120));
        session.update();

        clock.advance(Duration.ofSeconds(5));
        assertFalse(session.input());
        assertEquals(Phase.STILL_THERE, session.phase(), "only the prompt's button answers it");
        assertEquals(15, session.secondsLeft());

        session.stillHere();
        assertEquals(Phase.VISIT, session.phase());
        clock.advance(Duration.ofSeconds(119));
        assertEquals(Phase.VISIT, session.update(), "the idle time starts again from the answer");
    }

    @Test
    void theCountdownEndsTheVisitAndCountsDownInWholeSeconds() {
        session.input();
        clock.advance(Duration.ofSeconds(120));
        session.update();
        assertEquals(Optional.of(Duration.ofSeconds(1)), session.untilNextUpdate());

        clock.advance(Duration.ofMillis(300));
        assertEquals(20, session.secondsLeft(), "rounded up: never shows 0 while time is left");
        assertEquals(Optional.of(Duration.ofMillis(700)), session.untilNextUpdate());

        clock.advance(Duration.ofMillis(19_600));
        assertEquals(Phase.STILL_THERE, session.update());
        assertEquals(1, session.secondsLeft());
        assertEquals(Optional.of(Duration.ofMillis(100)), session.untilNextUpdate());

        clock.advance(Duration.ofMillis(100));
        assertEquals(Phase.ATTRACT, session.update());
        assertEquals(0, session.secondsLeft());
        assertTrue(session.input(), "the next touch is a new visit");
    }

    @Test
    void thePromptAlwaysGetsItsWholeCountdownEvenWhenNoticedLate() {
        session.input();
        clock.advance(Duration.ofHours(1));   // the machine slept, say
        assertEquals(Phase.STILL_THERE, session.update(), "shows the prompt, not straight to the attract screen");
        assertEquals(20, session.secondsLeft());
    }

    @Test
    void aVisitCanBeEndedAtOnce() {
        session.input();
        session.endVisit();
        assertEquals(Phase.ATTRACT, session.phase());
    }

    @Test
    void durationsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new KioskSession(Duration.ZERO, Duration.ofSeconds(20), clock));
        assertThrows(IllegalArgumentException.class, () -> new KioskSession(Duration.ofSeconds(1), Duration.ofSeconds(-1), clock));
    }
}
