package org.careerroutes.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file while it is read, so that all of them are reported at once. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void error(int line, int column, String message) {
        found.add(new Problem(Problem.Severity.ERROR, file, line, column, message));
    }

    void error(JsonNode at, String message) {
        error(at.line(), at.column(), message);
    }

    /** An error about the file as a whole, which has no line or column. */
    void wholeFile(String message) {
        found.add(Problem.wholeFile(file, message));
    }

    void warning(int line, int column, String message) {
        found.add(new Problem(Problem.Severity.WARNING, file, line, column, message));
    }

    /** How many errors so far, so that a reader can tell whether a part it read had any. */
    int errorCount() {
        return (int) found.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** In file order, so a reader can work down the file. */
    List<Problem> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}
