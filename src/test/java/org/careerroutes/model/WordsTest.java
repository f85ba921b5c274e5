package org.careerroutes.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" to \"{1}\": {2}")
    @CsvSource({"physics, physics, 0", "phisics, physics, 1", "phyics, physics, 1", "maths, math, 1",
        "'', abc, 3", "kitten, sitting, 3", "flaw, lawn, 2"})
    void editDistanceCountsLettersAddedRemovedOrChanged(String a, String b, int distance) {
        assertEquals(distance, Words.editDistance(a, b));
        assertEquals(distance, Words.editDistance(b, a));
    }
}
