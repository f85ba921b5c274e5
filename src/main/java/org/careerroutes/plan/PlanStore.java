package org.careerroutes.plan;

import org.careerroutes.settings.AtomicFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans kept for this computer's user: one file per profile, {@code <profile-id>.careerplan}, in
 * a {@code plans} folder beside the settings. Each save replaces the file in one step (a
 * temporary file, forced to the disk, then moved over it), so a cut write leaves the old plan
 * and at worst a stray temporary file, which loading ignores.
 *
 * <p>A saved plan that cannot be read is never wiped silently: it is copied aside as
 * {@code <profile-id>.careerplan.<date>T<hhmm>.bad} before anything replaces it, and the student
 * is told which file, which line, what is wrong and where the copy is. If it cannot be copied,
 * the plan is not saved over it.
 */
public final class PlanStore implements PlanKeeping {

    public static final String EXTENSION = ".careerplan";
    /** Far larger than a plan ever is (notes are limited); a larger file is not read. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final DateTimeFormatter COPY_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.ROOT);

    private final Path folder;
    private final Clock clock;
    /** Profiles whose unreadable file could not be copied aside: not saved over until it is dealt with. */
    private final Set<String> keepOff = new HashSet<>();

    public PlanStore(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    /** @param clock dates the name of a copy aside */
    public PlanStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Place place() {
        return Place.THIS_USER;
    }

    @Override
    public Optional<Path> fileFor(String profile) {
        return Optional.of(file(profile));
    }

    /** {@code <profile-id>.careerplan}; a character a file name cannot hold becomes "_". */
    Path file(String profile) {
        String name = profile.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        return folder.resolve(name + EXTENSION);
    }

    @Override
    public Loaded load(String profile) {
        Path file = file(profile);
        String text;
        try {
            Optional<String> read = readText(file);
            if (read.isEmpty()) {
                return Loaded.nothing(profile);
            }
            text = read.get();
        } catch (Unreadable e) {
            return refused(profile, file, file + ": " + e.getMessage());
        }
        MyPlan plan;
        try {
            plan = PlanFile.read(text);
        } catch (PlanFile.BadPlan e) {
            return refused(profile, file, e.describe(file));
        }
        if (!plan.profile().equals(profile)) {
            return refused(profile, file, file + ":1: this plan is for the profile \u201c" + plan.profile()
                    + "\u201d, not \u201c" + profile + "\u201d");
        }
        keepOff.remove(profile);
        return new Loaded(plan, Optional.empty());
    }

    /** Copies an unreadable file aside and says so; if it cannot be copied, keeps off it. */
    private Loaded refused(String profile, Path file, String what) {
        StringBuilder message = new StringBuilder("Your saved plan could not be read:\n").append(what).append('\n');
        try {
            Path copy = freeCopyName(file);
            Files.copy(file, copy);
            keepOff.remove(profile);
            message.append("It has been copied to ").append(copy)
                    .append(", so nothing in it is lost. An empty plan is shown; what you do now is saved as usual.");
        } catch (IOException e) {
            keepOff.add(profile);
            message.append("It could not be copied aside (").append(reason(e)).append("), so it is left as it is and ")
                    .append("your plan is not saved on this computer until that file is moved or removed.");
        }
        return new Loaded(MyPlan.empty(profile), Optional.of(message.toString()));
    }

    @Override
    public void save(MyPlan plan) throws IOException {
        Path file = file(plan.profile());
        if (keepOff.contains(plan.profile())) {
            throw new IOException("the plan file there, " + file + ", could not be read or copied aside, so it is not "
                    + "replaced; move or remove it");
        }
        if (plan.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFile.write(file, PlanFile.write(plan), Optional.empty());
    }

    /** Removes the profile's plan file, and any temporary file a cut write left beside it. */
    @Override
    public void clear(String profile) throws IOException {
        Path file = file(profile);
        Files.deleteIfExists(file);
        keepOff.remove(profile);
        if (!Files.isDirectory(folder)) {
            return;
        }
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(name) && entry.getFileName().toString().endsWith(".new"))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Why a file as a whole cannot be read, in words that follow its name. */
    static final class Unreadable extends IOException {
        Unreadable(String why) {
            super(why);
        }
    }

    /** The file's text; empty when there is no file. Never more than {@link #MAX_BYTES}, never a folder. */
    static Optional<String> readText(Path file) throws Unreadable {
        try {
            return SmallTextFile.read(file, MAX_BYTES, "a plan", "is not UTF-8 text, so it is not a plan file");
        } catch (IOException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private Path freeCopyName(Path file) {
        String stamp = LocalDateTime.now(clock).format(COPY_STAMP);
        String name = file.getFileName().toString();
        Path candidate = file.resolveSibling(name + "." + stamp + ".bad");
        for (int n = 2; n < 100 && Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = file.resolveSibling(name + "." + stamp + "-" + n + ".bad");
        }
        return candidate;
    }

    static String reason(IOException e) {
        return SmallTextFile.reason(e);
    }
}
