package org.careerroutes.app;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what the window opens on: the profiles from {@code --content} that loaded, or the
 * built-in profile when there was no {@code --content} or none of its files loaded. The files
 * with problems are kept so the user can be told about them. A folder of profiles is not read
 * whole before the window opens: only its first file that loads is (the job on show at first),
 * and the rest is read for the Jobs page as the window opens ({@link Folder}); with
 * {@code --watch} every file is read whole, as an adviser edits them.
 *
 * @param profiles       at least one profile to show, the first shown first
 * @param withProblems   the files that had errors or warnings (of a folder read for the Jobs page,
 *                       those read before the window opened)
 * @param usingBuiltIn   true when the built-in profile is shown in place of the asked-for content
 * @param folder         a folder whose jobs are still to be read, for the Jobs page
 */
public record StartupContent(List<Profile> profiles, List<LoadResult> withProblems, boolean usingBuiltIn,
                             Optional<Folder> folder) {

    /**
     * A folder of profiles whose first loadable file has been read.
     *
     * @param files every profile file of the folder, in name order
     * @param first the first of them that loaded, as it was read
     */
    public record Folder(Path path, List<Path> files, Path firstFile, LoadResult first) {
        public Folder {
            Objects.requireNonNull(path);
            files = List.copyOf(files);
            Objects.requireNonNull(firstFile);
            Objects.requireNonNull(first);
        }
    }

    public StartupContent {
        profiles = List.copyOf(profiles);
        withProblems = List.copyOf(withProblems);
        Objects.requireNonNull(folder, "folder");
    }

    public StartupContent(List<Profile> profiles, List<LoadResult> withProblems, boolean usingBuiltIn) {
        this(profiles, withProblems, usingBuiltIn, Optional.empty());
    }

    /** Every profile of the content read whole (the built-in one, a file, or with --watch a folder). */
    public static StartupContent load(Optional<Path> content) {
        if (content.isEmpty()) {
            return new StartupContent(List.of(builtIn()), List.of(), false);
        }
        return whole(ProfileLoader.loadPath(content.get()));
    }

    private static StartupContent whole(List<LoadResult> results) {
        List<Profile> loaded = results.stream().flatMap(r -> r.profile().stream()).toList();
        List<LoadResult> problems = results.stream().filter(r -> !r.problems().isEmpty()).toList();
        if (loaded.isEmpty()) {
            return new StartupContent(List.of(builtIn()), problems, true);
        }
        return new StartupContent(loaded, problems, false);
    }

    /**
     * What the window opens on for the Jobs page: a folder's first file that loads (the rest are
     * read as the window opens); anything else as {@link #load}. A folder none of whose files
     * loads has been read whole by then, and is reported as {@link #load} reports it.
     */
    public static StartupContent forJobs(Optional<Path> content) {
        if (content.isEmpty() || !Files.isDirectory(content.get())) {
            return load(content);
        }
        List<Path> files;
        try {
            files = ProfileLoader.profileFiles(content.get());
        } catch (IOException e) {
            return load(content);   // says why the folder cannot be read, as it always has
        }
        List<LoadResult> before = new ArrayList<>();
        for (Path file : files) {
            LoadResult result = ProfileLoader.loadFile(file);
            if (result.isValid()) {
                return new StartupContent(List.of(result.profile().orElseThrow()), List.of(), false,
                        Optional.of(new Folder(content.get(), files, file, result)));
            }
            before.add(result);
        }
        return files.isEmpty() ? load(content) : whole(before);
    }

    static Profile builtIn() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        return result.profile().orElseThrow(() -> new IllegalStateException(
                "the built-in profile is invalid: " + result.problems()));
    }
}
