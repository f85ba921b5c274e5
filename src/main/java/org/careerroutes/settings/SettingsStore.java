package org.careerroutes.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place settings are kept: a small text file in the user's own settings folder. Writes
 * go to a temporary file that then replaces the old one, so a crash never leaves half a file.
 *
 * <p>Nothing in the file is lost. A line that cannot be used costs only that line (its setting
 * keeps its default) and is named in the message; settings this version does not know, such as
 * a later version's, are written back as they were. Before a file that had problems is first
 * replaced, it is copied aside as {@code settings.properties.<date>T<hhmm>.bad}.
 */
public final class SettingsStore {

    /** The folder for settings; tests and IT technicians may point it elsewhere. */
    public static final String DIRECTORY_PROPERTY = "careerroutes.settingsDir";

    /**
     * Larger than a settings file ever grows (this version writes a few hundred bytes): a larger
     * one is not read, so a huge or endless file cannot fill the memory.
     */
    public static final int MAX_BYTES = 64 * 1024;

    /** Problem lines named in one message; the copy aside keeps every one of them. */
    static final int MAX_LISTED = 20;

    private static final String FILE_NAME = "settings.properties";
    private static final DateTimeFormatter COPY_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.ROOT);

    /**
     * What reading the settings gave.
     *
     * @param settings the settings: the defaults, with every line that could be used applied
     * @param problem  when the file had problems, a message that names the file, each line that
     *                 could not be used and why, and where the file will be copied aside
     * @param someKept some settings in the file were read or kept, not only the defaults used
     */
    public record Loaded(Settings settings, Optional<String> problem, boolean someKept) {

        /** A heading for the message: it says "some" when only some settings were lost. */
        public String headline() {
            return someKept ? "Some of your settings could not be read" : "Your settings could not be read";
        }
    }

    /** How a file with problems is kept before it is replaced. */
    private enum Aside {
        /** Nothing to keep: there is no file, or it had no problems, or it is not a file at all. */
        NONE,
        COPY,
        /** Too large to copy at no cost: renamed instead. */
        MOVE
    }

    /**
     * The file as it is on disk now.
     *
     * @param bytes   its bytes, when it was read
     * @param parsed  what its lines say (the defaults when it was not read)
     * @param refused why the file as a whole was not read, if it was not
     * @param aside   how to keep it before replacing it
     */
    private record Found(Optional<byte[]> bytes, SettingsFile.Parsed parsed, Optional<String> refused, Aside aside) {

        static final Found NOTHING = new Found(Optional.empty(), empty(), Optional.empty(), Aside.NONE);

        static Found refused(String why, Aside aside) {
            return new Found(Optional.empty(), empty(), Optional.of(why), aside);
        }

        private static SettingsFile.Parsed empty() {
            return new SettingsFile.Parsed(Settings.DEFAULTS, List.of(), List.of(), false);
        }

        boolean hasProblems() {
            return refused.isPresent() || !parsed.problems().isEmpty();
        }
    }

    private final Path file;
    private final Clock clock;
    /** Where the file with problems that {@link #load()} found is to be copied; named in its message. */
    private Path plannedCopy;

    public SettingsStore(Path directory) {
        this(directory, Clock.systemDefaultZone());
    }

    /** @param clock dates the name of a copy aside */
    SettingsStore(Path directory, Clock clock) {
        this.file = directory.resolve(FILE_NAME);
        this.clock = clock;
    }

    /** The store in the folder named by {@value #DIRECTORY_PROPERTY}, or the user's usual one. */
    public static SettingsStore forCurrentUser() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new SettingsStore(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        String appData = System.getenv("APPDATA");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path directory = windows && appData != null
                ? Path.of(appData, "CareerRoutes")
                : Path.of(home, ".config", "career-routes");
        return new SettingsStore(directory);
    }

    public Path file() {
        return file;
    }

    /** Reads the settings; a file with problems gives every good line and a message. Writes nothing. */
    public Loaded load() {
        Found found = find();
        if (!found.hasProblems()) {
            plannedCopy = null;
            return new Loaded(found.parsed().settings(), Optional.empty(), true);
        }
        plannedCopy = found.aside() == Aside.NONE ? null : freeCopyName();
        return new Loaded(found.parsed().settings(), Optional.of(message(found, plannedCopy)), found.parsed().someKept());
    }

    /**
     * Writes the settings, with every line of the file that this version keeps as it was. When
     * the file already says exactly this, nothing is written. A file with problems is first
     * copied aside (renamed, if too large to read); if that fails, it is not replaced.
     */
    public void save(Settings settings) throws IOException {
        Found found = find();
        String text = SettingsFile.format(settings, found.parsed().kept());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (found.bytes().isPresent() && Arrays.equals(found.bytes().get(), bytes)) {
            return;
        }
        if (found.hasProblems()) {
            keepAside(found.aside());
        }
        AtomicFile.write(file, text, Optional.empty());
    }

    private void keepAside(Aside aside) throws IOException {
        if (aside == Aside.NONE) {
            return;
        }
        Path copy = plannedCopy != null && Files.notExists(plannedCopy, LinkOption.NOFOLLOW_LINKS)
                ? plannedCopy
                : freeCopyName();
        // Neither replaces an existing file: a copy made meanwhile by another run is kept too.
        if (aside == Aside.MOVE) {
            Files.move(file, copy);
        } else {
            Files.copy(file, copy);
        }
        plannedCopy = null;
    }

    /** A name for a copy aside, dated so that copies from different days stand apart. */
    private Path freeCopyName() {
        String stamp = LocalDateTime.now(clock).format(COPY_STAMP);
        Path candidate = file.resolveSibling(FILE_NAME + "." + stamp + ".bad");
        for (int n = 2; n < 100 && Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = file.resolveSibling(FILE_NAME + "." + stamp + "-" + n + ".bad");
        }
        return candidate;
    }

    /** Reads the file, never more than {@link #MAX_BYTES} of it, and never one that is not a file. */
    private Found find() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Found.NOTHING;
        } catch (IOException e) {
            return Found.refused("could not be read (" + reason(e) + ")", Aside.COPY);
        }
        if (!attributes.isRegularFile()) {
            // A folder, a pipe or a device: nothing in it that a copy could keep.
            return Found.refused("is not a file", Aside.NONE);
        }
        if (attributes.size() > MAX_BYTES) {
            return Found.refused("is " + size(attributes.size()) + ", larger than a settings file ever is ("
                    + size(MAX_BYTES) + " at most)", Aside.MOVE);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // The size read above may be out of date already, e.g. a file still being written.
            bytes = readAtMost(in, MAX_BYTES);
        } catch (IOException e) {
            return Found.refused("could not be read (" + reason(e) + ")", Aside.COPY);
        }
        if (bytes.length > MAX_BYTES) {
            return Found.refused("is larger than a settings file ever is (" + size(MAX_BYTES) + " at most)", Aside.MOVE);
        }
        try {
            return new Found(Optional.of(bytes), SettingsFile.parse(bytes), Optional.empty(), Aside.COPY);
        } catch (SettingsFile.NotText e) {
            return Found.refused(e.getMessage(), Aside.COPY);
        }
    }

    /** Up to {@code limit + 1} bytes: one more than the limit says the stream is longer. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "this user may not read it";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return (bytes + 1023) / 1024 + " KB";
    }

    /** The message in full: the file, each line and why, what happens to the rest, where the copy goes. */
    private String message(Found found, Path copy) {
        StringBuilder text = new StringBuilder();
        if (found.refused().isPresent()) {
            text.append(file).append(' ').append(found.refused().get())
                    .append(", so it was not read and the defaults are used.");
        } else {
            List<SettingsFile.LineProblem> problems = found.parsed().problems();
            text.append(problems.size() == 1 ? "A line" : "Some lines").append(" in ").append(file)
                    .append(" could not be used:");
            problems.stream().limit(MAX_LISTED).forEach(p -> text.append('\n').append(p.format()));
            if (problems.size() > MAX_LISTED) {
                text.append("\n\u2026 and ").append(problems.size() - MAX_LISTED).append(" more lines like these.");
            }
            text.append('\n').append(problems.size() == 1 ? "In its place" : "In their place")
                    .append(" the defaults are used");
            text.append(found.parsed().someKept() ? "; the rest of your settings were kept." : ".");
        }
        if (copy != null) {
            text.append('\n').append("Before the settings are next saved, the file as it is now is ")
                    .append(found.aside() == Aside.MOVE ? "moved" : "copied").append(" to ").append(copy).append('.');
        }
        return text.toString();
    }
}
