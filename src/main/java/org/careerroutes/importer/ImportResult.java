package org.careerroutes.importer;

import org.careerroutes.model.Profile;

import java.util.Objects;
import java.util.Optional;

/**
 * What importing one text gave: a profile (with its content file, already checked by the loader),
 * or why the text is not a job profile; and the report either way.
 *
 * @param source  the text's name as the user gave it (a file's path, or "pasted text")
 * @param profile the profile made, when the text is a job profile
 * @param json    the profile as a content file, ready to write; what cannot be placed is kept in it
 * @param failure why no profile was made ("is empty", "is not text: it looks like a PDF…")
 * @param report  what was found and made, or why not
 */
public record ImportResult(String source, Optional<Profile> profile, Optional<String> json, Optional<String> failure,
                           ImportReport report) {

    public ImportResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(report, "report");
        if (profile.isPresent() == failure.isPresent() || profile.isPresent() != json.isPresent()) {
            throw new IllegalArgumentException("an import gives a profile and its file, or why not");
        }
    }

    static ImportResult failed(String source, String why) {
        return new ImportResult(source, Optional.empty(), Optional.empty(), Optional.of(why), ImportReport.failed(source, why));
    }

    public boolean imported() {
        return profile.isPresent();
    }

    /** The failure as one line naming the text: "notes.txt: is empty". */
    public String problem() {
        return source + ": " + failure.orElse("imported");
    }
}
