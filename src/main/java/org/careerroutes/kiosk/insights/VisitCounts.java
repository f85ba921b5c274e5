package org.careerroutes.kiosk.insights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A kiosk's counts: for each day kept, how many visits did each counted thing. Totals only:
 * nothing here says which visit did what, or when in the day. Immutable; adding makes new counts,
 * sharing the days it does not change (adding a visit to a year of days copies one day's map and
 * the index of days, not every count).
 */
public final class VisitCounts {

    public static final VisitCounts NONE = new VisitCounts(Collections.emptySortedMap());

    /** Each day's totals by name ({@link Measure}): a day is here once something was counted in it; no count is 0. */
    private final SortedMap<LocalDate, SortedMap<String, Long>> days;

    private VisitCounts(SortedMap<LocalDate, SortedMap<String, Long>> trusted) {
        this.days = Collections.unmodifiableSortedMap(trusted);
    }

    /** Counts as given (read from the file, made by a test): negative counts are refused, counts of 0 left out. */
    public static VisitCounts of(Map<LocalDate, ? extends Map<String, Long>> given) {
        TreeMap<LocalDate, SortedMap<String, Long>> copy = new TreeMap<>();
        given.forEach((day, counts) -> {
            TreeMap<String, Long> kept = new TreeMap<>();
            counts.forEach((name, count) -> {
                if (count < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: " + name + "=" + count);
                }
                if (count > 0) {
                    kept.put(Objects.requireNonNull(name), count);
                }
            });
            if (!kept.isEmpty()) {
                copy.put(Objects.requireNonNull(day), Collections.unmodifiableSortedMap(kept));
            }
        });
        return new VisitCounts(copy);
    }

    /** Each day's totals, oldest first. */
    public SortedMap<LocalDate, SortedMap<String, Long>> days() {
        return days;
    }
    /** The counts with one more of each of these names on this day. */
    public VisitCounts plus(LocalDate day, Collection<String> names) {
        TreeMap<String, Long> counts = new TreeMap<>(days.getOrDefault(day, Collections.emptySortedMap()));
        for (String name : names) {
            counts.merge(name, 1L, Math::addExact);
        }
        TreeMap<LocalDate, SortedMap<String, Long>> changed = new TreeMap<>(days);
        changed.put(day, Collections.unmodifiableSortedMap(counts));
        return new VisitCounts(changed);
    }

    /** These counts and those, day by day: what was counted while the saved counts were being read. */
    public VisitCounts plus(VisitCounts more) {
        TreeMap<LocalDate, SortedMap<String, Long>> merged = new TreeMap<>(days);
        more.days.forEach((day, counts) -> {
            TreeMap<String, Long> sum = new TreeMap<>(merged.getOrDefault(day, Collections.emptySortedMap()));
            counts.forEach((name, count) -> sum.merge(name, count, Math::addExact));
            merged.put(day, Collections.unmodifiableSortedMap(sum));
        });
        return new VisitCounts(merged);
    }

    /**
     * Only the days a kiosk keeps: today and the {@code daysKept - 1} days before it (and any
     * after it, should the clock have been put back).
     */
    public VisitCounts keptFor(int daysKept, LocalDate today) {
        if (daysKept < 1) {
            throw new IllegalArgumentException("at least today is kept: " + daysKept);
        }
        LocalDate first = today.minusDays(daysKept - 1L);
        if (days.isEmpty() || !days.firstKey().isBefore(first)) {
            return this;
        }
        return new VisitCounts(new TreeMap<>(days.tailMap(first)));
    }

    /** A day's count of one thing; 0 when nothing of it was counted. */
    public long count(LocalDate day, String name) {
        return days.getOrDefault(day, Collections.emptySortedMap()).getOrDefault(name, 0L);
    }

    /** A day's counts, if anything was counted that day. */
    public Optional<Map<String, Long>> day(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitCounts counts && counts.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "VisitCounts" + days;
    }
}
