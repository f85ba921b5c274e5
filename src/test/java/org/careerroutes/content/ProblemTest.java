package org.careerroutes.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTest {

    @Test
    void aProblemAtAPlaceIsFormattedAsFileLineColumn() {
        Problem error = new Problem(Problem.Severity.ERROR, "a.json", 3, 7, "must be text");
        Problem warning = new Problem(Problem.Severity.WARNING, "a.json", 4, 1, "unknown field");
        assertEquals("a.json:3:7: must be text", error.format());
        assertEquals("a.json:4:1: warning: unknown field", warning.format());
        assertFalse(error.isWholeFile());
    }

    @Test
    void aProblemWithTheWholeFileHasNoMadeUpPosition() {
        Problem problem = Problem.wholeFile("gone.json", "no such file");
        assertEquals("gone.json: no such file", problem.format());
        assertTrue(problem.isWholeFile());
        assertTrue(problem.isError());
        assertEquals("gone.json: warning: odd", new Problem(Problem.Severity.WARNING, "gone.json", 0, 0, "odd").format());
    }

    @Test
    void aNegativePositionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Problem(Problem.Severity.ERROR, "a.json", -1, 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Problem(Problem.Severity.ERROR, "a.json", 1, -1, "x"));
    }
}
