package org.careerroutes.jobs;

import java.util.Locale;

/** What the Jobs page says of what it shows, in words: counts, no match, more to show, problems. */
public final class JobsWording {

    private JobsWording() {
    }

    /** "42 jobs", "1 job", "1,200 jobs". */
    public static String jobs(int n) {
        return String.format(Locale.UK, "%,d", n) + (n == 1 ? " job" : " jobs");
    }

    /** "42 jobs", or "6 of 42 jobs" once a search or filter narrows them; "" with no jobs at all. */
    public static String count(int shown, int total, boolean narrowed) {
        return total == 0 ? "" : narrowed ? shown + " of " + jobs(total) : jobs(total);
    }

    /** "No job matches “xyz”" (with these filters), "No job matches these filters", or "" when some do. */
    public static String nothingFound(int shown, int total, String typed, boolean anyFilter) {
        if (shown > 0 || total == 0) {
            return "";
        }
        String words = typed.strip();
        if (words.isEmpty()) {
            return "No job matches these filters";
        }
        return "No job matches \u201c" + words + "\u201d" + (anyFilter ? " with these filters" : "");
    }

    /** "Show 48 more (752 not shown yet)", or "" when every job picked is shown. */
    public static String more(int left, int page) {
        return left <= 0 ? "" : "Show " + Math.min(page, left) + " more (" + left + " not shown yet)";
    }

    /** "2 job profiles in this folder could not be read, so they are not listed; 3 profiles have warnings…". */
    public static String problems(JobPack jobs) {
        long failed = jobs.failed().size();
        long warned = jobs.problems().size() - failed;
        if (failed == 0 && warned == 0) {
            return "";
        }
        String failedWords = failed == 0 ? "" : failed + (failed == 1 ? " job profile in this folder could not be read, so it is"
                : " job profiles in this folder could not be read, so they are") + " not listed";
        String warnedWords = warned == 0 ? "" : warned + (warned == 1 ? " profile has" : " profiles have")
                + " warnings (" + (warned == 1 ? "it is" : "they are") + " listed all the same)";
        return failed > 0 && warned > 0 ? failedWords + "; " + warnedWords + "." : failedWords + warnedWords + ".";
    }
}
