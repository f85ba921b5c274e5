package org.careerroutes.kiosk.insights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts file: totals only, written so that it reads back the same, and read strictly. */
class CountsFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static String text(VisitCounts counts) {
        return new String(CountsFile.bytes(counts), StandardCharsets.UTF_8);
    }

    @Test
    void aDayIsOneLineOfTotalsInTheOrderOfTheirNames() throws Exception {
        VisitCounts counts = VisitCounts.NONE.plus(DAY, Set.of("visits", "tab.overview", "answer.yes"))
                .plus(DAY, Set.of("visits", "tab.overview"));
        List<String> lines = text(counts).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("# "));
        assertEquals("career-routes-visit-counts 1", lines.get(1));
        assertEquals("2026-12-01 answer.yes=1 tab.overview=2 visits=2", lines.get(2));
        assertEquals(counts, CountsFile.parse(text(counts)));
    }

    @Test
    void anyCountsReadBackAsTheyWereWrittenWhateverTheIdsHoldInThem() throws Exception {
        Random random = new Random(26);
        List<String> ids = List.of("degree-stp", "a b=c", "line\nbreak", "%41", "ümlaut", "x".repeat(60), "日本", "-_");
        for (int run = 0; run < 200; run++) {
            Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
            for (int d = random.nextInt(5); d >= 0; d--) {
                Map<String, Long> day = new TreeMap<>();
                day.put(Measure.VISITS, (long) random.nextInt(1000));
                day.put(Measure.length(LengthBand.values()[random.nextInt(4)]), (long) random.nextInt(50));
                day.put(Measure.mapPathway(ids.get(random.nextInt(ids.size()))), (long) random.nextInt(50));
                day.put(Measure.myPathway(ids.get(random.nextInt(ids.size()))), Long.MAX_VALUE / (1 + random.nextInt(9)));
                day.put(Measure.tab(ids.get(random.nextInt(ids.size()))), (long) random.nextInt(3));
                day.put(Measure.answer(Answer.values()[random.nextInt(3)]), (long) random.nextInt(7));
                days.put(DAY.minusDays(random.nextInt(400)), day);
            }
            VisitCounts counts = VisitCounts.of(days);
            assertEquals(counts, CountsFile.parse(text(counts)), "run " + run);
            assertFalse(text(counts).contains("a b=c"), "an id's space and = are encoded");
        }
    }

    @Test
    void idsAreEncodedOneWayOnly() {
        for (String id : List.of("degree-stp", "a b=c", "%", "ü", "日本", "_-")) {
            assertEquals(id, Measure.decode(Measure.encode(id)).orElseThrow(), id);
            assertTrue(Measure.encode(id).matches("[A-Za-z0-9_%-]+"), Measure.encode(id));
        }
        assertTrue(Measure.decode("%61").isEmpty(), "'a' spelt as %61 is not how it is written");
        assertTrue(Measure.decode("%2").isEmpty());
        assertTrue(Measure.decode("%zz").isEmpty());
        assertTrue(Measure.decode("a.b").isEmpty());
        assertTrue(Measure.decode("").isEmpty());
    }

    private static CountsFile.Damaged damage(String text) {
        return assertThrows(CountsFile.Damaged.class, () -> CountsFile.parse(text));
    }

    @Test
    void anythingAKioskDoesNotWriteIsDamageNamedByItsLine() {
        String header = "# comment\ncareer-routes-visit-counts 1\n";
        record Case(String text, int line, String why) {
        }
        for (Case c : List.of(
                new Case("", 0, "has no \"career-routes-visit-counts 1\" line: it is not a counts file"),
                new Case("visits=3\n", 1, "is not a counts file (its first line should be \"career-routes-visit-counts 1\")"),
                new Case("career-routes-visit-counts 2\n", 1, "is in counts format \"2\", which this version of Career Routes does not read (it reads format 1)"),
                new Case(header + "yesterday visits=3\n", 3, "should start with a day as YEAR-MONTH-DAY, not \"yesterday\""),
                new Case(header + "2026-02-30 visits=3\n", 3, "\"2026-02-30\" is not a day of the calendar"),
                new Case(header + "2026-12-02 visits=3\n2026-12-01 visits=1\n", 4, "the day 2026-12-01 comes after 2026-12-02: days are kept in order"),
                new Case(header + "2026-12-01 visits=3\n2026-12-01 visits=1\n", 4, "the day 2026-12-01 is there twice"),
                new Case(header + "2026-12-01 visits=3 grades.maths=7\n", 3, "\"grades.maths\" is not something a kiosk counts"),
                new Case(header + "2026-12-01 visits=three\n", 3, "the count of visits is not a whole number: \"three\""),
                new Case(header + "2026-12-01 visits=-1\n", 3, "the count of visits is not a whole number: \"-1\""),
                new Case(header + "2026-12-01 visits=007\n", 3, "the count of visits is not a whole number: \"007\""),
                new Case(header + "2026-12-01 visits=1 visits=2\n", 3, "visits is counted twice in one day"),
                new Case(header + "2026-12-01 visits\n", 3, "\"visits\" is not name=count"),
                new Case(header + "2026-12-01  visits=1\n", 3, "\"\" is not name=count"),
                new Case(header + "2026-12-01 visits=99999999999999999999\n", 3, "the count of visits is not a whole number: \"99999999999999999999\""))) {
            CountsFile.Damaged damaged = damage(c.text());
            assertEquals(c.why(), damaged.getMessage(), c.text());
            assertEquals(c.line(), damaged.line(), c.text());
        }
        assertEquals("counts.txt:3: why", new CountsFile.Damaged(3, "why").describe("counts.txt"));
        assertEquals("counts.txt: why", new CountsFile.Damaged(0, "why").describe("counts.txt"));
    }

    @Test
    void windowsLineEndsAndADayWithNothingOnItAreRead() throws Exception {
        VisitCounts read = CountsFile.parse("career-routes-visit-counts 1\r\n2026-12-01 visits=4\r\n2026-12-02\r\n");
        assertEquals(4, read.count(DAY, "visits"));
        assertEquals(List.of(DAY), List.copyOf(read.days().keySet()));
    }
}
