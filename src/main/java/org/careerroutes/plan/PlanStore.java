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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans kept for this computer's user, in a {@code plans} folder beside the settings: the
 * student's record in {@code me.careerplan}, and each job's part of the plan in
 * {@code <profile-id>.careerplan}, so that every file stays within the limits of what it holds.
 * Each save replaces the file in one step ({@link AtomicFile}), so a cut write leaves the old file
 * and at worst a stray temporary file, which loading ignores.
 *
 * <p>A saved file that cannot be read is never wiped: before anything replaces it, it is kept
 * aside as {@code <name>.careerplan.<date>T<hhmm>.bad} ({@link FileAside}): a plain file is copied
 * from the bytes read; anything else at the path (a folder, a link, a pipe, a file too large to
 * read) is moved there, never read or followed, which frees the path. The student is told which
 * file, which line, what is wrong, where it went and what happens next. If it cannot be kept
 * aside, nothing is saved over it. The record and each job's plan are read apart, so a damaged
 * record costs no job's plan, and the other way round.
 *
 * <p>Plans saved by format version 1 (one file per job, with the qualifications in it) are still
 * read: the first time there is no record, it is made from them ({@link PlanUpgrade}), and each
 * version 1 file is copied aside once, as {@code <name>.careerplan.v1}, before it is first
 * replaced or removed by a save.
 */
public final class PlanStore implements PlanKeeping {

    public static final String EXTENSION = ".careerplan";
    /** The record's file is {@code me.careerplan}; a job whose id is "me" is kept as {@code _me.careerplan}. */
    static final String RECORD_NAME = "me";
    /** What a version 1 file is copied aside as, after its own name, before it is first replaced. */
    static final String V1_COPY = ".v1";
    /** A job's plan (or a version 1 file) is no larger than a file of both can be ({@link PlanFile#MAX_BYTES}). */
    public static final int MAX_BYTES = PlanFile.MAX_BYTES;
    /** A plan kept in the user's own folder: a plain file, never read through a link. */
    static final SmallFile.Kind KEPT = new SmallFile.Kind("a plan file", MAX_BYTES, SmallFile.Links.REFUSE);
    /** The record kept in the user's own folder. */
    static final SmallFile.Kind KEPT_RECORD = new SmallFile.Kind("a record file", PlanFile.MAX_RECORD_BYTES,
            SmallFile.Links.REFUSE);
    static final String NOT_TEXT = "is not UTF-8 text, so it is not a plan file";

    private final Path folder;
    private final Clock clock;
    /** Profiles whose unreadable file could not be kept aside: not saved over until it is dealt with. */
    private final Set<String> keepOff = new HashSet<>();
    /** The same for the record's file. */
    private boolean keepOffRecord;
    /** Version 1 files read and not yet replaced, by profile: their bytes, copied aside before the first save. */
    private final Map<String, byte[]> firstVersion = new HashMap<>();

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

    @Override
    public Optional<Path> recordFile() {
        return Optional.of(recordPath());
    }

    Path recordPath() {
        return folder.resolve(RECORD_NAME + EXTENSION);
    }

    /** {@code <profile-id>.careerplan}; a character a file name cannot hold becomes "_". */
    Path file(String profile) {
        String name = profile.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.startsWith(".") || name.equals(RECORD_NAME)) {
            name = "_" + (name.startsWith(".") ? name.substring(1) : name);
        }
        return folder.resolve(name + EXTENSION);
    }

    // ----- a job's plan

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
            return new Loaded(MyPlan.empty(profile), refused(Optional.of(profile), file, Optional.empty(),
                    FileProblem.describe(file, e.getMessage())));
        }
        PlanFile.Read read;
        try {
            read = PlanFile.read(SmallFile.text(bytes, NOT_TEXT));
        } catch (FileProblem e) {
            return refusedJob(profile, file, bytes, FileProblem.describe(file, e.getMessage()));
        } catch (PlanFile.BadPlan e) {
            return refusedJob(profile, file, bytes, e.describe(file));
        }
        if (read.job().isEmpty()) {
            return refusedJob(profile, file, bytes, file + ":1: this file holds a student's record, not the plan for \u201c"
                    + profile + "\u201d (a record is kept in " + recordPath().getFileName() + ")");
        }
        MyPlan plan = read.job().get();
        if (!plan.profile().equals(profile)) {
            return refusedJob(profile, file, bytes, file + ":1: this plan is for the profile \u201c" + plan.profile()
                    + "\u201d, not \u201c" + profile + "\u201d");
        }
        if (read.formatVersion() != PlanFile.FIRST_VERSION && read.student().isPresent()) {
            return refusedJob(profile, file, bytes, file + ":1: this file holds a student's record as well as the plan "
                    + "for \u201c" + profile + "\u201d; a job's file here holds only its plan (the record is kept in "
                    + recordPath().getFileName() + ")");
        }
        keepOff.remove(profile);
        if (read.formatVersion() == PlanFile.FIRST_VERSION) {
            // Its qualifications belong to the record now (made from the latest such file, once); the file is kept whole.
            firstVersion.put(profile, bytes);
        }
        if (!read.shortened().isEmpty()) {
            return new Loaded(plan, Optional.of(shortened(Optional.of(profile), file, bytes, read)));
        }
        return new Loaded(plan, Optional.empty());
    }

    private Loaded refusedJob(String profile, Path file, byte[] bytes, String what) {
        return new Loaded(MyPlan.empty(profile), refused(Optional.of(profile), file, Optional.of(bytes), what));
    }

    @Override
    public synchronized void save(MyPlan plan) throws IOException {
        Path file = file(plan.profile());
        if (keepOff.contains(plan.profile())) {
            throw new FileProblem("is not replaced: it could not be read or kept aside, so move or remove it, "
                    + "and your plan is saved again");
        }
        keepFirstVersion(plan.profile(), file);
        if (plan.isJobEmpty()) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
            return;
        }
        AtomicFile.write(file, PlanFile.writeJob(plan), Optional.empty());
    }

    /** A version 1 file about to be replaced: copied aside once, as {@code <name>.careerplan.v1}; never a copy made before. */
    private void keepFirstVersion(String profile, Path file) throws FileProblem {
        byte[] bytes = firstVersion.get(profile);
        if (bytes == null) {
            return;
        }
        Path copy = file.resolveSibling(file.getFileName() + V1_COPY);
        if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            try {
                FileAside.copy(file, bytes, Optional.of(copy), clock);
            } catch (FileProblem e) {
                throw new FileProblem("is not replaced: it was saved by an earlier version and " + e.getMessage()
                        + ", so it is kept as it was", e);
            }
        }
        firstVersion.remove(profile);
    }

    /** Removes the job's plan file, its version 1 copy and any temporary file a cut write left beside it. */
    @Override
    public synchronized void clear(String profile) throws IOException {
        Path file = file(profile);
        String name = file.getFileName().toString();
        deleteAll(entry -> entry.equals(name) || entry.equals(name + V1_COPY)
                || entry.startsWith(name) && entry.endsWith(".new"));
        keepOff.remove(profile);
        firstVersion.remove(profile);
    }

    // ----- the record

    @Override
    public synchronized LoadedRecord loadRecord() {
        Path file = recordPath();
        byte[] bytes;
        try {
            Optional<byte[]> read = SmallFile.read(file, KEPT_RECORD);
            if (read.isEmpty()) {
                keepOffRecord = false;
                return PlanUpgrade.fromFirstVersion(folder, file.getFileName().toString());
            }
            bytes = read.get();
        } catch (FileProblem e) {
            return refusedRecord(file, Optional.empty(), FileProblem.describe(file, e.getMessage()));
        }
        PlanFile.Read read;
        try {
            read = PlanFile.read(SmallFile.text(bytes, NOT_TEXT));
        } catch (FileProblem e) {
            return refusedRecord(file, Optional.of(bytes), FileProblem.describe(file, e.getMessage()));
        } catch (PlanFile.BadPlan e) {
            return refusedRecord(file, Optional.of(bytes), e.describe(file));
        }
        if (read.job().isPresent() || read.student().isEmpty()) {
            return refusedRecord(file, Optional.of(bytes), file + ":1: this file holds the plan for \u201c"
                    + read.job().map(MyPlan::profile).orElse("?") + "\u201d, not only a student's record");
        }
        keepOffRecord = false;
        StudentRecord record = read.student().get();
        if (!read.shortened().isEmpty()) {
            return new LoadedRecord(record, Optional.of(shortened(Optional.empty(), file, bytes, read)), Optional.empty(),
                    false);
        }
        return new LoadedRecord(record, Optional.empty(), Optional.empty(), false);
    }

    private LoadedRecord refusedRecord(Path file, Optional<byte[]> bytes, String what) {
        return new LoadedRecord(StudentRecord.EMPTY, refused(Optional.empty(), file, bytes, what), Optional.empty(), false);
    }

    @Override
    public synchronized void saveRecord(StudentRecord record) throws IOException {
        Path file = recordPath();
        if (keepOffRecord) {
            throw new FileProblem("is not replaced: it could not be read or kept aside, so move or remove it, "
                    + "and your record is saved again");
        }
        if (record.isEmpty()) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
            return;
        }
        AtomicFile.write(file, PlanFile.writeRecord(record), Optional.empty());
    }

    /**
     * Removes the record and every job's plan kept here, with their version 1 copies and any
     * temporary files. Copies of damaged files ({@code .bad}) stay: the student was told where
     * they are, and removes them themselves.
     */
    @Override
    public synchronized void clearEverything() throws IOException {
        deleteAll(entry -> entry.endsWith(EXTENSION) || entry.endsWith(EXTENSION + V1_COPY)
                || entry.contains(EXTENSION) && entry.endsWith(".new"));
        keepOff.clear();
        keepOffRecord = false;
        firstVersion.clear();
    }

    /** Deletes the plain files in the folder whose names pass; never a folder, never through a link. */
    private void deleteAll(Predicate<String> named) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> named.test(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry);
                }
            }
        }
    }

    // ----- files that cannot be read

    /**
     * Keeps an unreadable file aside and says so; if it cannot be kept aside, keeps off it.
     *
     * @param profile the job whose plan it is; empty for the record
     */
    private Optional<String> refused(Optional<String> profile, Path file, Optional<byte[]> bytes, String what) {
        StringBuilder message = new StringBuilder(profile.isPresent() ? "Your saved plan could not be read:\n"
                : "Your saved record (your qualifications and what else you keep for every job) could not be read:\n")
                .append(what).append('\n');
        try {
            FileAside.Kept kept = bytes.isPresent() ? FileAside.copy(file, bytes.get(), clock) : FileAside.move(file, clock);
            keepOff(profile, false);
            message.append("It has been ").append(kept.words()).append(kept.moved() ? " as it was, without being read" : "")
                    .append(", so nothing in it is lost. ").append(profile.isPresent() ? "An empty plan is shown"
                            : "Your record starts empty").append("; what you do now is saved as usual.");
        } catch (FileProblem e) {
            keepOff(profile, true);
            message.append("It ").append(e.getMessage()).append(", so it is left as it is and your ")
                    .append(profile.isPresent() ? "plan" : "record").append(" is not saved on this computer until that "
                            + "is moved or removed. Meanwhile, keep a copy with Save plan as\u2026.");
        }
        return Optional.of(message.toString());
    }

    /** What an earlier version wrote with more than is now kept: shown, and the file kept aside whole. */
    private String shortened(Optional<String> profile, Path file, byte[] bytes, PlanFile.Read read) {
        StringBuilder message = new StringBuilder(profile.isPresent() ? "Your saved plan holds more than a plan now keeps"
                : "Your saved record holds more than a record now keeps").append(", so not all of it is shown: ")
                .append(String.join("; ", read.shortened())).append(".\n");
        try {
            FileAside.Kept kept = FileAside.copy(file, bytes, clock);
            message.append("The file as it was has been ").append(kept.words()).append(", so nothing in it is lost.");
        } catch (FileProblem e) {
            keepOff(profile, true);
            message.append("The file as it was ").append(e.getMessage()).append(", so it is left as it is and your ")
                    .append(profile.isPresent() ? "plan" : "record")
                    .append(" is not saved on this computer until that is moved or removed.");
        }
        return message.toString();
    }

    private void keepOff(Optional<String> profile, boolean off) {
        if (profile.isEmpty()) {
            keepOffRecord = off;
        } else if (off) {
            keepOff.add(profile.get());
        } else {
            keepOff.remove(profile.get());
        }
    }
}
