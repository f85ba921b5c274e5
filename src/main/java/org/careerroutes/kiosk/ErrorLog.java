package org.careerroutes.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Where kiosk mode writes what went wrong, for the IT technician: {@code kiosk-errors.log} in the
 * folder named by the system property {@value #DIRECTORY_PROPERTY}, or in this account's own log
 * folder (see {@link LogFolder}: never a shared temporary folder, never through a symbolic link).
 * Each entry is the time, the exception's type and its stack (with its causes), never its
 * message: a message can quote what a visitor typed (a {@code NumberFormatException} names its
 * input), and nothing a visitor enters may reach the disk. The file is kept under about a
 * megabyte, with one older file beside it.
 */
public final class ErrorLog {

    public static final String DIRECTORY_PROPERTY = "careerroutes.logDir";
    public static final String FILE_NAME = "kiosk-errors.log";
    static final String OLD_FILE_NAME = "kiosk-errors.old.log";
    static final long MAX_BYTES = 1_000_000;

    private final Path directory;
    private final Clock clock;
    private final PrintStream console;

    public ErrorLog(Path directory, Clock clock) {
        this(directory, clock, System.err);
    }

    /** @param console where an entry goes when the log cannot be written */
    ErrorLog(Path directory, Clock clock, PrintStream console) {
        this.directory = directory;
        this.clock = clock;
        this.console = console;
    }

    /** The log folder this machine uses for this account. */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return LogFolder.usual(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home"));
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** Appends an entry. Never throws: a log that cannot be written is reported on standard error. */
    public void record(Throwable error) {
        append(describe(error));
    }

    /**
     * Appends a note for the technician, such as the kiosk settings that could not be understood,
     * a line each. Only for what the app itself says: never anything a visitor entered.
     */
    public void note(String text) {
        append(text.strip() + System.lineSeparator());
    }

    private synchronized void append(String text) {
        String entry = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + text;
        try {
            LogFolder.prepare(directory);
            Path file = file();
            if (LogFolder.size(file) > MAX_BYTES) {
                // A link in the old file's place is replaced, not followed.
                Files.move(file, directory.resolve(OLD_FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
            try (SeekableByteChannel out = LogFolder.openToAppend(file)) {
                ByteBuffer bytes = ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
        } catch (IOException | RuntimeException e) {
            console.println("career-routes: cannot write the kiosk error log in " + directory + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            console.print(entry);
        }
    }

    /** The exception's type and stack frames, then each cause's; no messages. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String lead = "";
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            text.append(lead).append(t.getClass().getName()).append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append(System.lineSeparator());
            }
            lead = "Caused by: ";
        }
        return text.toString();
    }
}
