package org.careerroutes.app;

import org.careerroutes.importer.ImportResult;
import org.careerroutes.importer.ProfileImporter;
import org.careerroutes.model.Profile;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code --import=FILE|FOLDER --output=FILE|FOLDER [--force]}: turns job profiles' text into
 * profile files, with no window. One text gives one profile file and its report; a folder of
 * texts ({@code *.txt}) gives one file per text, named by its id, with a line for each, and goes
 * on past a text that is not a profile. Nothing is written for a text that fails, nor anything at
 * all when the command is used wrongly; a file is written whole or not at all.
 */
public final class ImportCommand {

    public static final int WRITTEN = 0;
    public static final int NOT_IMPORTED = 1;
    public static final int BAD_USAGE = 2;

    private static final String NAME = "career-routes: --import: ";

    private ImportCommand() {
    }

    /** Imports and writes; returns the exit status. Every problem is said on {@code err}, naming the file. */
    public static int run(Path from, Path output, boolean force, YearMonth taken, PrintStream out, PrintStream err) {
        if (Files.isDirectory(from)) {
            return folder(from, output, force, taken, out, err);
        }
        boolean intoFolder = Files.isDirectory(output);
        if (!intoFolder) {
            Optional<String> unusable = unusableTarget(output, force);
            if (unusable.isPresent()) {
                err.println(NAME + unusable.get());
                return BAD_USAGE;
            }
        }
        ImportResult result = ProfileImporter.importFile(from, taken);
        if (!result.imported()) {
            err.println(NAME + result.problem());
            err.println(NAME + "nothing written");
            return NOT_IMPORTED;
        }
        Path target = intoFolder ? output.resolve(result.profile().orElseThrow().id() + ".json") : output;
        if (intoFolder && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            err.println(NAME + exists(target));
            return BAD_USAGE;
        }
        out.println(result.report().text());
        if (!write(target, result, err)) {
            return NOT_IMPORTED;
        }
        out.println();
        out.println("Written: " + target);
        return WRITTEN;
    }

    /** Each {@code .txt} of a folder, into a folder: one line a file, and on past one that fails. */
    private static int folder(Path from, Path output, boolean force, YearMonth taken, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(output)) {
            err.println(NAME + (Files.exists(output) ? output + " is a file: to import a folder of texts, give a folder "
                    + "to write the profiles into" : "the folder " + output + " does not exist: make it first, or give "
                    + "another"));
            return BAD_USAGE;
        }
        List<Path> texts;
        try (Stream<Path> listing = Files.list(from)) {
            texts = listing.filter(ImportCommand::isText).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            err.println(NAME + FileProblem.describe(from, FileProblem.whyNotRead(e)));
            return NOT_IMPORTED;
        }
        if (texts.isEmpty()) {
            err.println(NAME + from + ": the folder has no text files (*.txt) to import");
            return NOT_IMPORTED;
        }
        // Everything is imported before anything is written, so that a name already taken stops
        // the command before it has written half of the folder.
        List<ImportResult> results = texts.stream().map(text -> ProfileImporter.importFile(text, taken)).toList();
        Map<String, Path> firstWithId = new HashMap<>();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Optional<Profile> profile = results.get(i).profile();
            if (profile.isPresent() && firstWithId.putIfAbsent(profile.get().id(), texts.get(i)) == null) {
                Path target = output.resolve(profile.get().id() + ".json");
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
                    existing.add(target.toString());
                }
            }
        }
        if (!existing.isEmpty()) {
            err.println(NAME + (existing.size() == 1 ? existing.get(0) + " exists" : "these files exist: "
                    + String.join(", ", existing)) + "; add --force to replace "
                    + (existing.size() == 1 ? "it" : "them") + ", or give another folder. Nothing was written.");
            return BAD_USAGE;
        }
        int failed = 0;
        Map<String, Path> written = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            ImportResult result = results.get(i);
            Path text = texts.get(i);
            if (!result.imported()) {
                out.println(text.getFileName() + ": not imported: " + result.failure().orElseThrow());
                failed++;
                continue;
            }
            String id = result.profile().orElseThrow().id();
            Path earlier = written.get(id);
            if (earlier != null || !firstWithId.get(id).equals(text)) {
                out.println(text.getFileName() + ": not imported: its id \"" + id + "\" is taken by "
                        + firstWithId.get(id).getFileName() + " (each profile in a folder needs its own id: change the "
                        + "job's title on its first line)");
                failed++;
                continue;
            }
            Path target = output.resolve(id + ".json");
            if (!write(target, result, err)) {
                out.println(text.getFileName() + ": not imported: " + target + " could not be written");
                failed++;
                continue;
            }
            written.put(id, text);
            out.println(text.getFileName() + " \u2192 " + target.getFileName() + ": " + result.report().summary());
        }
        err.println(results.size() + (results.size() == 1 ? " text" : " texts") + ": " + (results.size() - failed)
                + " imported, " + failed + " not");
        return failed == 0 ? WRITTEN : NOT_IMPORTED;
    }

    /** Why a profile file cannot be written here, when it cannot: a folder that is not there, a file there already. */
    private static Optional<String> unusableTarget(Path output, boolean force) {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of("the folder " + folder + " does not exist: make it first, or give another --output");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
            return Optional.of(exists(output));
        }
        return Optional.empty();
    }

    private static String exists(Path file) {
        return file + " exists; add --force to replace it, or give another --output. Nothing was written.";
    }

    private static boolean write(Path target, ImportResult result, PrintStream err) {
        try {
            AtomicFile.write(target, result.json().orElseThrow(), Optional.empty());
            return true;
        } catch (IOException e) {
            err.println(NAME + FileProblem.describe(target, FileProblem.whyNotWritten(e)));
            return false;
        }
    }

    /** A {@code .txt} name in any letter case, and not hidden (macOS leaves "._name.txt" files on shared drives). */
    private static boolean isText(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
