package org.careerroutes.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number is read as what it may be (a small whole number), never expanded: {@code 1e99999999}
 * is eleven characters in the file and a problem on its line, not a number with a hundred million
 * digits worked out (the same hazard as a plan's, issue 20).
 */
class HugeNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999", "2e999999999", "-1e-99999999", "1E+99999999", "123456789012345678901234567890"})
    void aHugeNumberWhereAWholeNumberGoesIsAProblemOnItsLine(String huge) {
        String json = TestProfiles.builtInJson().replaceFirst("\"formatVersion\": 1", "\"formatVersion\": " + huge)
                .replaceFirst("\"months\": 24", "\"months\": " + huge)
                .replaceFirst("\"count\": 2", "\"count\": " + huge);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ProfileLoader.read("huge.json", json));
        assertFalse(result.isValid());
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("whole number")),
                result.problems().toString());
        assertTrue(result.problems().stream().allMatch(p -> p.message().length() < 400), "echoes are short");
    }
}
