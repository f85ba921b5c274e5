package org.careerroutes.kiosk.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fair report: each day kept, newest first, as the staff screen, the CSV and the PDF show it.
 * Every count under {@value #LEAST_SHOWN} is shown as "{@value #FEWER_THAN_5}", 0 included, so
 * that a small count never points at one visitor; and since a day's length bands add up to its
 * visits, one band held back alone would be found by subtraction, so the next smallest is "{@value
 * #HELD_BACK}" with it (not "fewer than 5", which it is not). There are no totals across days: a total beside its days would give a held-back day's
 * count away in the same way. Only what a row shows leaves this class: never a held-back count.
 *
 * @param today    the day the report was made
 * @param daysKept how many days the kiosk keeps
 * @param days     today first (even with nothing counted yet), then each earlier day kept, newest first
 */
public record FairReport(LocalDate today, int daysKept, List<Day> days) {

    /** The least count shown as a number. */
    public static final long LEAST_SHOWN = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";
    /** A count of 5 or more not shown, so that a count under 5 beside it cannot be worked out by subtraction. */
    public static final String HELD_BACK = "held back";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /**
     * One line of the report.
     *
     * @param id    for the screen's node ids: the measure's name with only letters, digits and -
     * @param label what was counted, in words
     * @param count the count, when it is shown; empty when it is held back (it is not kept here)
     * @param share the bar's length, from 0 to 1 of the day's largest count; 0 when held back
     * @param small held back as under 5 ("fewer than 5"), rather than beside one ("held back")
     */
    public record Row(String id, String label, OptionalLong count, double share, boolean small) {
        public Row {
            Objects.requireNonNull(label);
            if (count.isPresent() && count.getAsLong() < LEAST_SHOWN) {
                throw new IllegalArgumentException("a count under " + LEAST_SHOWN + " is never shown: " + id);
            }
        }

        public boolean heldBack() {
            return count.isEmpty();
        }

        /** The count with thousands separated ("1,234"), "fewer than 5", or "held back". */
        public String shown() {
            return count.isPresent() ? FairReport.shown(count.getAsLong()) : small ? FEWER_THAN_5 : HELD_BACK;
        }

        /** As a CSV cell: the count without separators, or the words. */
        public String plain() {
            return count.isPresent() ? Long.toString(count.getAsLong()) : shown();
        }
    }

    /** A group of rows under a heading ("How long visits lasted"). */
    public record Section(String id, String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One day.
     *
     * @param heading  "Today, Tuesday 1 December 2026" or "Monday 30 November 2026"
     * @param counted  whether anything was counted that day (today may have nothing yet)
     */
    public record Day(LocalDate date, String heading, boolean counted, List<Section> sections) {
        public Day {
            sections = List.copyOf(sections);
        }
    }

    /** The names of what a profile's visits count: its tabs and its pathways, each by id and title, in order. */
    public record Names(List<Name> tabs, List<Name> pathways) {
        public record Name(String id, String title) {
        }

        public Names {
            tabs = List.copyOf(tabs);
            pathways = List.copyOf(pathways);
        }
    }

    public FairReport {
        days = List.copyOf(days);
    }

    /** The days of the report that have counts: what a CSV or PDF holds. */
    public List<Day> countedDays() {
        return days.stream().filter(Day::counted).toList();
    }

    /** A count as the report shows it: the number, or "fewer than 5" under 5. */
    public static String shown(long count) {
        return count < LEAST_SHOWN ? FEWER_THAN_5 : String.format(Locale.UK, "%,d", count);
    }

    /** The report of these counts, with today first. */
    public static FairReport of(VisitCounts counts, Names names, LocalDate today, int daysKept) {
        List<Day> days = new ArrayList<>();
        days.add(day(today, counts.day(today).orElse(Map.of()), names, true));
        List<LocalDate> newestFirst = new ArrayList<>(counts.days().keySet());
        java.util.Collections.reverse(newestFirst);
        for (LocalDate date : newestFirst) {
            if (!date.equals(today)) {
                days.add(day(date, counts.day(date).orElseThrow(), names, false));
            }
        }
        return new FairReport(today, daysKept, days);
    }

    private static Day day(LocalDate date, Map<String, Long> counts, Names names, boolean isToday) {
        long largest = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
        DayRows rows = new DayRows(counts, largest);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("visits", "Visits", List.of(
                rows.row(Measure.VISITS, "Visits started"),
                rows.row(Measure.WITH_ACTION, "Visits that did something beyond the first page"))));
        sections.add(new Section("length", "How long visits lasted", lengthRows(rows)));
        sections.add(new Section("tabs", "Tabs opened (visits that opened each)",
                named(rows, names.tabs(), Measure.TAB, counts)));
        sections.add(new Section("map-pathways", "Pathways chosen on the route map",
                named(rows, names.pathways(), Measure.MAP_PATHWAY, counts)));
        sections.add(new Section("my-pathways", "Pathways made \u201cmy pathway\u201d",
                named(rows, names.pathways(), Measure.MY_PATHWAY, counts)));
        sections.add(new Section("used", "Comparing and checking", List.of(
                rows.row(Measure.COMPARE_CHANGED, "Changed the routes compared on Compare routes"),
                rows.row(Measure.ON_TRACK, "Entered grades in \u201cAm I on track?\u201d (never which)"))));
        sections.add(new Section("taken", "Plans taken away", List.of(
                rows.row(Measure.CODE_SHOWN, "Plan shown as a QR code"),
                rows.row(Measure.PRINTED, "Plan printed"))));
        List<Row> answers = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            answers.add(rows.row(Measure.answer(answer), answer.words()));
        }
        sections.add(new Section("answers", Answer.QUESTION + " (answers)", answers));
        String heading = (isToday ? "Today, " : "") + LONG_DATE.format(date);
        return new Day(date, heading, !counts.isEmpty(), sections);
    }

    /** The length bands, with one held back alone joined by the next smallest (they add up to the visits). */
    private static List<Row> lengthRows(DayRows rows) {
        Map<LengthBand, Long> bands = new LinkedHashMap<>();
        for (LengthBand band : LengthBand.values()) {
            bands.put(band, rows.count(Measure.length(band)));
        }
        List<LengthBand> heldBack = bands.keySet().stream().filter(b -> bands.get(b) < LEAST_SHOWN).toList();
        Optional<LengthBand> alsoHeld = Optional.empty();
        if (heldBack.size() == 1) {
            alsoHeld = bands.keySet().stream().filter(b -> !heldBack.contains(b))
                    .min(Comparator.comparingLong(bands::get));
        }
        List<Row> result = new ArrayList<>();
        for (LengthBand band : LengthBand.values()) {
            boolean hold = alsoHeld.filter(band::equals).isPresent();
            result.add(hold ? rows.heldBeside(Measure.length(band), band.words()) : rows.row(Measure.length(band), band.words()));
        }
        return result;
    }

    /** A row for each named thing in order, then any counted that the names do not know (by id). */
    private static List<Row> named(DayRows rows, List<Names.Name> known, String kind, Map<String, Long> counts) {
        List<Row> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Names.Name name : known) {
            String measure = kind + Measure.encode(name.id());
            seen.add(measure);
            result.add(rows.row(measure, name.title()));
        }
        SortedMap<String, Long> others = new TreeMap<>();
        counts.forEach((measure, count) -> {
            if (measure.startsWith(kind) && !seen.contains(measure)) {
                others.put(measure, count);
            }
        });
        others.keySet().forEach(measure -> result.add(rows.row(measure,
                Measure.idOf(measure, kind).orElse(measure))));
        return result;
    }

    /** Makes a day's rows; the only place a count becomes what is shown. */
    private record DayRows(Map<String, Long> counts, long largest) {
        long count(String measure) {
            return counts.getOrDefault(measure, 0L);
        }

        Row row(String measure, String label) {
            long count = count(measure);
            if (count < LEAST_SHOWN) {
                return heldBack(measure, label);
            }
            return new Row(id(measure), label, OptionalLong.of(count), (double) count / largest, false);
        }

        Row heldBack(String measure, String label) {
            return new Row(id(measure), label, OptionalLong.empty(), 0, true);
        }

        /** A count of 5 or more held back beside one under 5, so that neither is found by subtraction. */
        Row heldBeside(String measure, String label) {
            return new Row(id(measure), label, OptionalLong.empty(), 0, false);
        }

        private static String id(String measure) {
            return measure.replaceAll("[^A-Za-z0-9-]", "-");
        }
    }
}
