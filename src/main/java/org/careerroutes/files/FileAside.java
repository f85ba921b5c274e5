package org.careerroutes.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps a damaged file aside, as {@code <name>.<date>T<hhmm>.bad} beside it, before anything
 * replaces it, so that nothing a person made is ever wiped. Only a plain file the app has just
 * read (within its limit) is copied, from the bytes read, never by opening it again; anything
 * else at the path (a file too large to read, a folder, a link, a pipe, a device) is moved, which
 * renames it without reading it or following it, and frees the path for a good file. Neither
 * ever replaces a file already there.
 */
public final class FileAside {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.ROOT);
    /** Copies of one file within one minute (numbered -2, -3, ...) before giving up. */
    private static final int MOST_A_MINUTE = 99;

    /**
     * Where a file went.
     *
     * @param to    the copy, or the file's new name
     * @param moved true when the file itself was moved there (its path is free), false when copied
     */
    public record Kept(Path to, boolean moved) {
        /** "copied to X" or "moved to X". */
        public String words() {
            return (moved ? "moved to " : "copied to ") + to;
        }
    }

    private FileAside() {
    }

    private static Optional<Path> stillFree(Optional<Path> named) {
        return named.filter(path -> !Files.exists(path, LinkOption.NOFOLLOW_LINKS));
    }

    /** A name beside {@code file} that nothing has yet, dated so that copies from different days stand apart. */
    public static Path freeName(Path file, Clock clock) throws FileProblem {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String name = file.getFileName().toString();
        Path candidate = file.resolveSibling(name + "." + stamp + ".bad");
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            if (n > MOST_A_MINUTE) {
                throw new FileProblem("could not be kept aside: " + MOST_A_MINUTE + " copies of it were made this minute"
                        + " already (" + candidate.getFileName() + " and before)");
            }
            candidate = file.resolveSibling(name + "." + stamp + "-" + n + ".bad");
        }
        return candidate;
    }

    /**
     * Writes {@code bytes}, read from {@code file} a moment ago, to a new file beside it. The
     * file itself is left as it is.
     */
    public static Kept copy(Path file, byte[] bytes, Clock clock) throws FileProblem {
        return copy(file, bytes, Optional.empty(), clock);
    }

    /**
     * As {@link #copy(Path, byte[], Clock)}, to {@code named} (a name a message already gave)
     * while nothing has that name yet.
     */
    public static Kept copy(Path file, byte[] bytes, Optional<Path> named, Clock clock) throws FileProblem {
        Path copy = stillFree(named).isPresent() ? named.get() : freeName(file, clock);
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // The copy is the problem; the file itself is untouched.
            }
            throw new FileProblem("could not be copied aside to " + copy + ": " + FileProblem.detail(e), e);
        }
        return new Kept(copy, false);
    }

    /** Renames whatever is at {@code file} to a new name beside it, without reading it or following a link. */
    public static Kept move(Path file, Clock clock) throws FileProblem {
        return move(file, Optional.empty(), clock);
    }

    /** As {@link #move(Path, Clock)}, to {@code named} while nothing has that name yet. */
    public static Kept move(Path file, Optional<Path> named, Clock clock) throws FileProblem {
        Path to = stillFree(named).isPresent() ? named.get() : freeName(file, clock);
        try {
            Files.move(file, to);
        } catch (IOException e) {
            throw new FileProblem("could not be moved aside to " + to + ": " + FileProblem.detail(e), e);
        }
        return new Kept(to, true);
    }
}
