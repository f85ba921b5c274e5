package org.careerroutes.plan;

import org.careerroutes.files.SmallFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The student's record made from plans an earlier version kept (format version 1: one file per
 * job, each with the qualifications entered in it), the first time there is no record file. The
 * qualifications of the most recently changed version 1 file that has any become the record's,
 * and the student is told so, once (the record is then saved, so this does not happen again).
 * The version 1 files themselves are not changed here: each is copied aside before it is first
 * replaced ({@link PlanStore}). A file that cannot be read is passed over: it is said, and kept
 * aside, when its own job is shown. No file is written.
 */
final class PlanUpgrade {

    private PlanUpgrade() {
    }

    /** A version 1 file with qualifications in it, and when it was last changed. */
    private record Candidate(Path file, String profile, FileTime changed, StudentRecord record) {
    }

    static PlanKeeping.LoadedRecord fromFirstVersion(Path folder, String recordName) {
        List<Candidate> found = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return PlanKeeping.LoadedRecord.nothing();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.endsWith(PlanStore.EXTENSION) && !name.equals(recordName);
        })) {
            for (Path entry : entries) {
                candidate(entry).ifPresent(found::add);
            }
        } catch (IOException | RuntimeException e) {
            return PlanKeeping.LoadedRecord.nothing();   // nothing to upgrade from that can be read; each job says its own
        }
        Optional<Candidate> latest = found.stream().max(Comparator.comparing(Candidate::changed)
                .thenComparing(c -> c.file().getFileName().toString()));
        if (latest.isEmpty()) {
            return PlanKeeping.LoadedRecord.nothing();
        }
        Candidate chosen = latest.get();
        int n = chosen.record().qualifications().size();
        String others = found.size() == 1 ? "" : " Your plans for " + (found.size() - 1) + " other "
                + (found.size() == 2 ? "job" : "jobs") + " had qualifications in them too; those of the latest are used.";
        String news = "Your qualifications now belong to you, not to one job: \u201cAm I on track?\u201d checks the "
                + "same ones against every job. The " + (n == 1 ? "qualification" : n + " qualifications")
                + " in your plan for \u201c" + chosen.profile() + "\u201d, the plan you changed last, "
                + (n == 1 ? "is" : "are") + " now yours." + others + " Each plan saved by the earlier version is copied "
                + "aside as it was (as <name>.careerplan.v1, beside it, in " + folder + ") before it is first saved "
                + "again, so nothing in them is lost.";
        return new PlanKeeping.LoadedRecord(chosen.record(), Optional.empty(), Optional.of(news), true);
    }

    private static Optional<Candidate> candidate(Path file) {
        try {
            Optional<byte[]> bytes = SmallFile.read(file, PlanStore.KEPT);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            PlanFile.Read read = PlanFile.read(SmallFile.text(bytes.get(), PlanStore.NOT_TEXT));
            if (read.formatVersion() != PlanFile.FIRST_VERSION || read.student().isEmpty() || read.job().isEmpty()) {
                return Optional.empty();
            }
            FileTime changed = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Candidate(file, read.job().get().profile(), changed, read.student().get()));
        } catch (IOException | PlanFile.BadPlan e) {
            return Optional.empty();   // not a plan this can use; said when its own job is shown
        }
    }
}
