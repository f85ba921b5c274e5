package org.careerroutes.kiosk.insights;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one visit adds to its day, and how days are added up and kept. */
class VisitCountsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aVisitThatOnlySawItsFirstPageIsCountedAsAVisitWithItsLengthAndNothingElse() {
        VisitTally tally = new VisitTally();
        tally.startedOn("overview");
        tally.openedTab("overview");
        assertFalse(tally.didSomething());
        assertEquals(Set.of("visits", "length.under-1", "tab.overview"), tally.measures(Duration.ofSeconds(20)));
    }

    @Test
    void eachThingAVisitDidCountsOnceWhateverHowOftenAndInNoOrder() {
        VisitTally tally = new VisitTally();
        tally.startedOn("overview");
        tally.printed();
        tally.openedTab("route-map");
        tally.choseOnMap("degree-stp");
        tally.choseOnMap("apprenticeship");
        tally.choseOnMap("degree-stp");
        tally.madeMyPathway("apprenticeship");
        tally.changedComparison();
        tally.changedComparison();
        tally.usedOnTrack();
        tally.showedCode();
        tally.openedTab("route-map");
        assertTrue(tally.didSomething());
        assertEquals(List.of("code-shown", "compare-changed", "length.3-10", "map-pathway.apprenticeship",
                        "map-pathway.degree-stp", "my-pathway.apprenticeship", "on-track", "printed", "tab.overview",
                        "tab.route-map", "visits", "with-action"),
                List.copyOf(tally.measures(Duration.ofMinutes(4))), "sorted by name: the order of actions is not kept");
    }

    @Test
    void lengthsFallIntoFourBands() {
        assertEquals(LengthBand.UNDER_1, LengthBand.of(Duration.ZERO));
        assertEquals(LengthBand.UNDER_1, LengthBand.of(Duration.ofSeconds(59)));
        assertEquals(LengthBand.FROM_1_TO_3, LengthBand.of(Duration.ofSeconds(60)));
        assertEquals(LengthBand.FROM_1_TO_3, LengthBand.of(Duration.ofSeconds(179)));
        assertEquals(LengthBand.FROM_3_TO_10, LengthBand.of(Duration.ofMinutes(3)));
        assertEquals(LengthBand.FROM_3_TO_10, LengthBand.of(Duration.ofMinutes(10)));
        assertEquals(LengthBand.OVER_10, LengthBand.of(Duration.ofSeconds(601)));
        assertEquals(LengthBand.UNDER_1, LengthBand.of(Duration.ofSeconds(-5)), "a clock put back is not a negative visit");
    }

    @Test
    void visitsAddUpPerDayAndCountsOfNothingAreNotKept() {
        VisitCounts counts = VisitCounts.NONE
                .plus(DAY, Set.of("visits", "tab.overview"))
                .plus(DAY, Set.of("visits", "tab.overview", "on-track"))
                .plus(DAY.plusDays(1), Set.of("visits"));
        assertEquals(2, counts.count(DAY, "visits"));
        assertEquals(1, counts.count(DAY, "on-track"));
        assertEquals(0, counts.count(DAY, "printed"));
        assertEquals(List.of(DAY, DAY.plusDays(1)), List.copyOf(counts.days().keySet()));
        assertEquals(VisitCounts.NONE, VisitCounts.of(Map.of(DAY, Map.of("visits", 0L))), "a day of zeros is no day");
        assertThrows(IllegalArgumentException.class, () -> VisitCounts.of(Map.of(DAY, Map.of("visits", -1L))));
    }

    @Test
    void countsMadeWhileTheFileWasReadAreAddedToIt() {
        VisitCounts saved = VisitCounts.of(Map.of(DAY, Map.of("visits", 10L, "printed", 2L)));
        VisitCounts meanwhile = VisitCounts.NONE.plus(DAY, Set.of("visits", "code-shown")).plus(DAY.plusDays(1), Set.of("visits"));
        VisitCounts both = saved.plus(meanwhile);
        assertEquals(11, both.count(DAY, "visits"));
        assertEquals(2, both.count(DAY, "printed"));
        assertEquals(1, both.count(DAY, "code-shown"));
        assertEquals(1, both.count(DAY.plusDays(1), "visits"));
    }

    @Test
    void onlyTheDaysKeptAreKept() {
        LocalDate today = DAY;
        VisitCounts counts = VisitCounts.NONE
                .plus(today.minusDays(365), Set.of("visits"))
                .plus(today.minusDays(364), Set.of("visits"))
                .plus(today, Set.of("visits"))
                .plus(today.plusDays(2), Set.of("visits"));
        assertEquals(List.of(today.minusDays(364), today, today.plusDays(2)),
                List.copyOf(counts.keptFor(365, today).days().keySet()), "365 days: today and the 364 before it");
        assertEquals(List.of(today, today.plusDays(2)), List.copyOf(counts.keptFor(1, today).days().keySet()));
        assertThrows(IllegalArgumentException.class, () -> counts.keptFor(0, today));
    }
}
