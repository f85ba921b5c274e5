package org.careerroutes.content;

import java.util.Objects;

/**
 * One thing wrong (or doubtful) in a content file, with where it is.
 *
 * @param severity an error stops the file from loading; a warning does not
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when the problem is about the whole file (it does not
 *                 exist, cannot be read...), so that no made-up position is shown
 * @param column   1-based column, counted in characters as an editor shows them; 0 with line 0
 * @param message  what is wrong, in plain words
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** An error about the file as a whole, with no line or column. */
    public static Problem wholeFile(String file, String message) {
        return new Problem(Severity.ERROR, file, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWholeFile() {
        return line == 0;
    }

    /**
     * {@code file:line:col: message}, or {@code file: message} for the whole file, with
     * "warning: " before the message of a warning.
     */
    public String format() {
        return file + (isWholeFile() ? "" : ":" + line + ":" + column) + ": "
                + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
