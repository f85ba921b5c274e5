package org.careerroutes.content;

import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one content file gave: the profile when it had no errors, and its problems
 * (errors and warnings) in file order: all of them, or the first ones and a last line saying how
 * many more there are.
 *
 * @param notListedErrors   errors found beyond those listed
 * @param notListedWarnings warnings found beyond those listed
 */
public record LoadResult(String file, Optional<Profile> profile, List<Problem> problems, int notListedErrors,
                         int notListedWarnings) {

    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        problems = List.copyOf(problems);
    }

    /** A result whose problems are all listed. */
    public LoadResult(String file, Optional<Profile> profile, List<Problem> problems) {
        this(file, profile, problems, 0, 0);
    }

    /** Every error found, listed or not (the line that says how many more is not one of them). */
    public long errorCount() {
        return errors().size() - (saysHowManyMore() && problems.get(problems.size() - 1).isError() ? 1 : 0)
                + notListedErrors;
    }

    /** Every warning found, listed or not. */
    public long warningCount() {
        return warnings().size() - (saysHowManyMore() && !problems.get(problems.size() - 1).isError() ? 1 : 0)
                + notListedWarnings;
    }

    private boolean saysHowManyMore() {
        return notListedErrors + notListedWarnings > 0 && !problems.isEmpty();
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
