package org.careerroutes.compare;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The school year in England, which starts on 1 September: 31 August 2026 is in the school year
 * 2025 to 2026, 1 September 2026 in 2026 to 2027.
 */
public final class SchoolYear {

    private SchoolYear() {
    }

    /** The calendar year in which the school year holding this day began. */
    public static int startingYear(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The month a school year starting in this calendar year begins. */
    public static YearMonth start(int startingYear) {
        return YearMonth.of(startingYear, Month.SEPTEMBER);
    }

    /** "2026 to 2027", for the school year starting in 2026. */
    public static String describe(int startingYear) {
        return startingYear + " to " + (startingYear + 1);
    }
}
