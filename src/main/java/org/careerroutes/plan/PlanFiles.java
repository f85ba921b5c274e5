package org.careerroutes.plan;

import org.careerroutes.settings.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plan as a {@code .careerplan} file the student chooses: saved to a USB stick or a school
 * drive, and opened again on any computer. The same format as the plans kept for a user.
 */
public final class PlanFiles {

    /** What opening a file gave: a plan, or why not, in words that name the file. */
    public sealed interface Opened permits Read, Refused {
    }

    public record Read(MyPlan plan) implements Opened {
    }

    /**
     * @param message the file, the line where there is one, and what is wrong
     * @param newer   the file was saved by a newer version of the app
     */
    public record Refused(String message, boolean newer) implements Opened {
    }

    private PlanFiles() {
    }

    /** Writes the plan to a file the student chose, replacing it in one step. */
    public static void save(MyPlan plan, Path file) throws IOException {
        AtomicFile.write(file, PlanFile.write(plan), Optional.empty());
    }

    /** Reads a plan for {@code profile} from a file the student chose. */
    public static Opened open(Path file, String profile, String profileTitle) {
        String text;
        try {
            Optional<String> read = PlanStore.readText(file);
            if (read.isEmpty()) {
                return new Refused(file + ": there is no such file", false);
            }
            text = read.get();
        } catch (PlanStore.Unreadable e) {
            return new Refused(file + ": " + e.getMessage(), false);
        }
        MyPlan plan;
        try {
            plan = PlanFile.read(text);
        } catch (PlanFile.BadPlan e) {
            return new Refused(e.describe(file), e.newer());
        }
        if (!plan.profile().equals(profile)) {
            return new Refused(file + ": this plan is for another job profile (\u201c" + plan.profile()
                    + "\u201d), not " + profileTitle + " (\u201c" + profile + "\u201d). Open that profile first, then the plan.",
                    false);
        }
        return new Read(plan);
    }
}
