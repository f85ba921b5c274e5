package org.careerroutes.plan;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plan as a {@code .careerplan} file the student chooses: saved to a USB stick or a school
 * drive, and opened again on any computer. The same format as the plans kept for a user; the
 * file holds both the job's plan and the student's record.
 */
public final class PlanFiles {

    /** A file the student chose: a link they chose (a shortcut to it) is followed to a plain file. */
    static final SmallFile.Kind CHOSEN = new SmallFile.Kind("a plan file", PlanStore.MAX_BYTES, SmallFile.Links.FOLLOW);

    /** What opening a file gave: a plan, or why not, in words that name the file. */
    public sealed interface Opened permits Read, Refused {
    }

    /**
     * A file read: a job's plan for the profile shown, the student's record, or both.
     *
     * @param contents what the file holds (its {@link PlanFile.Read#shortened() shortened} says
     *                 what was cut to fit the limits, a file from an earlier version; the file
     *                 itself is not changed)
     */
    public record Read(PlanFile.Read contents) implements Opened {
        public List<String> shortened() {
            return contents.shortened();
        }

        /** The job's plan in the file, with an empty record, if it holds one. */
        public Optional<MyPlan> job() {
            return contents.job();
        }

        /**
         * The plan on screen once this file is opened over it: its job's part, where the file has
         * one, and the record as {@link PlanFile.Read#recordOver} makes it.
         */
        public MyPlan over(MyPlan current) {
            return contents.job().orElse(current.jobOnly()).withStudent(contents.recordOver(current.student()));
        }
    }

    /**
     * @param message the file, the line where there is one, and what is wrong
     * @param newer   the file was saved by a newer version of the app
     */
    public record Refused(String message, boolean newer) implements Opened {
    }

    private PlanFiles() {
    }

    /** Writes the plan, the job's part and the record, to a file the student chose, replacing it in one step. */
    public static void save(MyPlan plan, Path file) throws IOException {
        AtomicFile.write(file, PlanFile.write(plan), Optional.empty());
    }

    /**
     * Reads a plan for {@code profile} from a file the student chose: a file of either version,
     * holding this job's plan, the student's record, or both. A job's plan for another profile is
     * refused.
     */
    public static Opened open(Path file, String profile, String profileTitle) {
        String text;
        try {
            Optional<byte[]> read = SmallFile.read(file, CHOSEN);
            if (read.isEmpty()) {
                return new Refused(FileProblem.describe(file, "there is no such file"), false);
            }
            text = SmallFile.text(read.get(), PlanStore.NOT_TEXT);
        } catch (FileProblem e) {
            return new Refused(FileProblem.describe(file, e.getMessage()), false);
        }
        PlanFile.Read read;
        try {
            read = PlanFile.read(text);
        } catch (PlanFile.BadPlan e) {
            return new Refused(e.describe(file), e.newer());
        }
        Optional<String> other = read.job().map(MyPlan::profile).filter(id -> !id.equals(profile));
        if (other.isPresent()) {
            return new Refused(file + ": this plan is for another job profile (\u201c" + other.get()
                    + "\u201d), not " + profileTitle + " (\u201c" + profile + "\u201d). Open that profile first, then the plan.",
                    false);
        }
        return new Read(read);
    }
}
