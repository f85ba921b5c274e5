package org.careerroutes.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A problem with a file, in words that follow the file's name ("is a folder, not a file"), and
 * the one place that words every problem the app meets with a file, so that a plan, the settings,
 * a handout, a picture and the kiosk settings all say the same thing the same way. The
 * exceptions Java gives often carry no more than the path; these words say what happened.
 */
public class FileProblem extends IOException {

    public FileProblem(String words) {
        super(words);
    }

    public FileProblem(String words, Throwable cause) {
        super(words, cause);
    }

    /** A file larger than its kind ever is ({@link SmallFile}): what is there is not what the app writes. */
    public static final class TooLarge extends FileProblem {
        public TooLarge(String words) {
            super(words);
        }
    }

    /** {@code file: why}, the way every file problem is written in this app. */
    public static String describe(Path file, String why) {
        return file + ": " + why;
    }

    /** Why a file could not be read, in words that follow its name. */
    public static String whyNotRead(IOException e) {
        if (e instanceof FileProblem) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read by this account (permission denied)";
        }
        if (e instanceof NoSuchFileException) {
            return "is not there";
        }
        return "cannot be read (" + detail(e) + ")";
    }

    /** Why a file could not be written, in words that follow its name. */
    public static String whyNotWritten(IOException e) {
        if (e instanceof FileProblem) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be written by this account (permission denied)";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot be written: the folder it goes in is not there";
        }
        if (e instanceof FileAlreadyExistsException exists && exists.getFile() != null) {
            return "cannot be written: " + exists.getFile() + " is in the way (a file where a folder should be)";
        }
        return "cannot be written (" + detail(e) + ")";
    }

    /**
     * What went wrong with a file, in words that stand inside brackets after a sentence that names
     * the file or its folder ("The counts cannot be saved in F (permission denied)").
     */
    public static String reason(IOException e) {
        if (e instanceof FileProblem) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException missing && missing.getFile() != null) {
            return missing.getFile() + " is not there";
        }
        return detail(e);
    }

    /**
     * What the system said, in plain words where we know them: the reason a file-system
     * exception carries (not its paths), else its message, else its kind.
     */
    static String detail(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way where a folder should be";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("is a directory")) {
            return "it is a folder";
        }
        if (lower.contains("not a directory")) {
            return "a file is in the way where a folder should be";
        }
        if (lower.contains("permission denied") || lower.contains("access is denied")) {
            return "permission denied";
        }
        return reason;
    }

    /** A size as a person reads it: "48 KB", "3.2 MB", "3.0 GB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.UK, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.UK, "%.1f MB", bytes / (double) (1L << 20));
        }
        return (bytes + 1023) / 1024 + " KB";
    }
}
