package org.careerroutes.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * Collects the problems of one file while it is read, so that all of them are reported at once.
 * A broken file can have hundreds of thousands, and nobody reads past the first screens: the
 * first {@link #MAX_SHOWN} in file order are kept, and the rest only counted, so that the cost of
 * a problem stays the same however many there are.
 */
final class Problems {

    /** The most problems of one file that are reported; the rest are summed up in one more line. */
    static final int MAX_SHOWN = 200;

    /** A problem, and when it was found, so that problems at one place keep the order they were found in. */
    private record Found(Problem problem, long order) {
    }

    private static final Comparator<Found> FILE_ORDER = Comparator
            .comparingInt((Found f) -> f.problem().line())
            .thenComparingInt(f -> f.problem().column())
            .thenComparingLong(Found::order);

    private final String file;
    /** The first problems in file order, the last of them on top, so it is the one to let go. */
    private final PriorityQueue<Found> shown = new PriorityQueue<>(FILE_ORDER.reversed());
    private long found;
    private int errors;
    private int hiddenErrors;
    private int hiddenWarnings;

    Problems(String file) {
        this.file = file;
    }

    void error(int line, int column, String message) {
        add(Problem.Severity.ERROR, line, column, () -> message);
    }

    /**
     * An error whose message is made only if it is to be shown: a file can have a million
     * problems after the first {@link #MAX_SHOWN}, and making their messages is most of their cost.
     */
    void error(int line, int column, Supplier<String> message) {
        add(Problem.Severity.ERROR, line, column, message);
    }

    void error(JsonNode at, String message) {
        error(at.line(), at.column(), message);
    }

    void error(JsonNode at, Supplier<String> message) {
        error(at.line(), at.column(), message);
    }

    /** An error about the file as a whole, which has no line or column. */
    void wholeFile(String message) {
        add(Problem.Severity.ERROR, 0, 0, () -> message);
    }

    void warning(JsonNode at, String message) {
        warning(at.line(), at.column(), () -> message);
    }

    void warning(int line, int column, Supplier<String> message) {
        add(Problem.Severity.WARNING, line, column, message);
    }

    void warning(JsonNode at, Supplier<String> message) {
        warning(at.line(), at.column(), message);
    }

    private void add(Problem.Severity severity, int line, int column, Supplier<String> message) {
        if (severity == Problem.Severity.ERROR) {
            errors++;
        }
        long order = found++;
        if (shown.size() == MAX_SHOWN && !isBefore(line, column, shown.peek().problem())) {
            hide(severity);   // after every problem shown, so it would be let go at once
            return;
        }
        shown.add(new Found(new Problem(severity, file, line, column, message.get()), order));
        if (shown.size() > MAX_SHOWN) {
            hide(shown.poll().problem().severity());
        }
    }

    /** Whether a place comes before a problem's; a problem at the same place comes after, being found later. */
    private static boolean isBefore(int line, int column, Problem problem) {
        return line < problem.line() || line == problem.line() && column < problem.column();
    }

    private void hide(Problem.Severity severity) {
        if (severity == Problem.Severity.ERROR) {
            hiddenErrors++;
        } else {
            hiddenWarnings++;
        }
    }

    /** How many errors so far, shown or not, so that a reader can tell whether a part it read had any. */
    int errorCount() {
        return errors;
    }

    /** Errors found beyond the first ones kept. */
    int notListedErrors() {
        return hiddenErrors;
    }

    /** Warnings found beyond the first ones kept. */
    int notListedWarnings() {
        return hiddenWarnings;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /**
     * In file order, so a reader can work down the file; when there were more than
     * {@link #MAX_SHOWN}, the first of them and then one line that says how many more there are.
     */
    List<Problem> sorted() {
        List<Found> first = new ArrayList<>(shown);
        first.sort(FILE_ORDER);
        List<Problem> problems = new ArrayList<>(first.size() + 1);
        first.forEach(f -> problems.add(f.problem()));
        int hidden = hiddenErrors + hiddenWarnings;
        if (hidden > 0) {
            problems.add(new Problem(hiddenErrors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING, file, 0, 0,
                    String.format(Locale.UK, "and %,d more %s not shown (%s): fix the ones above and check "
                                    + "the file again", hidden, hidden == 1 ? "problem" : "problems",
                            counts(hiddenErrors, hiddenWarnings))));
        }
        return problems;
    }

    private static String counts(int errors, int warnings) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(String.format(Locale.UK, "%,d %s", errors, errors == 1 ? "error" : "errors"));
        }
        if (warnings > 0) {
            parts.add(String.format(Locale.UK, "%,d %s", warnings, warnings == 1 ? "warning" : "warnings"));
        }
        return String.join(", ", parts);
    }
}
