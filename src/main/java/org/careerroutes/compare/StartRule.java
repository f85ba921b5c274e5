package org.careerroutes.compare;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When the next course, apprenticeship or training programme starts for a student: in the first
 * September at least {@value #MONTHS_AHEAD} months after they can apply, because applications
 * close months before the start (most in the winter before a September start). Pure: no screen.
 *
 * <p>A student who has finished (A levels, a degree) can apply from the day they plan: today, or
 * the first day of another school year they chose. A student at school applies during their last
 * school year (Year 11, Year 13), as most do, so the next step starts the September their school
 * step ends. One day never moves a whole timeline a year: on 31 August and 1 September alike, a
 * student with A levels starts the September after next. See docs/decisions/0017-timeline-years.md.
 */
public final class StartRule {

    /**
     * The fewest months between applying and starting: a September start is counted only from
     * 1 January before it (1 January + 8 months is 1 September); from 2 January the next one.
     */
    public static final int MONTHS_AHEAD = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StartRule() {
    }

    /** The day a student plans from: today in this school year, or the first day of another they chose. */
    public static LocalDate planningDay(int schoolYear, LocalDate today) {
        return SchoolYear.startingYear(today) == schoolYear ? today : SchoolYear.start(schoolYear).atDay(1);
    }

    /** The first day a student can apply for their next step (see the class comment). */
    static LocalDate canApplyFrom(StartingPoint from, int schoolYear, LocalDate today) {
        if (from.atSchool()) {
            return SchoolYear.start(schoolYear + from.freeAfterYears() - 1).atDay(1);
        }
        return planningDay(schoolYear, today);
    }

    /** The September the next step starts: the first at least {@value #MONTHS_AHEAD} months after applying. */
    public static YearMonth nextStart(StartingPoint from, int schoolYear, LocalDate today) {
        LocalDate earliest = canApplyFrom(from, schoolYear, today).plusMonths(MONTHS_AHEAD);
        YearMonth september = YearMonth.of(earliest.getYear(), Month.SEPTEMBER);
        if (earliest.isAfter(september.atDay(1))) {
            september = september.plusYears(1);
        }
        // A school step ends with its school years: never start before it does.
        YearMonth schoolEnds = SchoolYear.start(schoolYear + from.freeAfterYears());
        return september.isBefore(schoolEnds) ? schoolEnds : september;
    }

    /** Where the times are counted from: the start of this school year at school, else the next start. */
    public static YearMonth origin(StartingPoint from, int schoolYear, LocalDate today) {
        return from.atSchool() ? SchoolYear.start(schoolYear) : nextStart(from, schoolYear, today);
    }

    /**
     * The rule as the tab says it, with its months and years for this student: "Times are counted
     * from September 2027, when your next step starts: the first September at least 8 months away,
     * as applications for courses, apprenticeships and training programmes close months before they
     * start."
     */
    public static String sentence(StartingPoint from, int schoolYear, LocalDate today) {
        YearMonth next = nextStart(from, schoolYear, today);
        String why = "applications for courses, apprenticeships and training programmes close months before they start";
        if (from.atSchool()) {
            String applying = from.inLastSchoolYear() ? "this school year" : "during " + from.lastSchoolYear().orElseThrow();
            return "Times are counted from " + month(SchoolYear.start(schoolYear)) + ", the start of " + from.shortLabel()
                    + ". Your next step after school starts in " + month(next) + ": you apply for it " + applying + ", as "
                    + why + ".";
        }
        LocalDate planning = planningDay(schoolYear, today);
        String away = planning.equals(today) ? "away"
                : "after the school year " + SchoolYear.describe(schoolYear) + " begins (" + DAY.format(planning) + ")";
        return "Times are counted from " + month(next) + ", when your next step starts: the first September at least "
                + MONTHS_AHEAD + " months " + away + ", as " + why + ".";
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }
}
