package org.careerroutes.app;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the window opens on: the profiles from {@code --content} that loaded, or the
 * built-in profile when there was no {@code --content} or none of its files loaded. The files
 * with problems are kept so the user can be told about them.
 *
 * @param profiles       at least one profile to show, the first shown first
 * @param withProblems   the files that had errors or warnings
 * @param usingBuiltIn   true when the built-in profile is shown in place of the asked-for content
 */
public record StartupContent(List<Profile> profiles, List<LoadResult> withProblems, boolean usingBuiltIn) {

    public StartupContent {
        profiles = List.copyOf(profiles);
        withProblems = List.copyOf(withProblems);
    }

    public static StartupContent load(Optional<Path> content) {
        if (content.isEmpty()) {
            return new StartupContent(List.of(builtIn()), List.of(), false);
        }
        List<LoadResult> results = ProfileLoader.loadPath(content.get());
        List<Profile> loaded = results.stream().flatMap(r -> r.profile().stream()).toList();
        List<LoadResult> problems = results.stream().filter(r -> !r.problems().isEmpty()).toList();
        if (loaded.isEmpty()) {
            return new StartupContent(List.of(builtIn()), problems, true);
        }
        return new StartupContent(loaded, problems, false);
    }

    static Profile builtIn() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        return result.profile().orElseThrow(() -> new IllegalStateException(
                "the built-in profile is invalid: " + result.problems()));
    }
}
