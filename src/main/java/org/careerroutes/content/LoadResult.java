package org.careerroutes.content;

import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one content file gave: the profile when it had no errors, and every problem
 * (errors and warnings) in file order.
 */
public record LoadResult(String file, Optional<Profile> profile, List<Problem> problems) {

    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return profile.isPresent() && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
