package org.careerroutes.app;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** {@code --validate=PATH}: checks content files and reports every problem, with no window. */
public final class ValidateCommand {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int BAD_USAGE = 2;

    private ValidateCommand() {
    }

    /**
     * Prints one line per problem listed to {@code out}, and to {@code err} a summary that counts
     * every problem found, listed or not; returns the exit code.
     */
    public static int run(Path path, PrintStream out, PrintStream err) {
        // A link to nothing is a file that cannot be read (exit 1, said by the loader), not a wrong path.
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            err.println("career-routes: --validate: " + path + ": no such file or folder");
            return BAD_USAGE;
        }
        List<LoadResult> results = ProfileLoader.loadPath(path);
        long errors = 0;
        long warnings = 0;
        for (LoadResult result : results) {
            result.problems().forEach(problem -> out.println(problem.format()));
            errors += result.errorCount();
            warnings += result.warningCount();
        }
        long invalidFiles = results.stream().filter(r -> !r.isValid()).count();
        err.println(results.size() + (results.size() == 1 ? " file" : " files") + " checked: "
                + (invalidFiles == 0 ? "valid" : invalidFiles + " invalid")
                + ", " + plural(errors, "error") + ", " + plural(warnings, "warning"));
        return invalidFiles == 0 ? VALID : INVALID;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
