package org.careerroutes.content;

import java.util.Objects;

/**
 * One thing wrong (or doubtful) in a content file, with where it is.
 *
 * @param severity an error stops the file from loading; a warning does not
 * @param file     the file as the user named it
 * @param line     1-based line
 * @param column   1-based column
 * @param message  what is wrong, in plain words
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message}, with "warning: " before the message of a warning. */
    public String format() {
        return file + ":" + line + ":" + column + ": "
                + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
