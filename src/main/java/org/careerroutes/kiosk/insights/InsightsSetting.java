package org.careerroutes.kiosk.insights;

/**
 * Whether a kiosk counts its visits, and how many days it keeps. Set in the kiosk settings by
 * {@code insights=on|off} (on when not set) and {@code insightsDays=N} ({@value #DEFAULT_DAYS}
 * when not set); a value that cannot be understood counts nothing (see KioskConfig).
 *
 * @param on       visits are counted, the attract screen says so, and the one-tap question is asked
 * @param daysKept today and the days before it that are kept; older days are deleted
 */
public record InsightsSetting(boolean on, int daysKept) {

    public static final int DEFAULT_DAYS = 365;
    /** Ten years: more is not a fair's evaluation, and more than is kept for anything else here. */
    public static final int MOST_DAYS = 3650;

    public static final InsightsSetting DEFAULT = new InsightsSetting(true, DEFAULT_DAYS);
    public static final InsightsSetting OFF = new InsightsSetting(false, DEFAULT_DAYS);

    public InsightsSetting {
        if (daysKept < 1 || daysKept > MOST_DAYS) {
            throw new IllegalArgumentException("days kept must be from 1 to " + MOST_DAYS + ": " + daysKept);
        }
    }
}
