package org.careerroutes.jobs;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.files.FileProblem;
import org.careerroutes.model.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a folder of profiles for the Jobs page: each file's {@link JobEntry}, taken from the
 * folder's index file ({@link JobIndexFile}) when the file is unchanged since, else read from the
 * file (then dropped: only the entry is kept), then the index written again if anything changed.
 * Whoever follows it is given a {@link JobPack} as the reading goes (every few hundred
 * milliseconds) and when it ends, on the reading's thread. Files are read in name order; a file
 * that cannot be read is listed among the problems and the rest are still offered; of two files
 * with one id, the first in name order is offered and the other refused, as the loader does.
 */
public final class PackReading {

    /** How often a reading hands on what it has so far. */
    static final long REPORT_EVERY_NANOS = 250_000_000L;

    private final Path folder;
    private final List<Path> files;
    private final Optional<Path> indexFile;
    private final String appVersion;
    private final Optional<Loaded> first;
    private final List<Consumer<JobPack>> followers = new ArrayList<>();
    /** The last pack handed on; guarded by this. */
    private JobPack latest;
    /** Why the index could not be read or written, for whoever looks after the machine; guarded by this. */
    private final List<String> indexNotes = new ArrayList<>();

    /** A file already read whole (the first profile the window opens on), so it is not read twice. */
    public record Loaded(Path file, LoadResult result) {
    }

    /**
     * @param files      the folder's profile files, in name order ({@link ProfileLoader#profileFiles})
     * @param indexFile  where the folder's index is kept; empty for none (a kiosk keeps nothing)
     * @param appVersion the app's version: an index made by another is made again
     * @param first      a file of the folder read already, if any
     */
    public PackReading(Path folder, List<Path> files, Optional<Path> indexFile, String appVersion, Optional<Loaded> first) {
        this.folder = Objects.requireNonNull(folder);
        this.files = List.copyOf(files);
        this.indexFile = Objects.requireNonNull(indexFile);
        this.appVersion = Objects.requireNonNull(appVersion);
        this.first = Objects.requireNonNull(first);
    }

    public Path folder() {
        return folder;
    }

    /** How many profile files the folder has. */
    public int fileCount() {
        return files.size();
    }

    /**
     * Gives {@code each} every pack from now on, the last one complete; at once the latest so far,
     * if there is one. Called on the reading's thread.
     */
    public synchronized void follow(Consumer<JobPack> each) {
        followers.add(Objects.requireNonNull(each));
        if (latest != null) {
            each.accept(latest);
        }
    }

    /** Why the folder's index was not used or not kept ("" when it was). */
    public synchronized List<String> indexNotes() {
        return List.copyOf(indexNotes);
    }

    /** Reads the folder, on the caller's thread, handing on packs as it goes. */
    public void run() {
        JobIndexFile.Read index = indexFile.map(f -> JobIndexFile.read(f, folder, appVersion))
                .orElse(new JobIndexFile.Read(Map.of(), Optional.empty()));
        index.notUsed().ifPresent(this::note);
        List<JobPack.Source> sources = new ArrayList<>();
        List<LoadResult> problems = new ArrayList<>();
        List<JobIndexFile.Kept> kept = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        boolean changed = index.files().size() != files.size();
        JobPack pack = null;
        long lastReport = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Optional<BasicFileAttributes> attributes = attributes(file);
            String name = file.getFileName().toString();
            JobIndexFile.Kept known = index.files().get(name);
            JobIndexFile.Kept now;
            if (known != null && attributes.isPresent() && known.size() == attributes.get().size()
                    && known.modified() == attributes.get().lastModifiedTime().toMillis()) {
                now = new JobIndexFile.Kept(name, known.size(), known.modified(), known.entry(),
                        known.warnings().stream().map(w -> new Problem(w.severity(), file.toString(), w.line(),
                                w.column(), w.message())).toList());
            } else {
                changed = true;
                LoadResult result = first.filter(f -> f.file().equals(file)).map(Loaded::result)
                        .orElseGet(() -> ProfileLoader.loadFile(file));
                Optional<Profile> profile = result.isValid() ? result.profile() : Optional.empty();
                if (profile.isEmpty()) {
                    problems.add(result);
                    continue;
                }
                now = new JobIndexFile.Kept(name, attributes.map(BasicFileAttributes::size).orElse(-1L),
                        attributes.map(a -> a.lastModifiedTime().toMillis()).orElse(-1L), JobEntry.of(profile.get()),
                        result.warnings());
            }
            String id = now.entry().id();
            String firstFile = fileOfId.putIfAbsent(id, name);
            if (firstFile != null) {
                problems.add(new LoadResult(file.toString(), Optional.empty(),
                        List.of(Problem.wholeFile(file.toString(), ProfileLoader.idAlreadyUsed(id, firstFile)))));
                continue;
            }
            if (!now.warnings().isEmpty()) {
                problems.add(new LoadResult(file.toString(), Optional.empty(), now.warnings()));
            }
            sources.add(new JobPack.Source(now.entry(), Optional.of(file), Optional.empty()));
            kept.add(now);
            if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS && i + 1 < files.size()) {
                pack = new JobPack(sources, problems, new JobPack.Progress(i + 1, files.size()), pack);
                handOn(pack);
                lastReport = System.nanoTime();
            }
        }
        if (changed && indexFile.isPresent()) {
            try {
                JobIndexFile.write(indexFile.get(), folder, appVersion,
                        kept.stream().filter(k -> k.size() >= 0).toList());
            } catch (FileProblem e) {
                note(FileProblem.describe(indexFile.get(), e.getMessage()) + "; the folder is read whole at each start");
            }
        }
        handOn(new JobPack(sources, problems, new JobPack.Progress(files.size(), files.size()), pack));
    }

    private synchronized void note(String why) {
        indexNotes.add(why);
    }

    private synchronized void handOn(JobPack pack) {
        pack.index();   // made here, on the reading's thread, not on the window's
        latest = pack;
        followers.forEach(each -> each.accept(pack));
    }

    /** A file's size and time of last change; empty when they cannot be read (the loader then says why). */
    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
