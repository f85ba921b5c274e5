package org.careerroutes.jobs;

import org.careerroutes.content.LoadResult;

import java.util.List;
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

    /** "Skip to the 42 jobs", "Skip to the job"; "" when none is picked (nothing to skip to). */
    public static String skipTo(int picked) {
        return picked == 0 ? "" : picked == 1 ? "Skip to the job" : "Skip to the " + jobs(picked);
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

    /**
     * What a student is told of the folder's problems: only the files that could not be read, so
     * jobs are missing ("2 files could not be read; the other 30 jobs are listed."); "" when none.
     * Warnings (a job listed all the same, something in its file ignored) are for whoever looks
     * after the profiles, not for a student, who can do nothing about them.
     */
    public static String problems(JobPack jobs) {
        int failed = jobs.failed().size();
        if (failed == 0) {
            return "";
        }
        int listed = jobs.size();
        return files(failed) + " could not be read; " + (listed == 0 ? "no job is listed."
                : listed == 1 ? "the other job is listed." : "the other " + jobs(listed) + " are listed.");
    }

    /**
     * The closing sentence of the list of a folder's problems (its files with errors or warnings):
     * what the Jobs page lists, the jobs of the files with warnings among them.
     */
    public static String problemsOutcome(List<LoadResult> problems) {
        long failed = problems.stream().filter(r -> !r.errors().isEmpty()).count();
        long warned = problems.size() - failed;
        String listed = failed == 0 ? "Every job is listed on the Jobs page" : "The jobs of the other files are listed on "
                + "the Jobs page";
        return listed + (warned == 0 ? "." : ", those of the " + files(warned) + " with warnings too.");
    }

    /** "1 file", "2 files". */
    public static String files(long n) {
        return String.format(Locale.UK, "%,d", n) + (n == 1 ? " file" : " files");
    }
}
