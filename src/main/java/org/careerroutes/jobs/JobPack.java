package org.careerroutes.jobs;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The jobs on offer in a window: each job's {@link JobEntry} (what the Jobs page needs), where its
 * whole profile comes from (a file of the folder, read when the job is opened, or a profile already
 * in memory: one opened from a file, the built-in one), the files that could not be read, and how
 * far the reading of the folder has got. Immutable, so a reading can hand one to the window from
 * another thread; a new one is made for each change.
 */
public final class JobPack {

    /**
     * One job and where its whole profile is.
     *
     * @param file the profile file, read when the job is opened
     * @param held the profile itself, when it is in memory already
     */
    public record Source(JobEntry entry, Optional<Path> file, Optional<Profile> held) {
        public Source {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(held, "held");
            if (file.isEmpty() && held.isEmpty()) {
                throw new IllegalArgumentException("a job comes from a file or from a profile in memory");
            }
        }

        static Source held(Profile profile) {
            return new Source(JobEntry.of(profile), Optional.empty(), Optional.of(profile));
        }
    }

    /**
     * How far a folder has been read.
     *
     * @param read  files read (or found unchanged in the index) so far
     * @param total files in the folder
     */
    public record Progress(int read, int total) {
        public static final Progress DONE = new Progress(0, 0);

        public boolean complete() {
            return read >= total;
        }
    }

    private final List<Source> sources;
    private final Map<String, Source> byId = new HashMap<>();
    private final List<LoadResult> problems;
    private final Progress progress;
    /** The pack this one grows from, until this one's index is made; then dropped. */
    private JobPack previous;
    /** Made the first time it is asked for (a window of one job never needs it); guarded by this. */
    private JobIndex index;

    /**
     * @param sources  the jobs in the order they are offered (a folder's in file-name order), each id once
     * @param problems the files that had errors or warnings
     * @param previous the pack this one grows from, whose index work is reused for the same jobs; may be null
     */
    public JobPack(List<Source> sources, List<LoadResult> problems, Progress progress, JobPack previous) {
        this.sources = List.copyOf(sources);
        for (Source source : this.sources) {
            if (byId.putIfAbsent(source.entry().id(), source) != null) {
                throw new IllegalArgumentException("two jobs have the id " + source.entry().id());
            }
        }
        this.problems = List.copyOf(problems);
        this.progress = Objects.requireNonNull(progress);
        this.previous = previous;
    }

    /** Profiles in memory, offered in this order (the built-in one, one file, or a folder read whole). */
    public static JobPack of(List<Profile> profiles) {
        List<Source> sources = new ArrayList<>();
        for (Profile profile : profiles) {
            if (sources.stream().noneMatch(s -> s.entry().id().equals(profile.id()))) {
                sources.add(Source.held(profile));
            }
        }
        return new JobPack(sources, List.of(), Progress.DONE, null);
    }

    /**
     * The jobs of a folder as its reading begins: the first profile read, and how many files there
     * are to read (so that the window knows at once that there will be a choice of jobs).
     */
    public static JobPack reading(Profile first, int files) {
        return new JobPack(List.of(Source.held(first)), List.of(), new Progress(1, Math.max(1, files)), null);
    }

    /** This pack with a profile opened from a file: offered first, in place of any job with its id. */
    public JobPack with(Profile opened) {
        List<Source> changed = new ArrayList<>();
        changed.add(Source.held(opened));
        sources.stream().filter(s -> !s.entry().id().equals(opened.id())).forEach(changed::add);
        return new JobPack(changed, problems, progress, this);
    }

    /**
     * The jobs indexed for the Jobs page: made the first time it is asked for, reusing the work of the
     * pack this one grew from. A folder's reading asks for it on its own thread before handing the
     * pack on, so the window gets it made.
     */
    public synchronized JobIndex index() {
        if (index == null) {
            index = new JobIndex(sources.stream().map(Source::entry).toList(), previous == null ? null : previous.index());
            previous = null;
        }
        return index;
    }

    public int size() {
        return sources.size();
    }

    /** The jobs in the order they are offered (not sorted: the Jobs page sorts by title). */
    public List<JobEntry> offered() {
        return sources.stream().map(Source::entry).toList();
    }

    public Optional<JobEntry> job(String id) {
        return Optional.ofNullable(byId.get(id)).map(Source::entry);
    }

    /** A job's whole profile when it is in memory already, so opening it needs no file. */
    public Optional<Profile> held(String id) {
        return Optional.ofNullable(byId.get(id)).flatMap(Source::held);
    }

    /**
     * Reads a job's whole profile: from memory, or from its file, as the loader reads any file (a
     * file changed or broken since the folder was read says so). Reads a file: call it away from
     * the JavaFX thread.
     */
    public LoadResult load(String id) {
        Source source = byId.get(id);
        if (source == null) {
            return new LoadResult(id, Optional.empty(), List.of(Problem.wholeFile(id, "is not one of the jobs on offer")));
        }
        if (source.held().isPresent()) {
            return new LoadResult(source.entry().title(), source.held(), List.of());
        }
        return ProfileLoader.loadFile(source.file().orElseThrow());
    }

    /** The files that had errors (and are not offered) or warnings (and are), in file-name order. */
    public List<LoadResult> problems() {
        return problems;
    }

    /** The files with errors: the jobs that could not be read and are not offered. */
    public List<LoadResult> failed() {
        return problems.stream().filter(r -> !r.errors().isEmpty()).toList();
    }

    public Progress progress() {
        return progress;
    }
}
