package org.careerroutes.kiosk.insights;

import java.time.Duration;

/** How long a visit lasted, in four bands: the length itself is never kept. */
public enum LengthBand {
    UNDER_1("under-1", "Under 1 minute"),
    FROM_1_TO_3("1-3", "1 to 3 minutes"),
    FROM_3_TO_10("3-10", "3 to 10 minutes"),
    OVER_10("over-10", "Over 10 minutes");

    private final String key;
    private final String words;

    LengthBand(String key, String words) {
        this.key = key;
        this.words = words;
    }

    String key() {
        return key;
    }

    /** As the report says it: "1 to 3 minutes". */
    public String words() {
        return words;
    }

    /** The band of a visit this long: a visit of exactly 1 minute is in "1 to 3", of 3 in "3 to 10". */
    public static LengthBand of(Duration length) {
        long seconds = Math.max(0, length.getSeconds());
        if (seconds < 60) {
            return UNDER_1;
        }
        if (seconds < 180) {
            return FROM_1_TO_3;
        }
        return seconds <= 600 ? FROM_3_TO_10 : OVER_10;
    }
}
