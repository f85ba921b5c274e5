package org.careerroutes.plan;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileAside;
import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Plans kept for this computer's user: one file per profile, {@code <profile-id>.careerplan}, in
 * a {@code plans} folder beside the settings. Each save replaces the file in one step
 * ({@link AtomicFile}), so a cut write leaves the old plan and at worst a stray temporary file,
 * which loading ignores.
 *
 * <p>A saved plan that cannot be read is never wiped: before anything replaces it, it is kept
 * aside as {@code <profile-id>.careerplan.<date>T<hhmm>.bad} ({@link FileAside}): a plain file is
 * copied from the bytes read; anything else at the path (a folder, a link, a pipe, a file too
 * large to read) is moved there, never read or followed, which frees the path for the plan. The
 * student is told which file, which line, what is wrong, where it went and what happens next. If
 * it cannot be kept aside, the plan is not saved over it.
 */
public final class PlanStore implements PlanKeeping {

    public static final String EXTENSION = ".careerplan";
    /** As large as a plan within its limits can be ({@link PlanFile#MAX_BYTES}); a larger file is not read. */
    public static final int MAX_BYTES = PlanFile.MAX_BYTES;
    /** A plan kept in the user's own folder: a plain file, never read through a link. */
    static final SmallFile.Kind KEPT = new SmallFile.Kind("a plan file", MAX_BYTES, SmallFile.Links.REFUSE);
    static final String NOT_TEXT = "is not UTF-8 text, so it is not a plan file";

    private final Path folder;
    private final Clock clock;
    /** Profiles whose unreadable file could not be kept aside: not saved over until it is dealt with. */
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
    public synchronized Loaded load(String profile) {
        Path file = file(profile);
        byte[] bytes;
        try {
            Optional<byte[]> read = SmallFile.read(file, KEPT);
            if (read.isEmpty()) {
                keepOff.remove(profile);
                return Loaded.nothing(profile);
            }
            bytes = read.get();
        } catch (FileProblem e) {
            return refused(profile, file, Optional.empty(), FileProblem.describe(file, e.getMessage()));
        }
        PlanFile.Read read;
        try {
            read = PlanFile.read(SmallFile.text(bytes, NOT_TEXT));
        } catch (FileProblem e) {
            return refused(profile, file, Optional.of(bytes), FileProblem.describe(file, e.getMessage()));
        } catch (PlanFile.BadPlan e) {
            return refused(profile, file, Optional.of(bytes), e.describe(file));
        }
        if (!read.plan().profile().equals(profile)) {
            return refused(profile, file, Optional.of(bytes), file + ":1: this plan is for the profile \u201c"
                    + read.plan().profile() + "\u201d, not \u201c" + profile + "\u201d");
        }
        keepOff.remove(profile);
        if (!read.shortened().isEmpty()) {
            return shortened(profile, file, bytes, read);
        }
        return new Loaded(read.plan(), Optional.empty());
    }

    /** Keeps an unreadable file aside and says so; if it cannot be kept aside, keeps off it. */
    private Loaded refused(String profile, Path file, Optional<byte[]> bytes, String what) {
        StringBuilder message = new StringBuilder("Your saved plan could not be read:\n").append(what).append('\n');
        try {
            FileAside.Kept kept = bytes.isPresent() ? FileAside.copy(file, bytes.get(), clock) : FileAside.move(file, clock);
            keepOff.remove(profile);
            message.append("It has been ").append(kept.words()).append(kept.moved() ? " as it was, without being read" : "")
                    .append(", so nothing in it is lost. An empty plan is shown; what you do now is saved as usual.");
        } catch (FileProblem e) {
            keepOff.add(profile);
            message.append("It ").append(e.getMessage()).append(", so it is left as it is and your plan is not saved on ")
                    .append("this computer until that is moved or removed. Meanwhile, keep a copy with Save plan as\u2026.");
        }
        return new Loaded(MyPlan.empty(profile), Optional.of(message.toString()));
    }

    /** A plan an earlier version wrote with more than a plan now holds: shown, and the file kept aside whole. */
    private Loaded shortened(String profile, Path file, byte[] bytes, PlanFile.Read read) {
        StringBuilder message = new StringBuilder("Your saved plan holds more than a plan now keeps, so not all of it is "
                + "shown: ").append(String.join("; ", read.shortened())).append(".\n");
        try {
            FileAside.Kept kept = FileAside.copy(file, bytes, clock);
            message.append("The file as it was has been ").append(kept.words()).append(", so nothing in it is lost.");
        } catch (FileProblem e) {
            keepOff.add(profile);
            message.append("The file as it was ").append(e.getMessage()).append(", so it is left as it is and your plan ")
                    .append("is not saved on this computer until that is moved or removed.");
        }
        return new Loaded(read.plan(), Optional.of(message.toString()));
    }

    @Override
    public synchronized void save(MyPlan plan) throws IOException {
        Path file = file(plan.profile());
        if (keepOff.contains(plan.profile())) {
            throw new FileProblem("is not replaced: it could not be read or kept aside, so move or remove it, "
                    + "and your plan is saved again");
        }
        if (plan.isEmpty()) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
            return;
        }
        AtomicFile.write(file, PlanFile.write(plan), Optional.empty());
    }

    /** Removes the profile's plan file, and any temporary file a cut write left beside it. */
    @Override
    public synchronized void clear(String profile) throws IOException {
        Path file = file(profile);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(file);
        }
        keepOff.remove(profile);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(name) && entry.getFileName().toString().endsWith(".new"))) {
            for (Path leftover : leftovers) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(leftover);
                }
            }
        }
    }
}
