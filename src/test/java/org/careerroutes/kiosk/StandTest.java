package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the attract screen of a stand of several jobs says of how many there are. */
class StandTest {

    @Test
    void theCountIsSaidInWords() {
        assertEquals("32 jobs to explore", Stand.ofJobs(32, List.of()).headline());
        assertEquals("2 jobs to explore", Stand.ofJobs(2, List.of(new Stand.Job("Nurse", "Nurses care."))).headline());
        assertEquals("1 job to explore", Stand.ofJobs(1, List.of()).headline(), "while a folder of one file is read");
    }
}
