package org.careerroutes.app;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.handout.Handout;
import org.careerroutes.handout.HandoutPdf;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --export-pdf=FILE [--pathway=ID] [--content=PATH]}: writes plan handouts without a
 * window, so that an adviser can print a stack before a careers fair. One profile (the built-in
 * one, or a --content file) gives one PDF at FILE; a folder of profiles gives one PDF per profile
 * in the folder FILE, named by the profile's id, with a line for each as it is written.
 */
public final class ExportPdfCommand {

    public static final int WRITTEN = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private static final String NAME = "career-routes: --export-pdf: ";

    private ExportPdfCommand() {
    }

    /** Writes the handouts and returns the exit status; every problem is said on {@code err}. */
    public static int run(Optional<Path> content, Path target, Optional<String> pathway, LocalDate date,
                          PrintStream out, PrintStream err) {
        if (content.isPresent() && !Files.exists(content.get(), LinkOption.NOFOLLOW_LINKS)) {
            err.println("career-routes: --content: " + content.get() + ": no such file or folder");
            return BAD_USAGE;
        }
        boolean folder = content.isPresent() && Files.isDirectory(content.get());
        List<Profile> profiles = new ArrayList<>();
        if (content.isEmpty()) {
            LoadResult builtIn = ProfileLoader.loadBuiltIn();
            builtIn.problems().forEach(p -> err.println(p.format()));
            builtIn.profile().ifPresent(profiles::add);
        } else {
            List<LoadResult> results = ProfileLoader.loadPath(content.get());
            long invalid = results.stream().filter(r -> !r.isValid()).count();
            results.forEach(r -> r.problems().forEach(p -> err.println(p.format())));
            if (invalid > 0) {
                err.println(NAME + "no handout written: " + invalid + (invalid == 1 ? " file has" : " files have")
                        + " errors (listed above; --validate checks content on its own)");
                return FAILED;
            }
            results.forEach(r -> r.profile().ifPresent(profiles::add));
        }
        if (profiles.isEmpty()) {
            err.println(NAME + "no profile to write a handout of");
            return FAILED;
        }
        if (pathway.isPresent()) {
            for (Profile profile : profiles) {
                if (profile.routeMap().flatMap(m -> m.pathway(pathway.get())).isEmpty()) {
                    err.println("career-routes: --pathway: " + Handout.unknownPathway(profile, pathway.get()));
                    return BAD_USAGE;
                }
            }
        }
        if (!folder && Files.isDirectory(target)) {
            err.println(NAME + target + " is a folder: give the name of the PDF file to write, e.g. "
                    + target.resolve(profiles.get(0).id() + ".pdf"));
            return BAD_USAGE;
        }
        if (folder && Files.exists(target) && !Files.isDirectory(target)) {
            err.println(NAME + target + " is a file: with a folder of profiles, give a folder to write one PDF "
                    + "per profile into");
            return BAD_USAGE;
        }
        if (folder) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                err.println(NAME + FileProblem.describe(target, "cannot be made as a folder: " + FileProblem.whyNotWritten(e)));
                return FAILED;
            }
        }
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            Path file = folder ? target.resolve(profile.id() + ".pdf") : target;
            try {
                // Only a new path or a plain file is written: never a device, a pipe or a link (as root, over /dev/null).
                AtomicFile.checkWritable(file);
                byte[] pdf = HandoutPdf.bytes(Handout.of(profile, MyPlan.empty(profile.id()), date, pathway));
                AtomicFile.write(file, pdf, Optional.empty());
            } catch (IOException e) {
                err.println(NAME + FileProblem.describe(file, FileProblem.whyNotWritten(e)));
                return FAILED;
            }
            out.println("Wrote " + file + (folder ? " (" + (i + 1) + " of " + profiles.size() + ")" : "")
                    + ": " + profile.title());
        }
        return WRITTEN;
    }
}
