package org.careerroutes.compare;

/** A length of time in words: "8 years", "1 year 6 months", "6 months". */
public final class Lengths {

    private Lengths() {
    }

    public static String describe(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative: " + months);
        }
        int years = months / 12;
        int rest = months % 12;
        String y = years == 1 ? "1 year" : years + " years";
        String m = rest == 1 ? "1 month" : rest + " months";
        if (years == 0) {
            return rest == 0 ? "no time" : m;
        }
        return rest == 0 ? y : y + " " + m;
    }
}
