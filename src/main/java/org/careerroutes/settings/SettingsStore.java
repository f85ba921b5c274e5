package org.careerroutes.settings;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileAside;
import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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
    /** In the user's own folder: a plain file, never read through a link. */
    private static final SmallFile.Kind KIND = new SmallFile.Kind("a settings file", MAX_BYTES, SmallFile.Links.REFUSE);

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
        /** Nothing to keep: there is no file, or it had no problems. */
        NONE,
        /** A plain file that was read: the bytes read are copied aside. */
        COPY,
        /** Anything else (too large, unreadable, a folder, a link, a pipe): renamed, never read. */
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
            keepAside(found);
        }
        AtomicFile.write(file, text, Optional.empty());
    }

    /** Copies the bytes read aside, or moves what is there aside; neither replaces an existing file. */
    private void keepAside(Found found) throws IOException {
        Optional<Path> named = Optional.ofNullable(plannedCopy);
        switch (found.aside()) {
            case COPY -> FileAside.copy(file, found.bytes().orElseThrow(), named, clock);
            case MOVE -> FileAside.move(file, named, clock);
            case NONE -> {
                return;
            }
        }
        plannedCopy = null;
    }

    /** A name for a copy aside, dated so that copies from different days stand apart; null when none is free. */
    private Path freeCopyName() {
        try {
            return FileAside.freeName(file, clock);
        } catch (FileProblem e) {
            return null;
        }
    }

    /** Reads the file, never more than {@link #MAX_BYTES} of it, and never one that is not a plain file. */
    private Found find() {
        byte[] bytes;
        try {
            Optional<byte[]> read = SmallFile.read(file, KIND);
            if (read.isEmpty()) {
                return Found.NOTHING;
            }
            bytes = read.get();
        } catch (FileProblem e) {
            return Found.refused(e.getMessage(), Aside.MOVE);
        }
        try {
            return new Found(Optional.of(bytes), SettingsFile.parse(bytes), Optional.empty(), Aside.COPY);
        } catch (SettingsFile.NotText e) {
            return Found.refused(e.getMessage(), Aside.COPY);
        }
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
