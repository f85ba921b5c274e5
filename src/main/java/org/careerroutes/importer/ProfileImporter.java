package org.careerroutes.importer;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.content.ProfileWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Turns a job profile's text, as copied from a careers website (under the Open Government
 * Licence), into a Career Routes profile: the same model records the content loader makes,
 * with routes, entry rules and a route map, and the content file that holds them. The one
 * entry point for importing; pure (no screen), and safe with any input: it never throws for bad
 * text, it says why.
 *
 * <pre>
 * ImportResult result = ProfileImporter.importFile(Path.of("nurse.txt"));
 * result.profile()   // the profile, when the text is one
 * result.json()      // its content file, checked by the loader already
 * result.report()    // what was found and made, and what to check by hand
 * </pre>
 *
 * What the importer reads and how is in docs/content-packs.md; the phrasings of entry
 * requirements it turns into rules are one table, {@link RequirementPhrasings}.
 */
public final class ProfileImporter {

    private ProfileImporter() {
    }

    /** Imports a text file; the file's path names it in the report and in any problem. */
    public static ImportResult importFile(Path file) {
        return importFile(file, thisMonth());
    }

    /**
     * As {@link #importFile(Path)}, with the month the text was taken, which dates the salary and
     * hours it gives (the loader refuses a month in the future).
     */
    public static ImportResult importFile(Path file, YearMonth taken) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return ImportResult.failed(name, "is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > SourceText.MAX_BYTES) {
                return ImportResult.failed(name, "is too large for a job profile's text (" + SourceText.sizeInWords(size)
                        + "); a profile's text is a few KB, and the limit is " + SourceText.MAX_BYTES / 1024 + " KB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SourceText.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return ImportResult.failed(name, "cannot be read: no such file");
        } catch (AccessDeniedException e) {
            return ImportResult.failed(name, "cannot be read: permission denied");
        } catch (IOException e) {
            return ImportResult.failed(name, "cannot be read: " + e.getMessage());
        }
        return importBytes(name, bytes, taken);
    }

    /** Imports a text's bytes (as read from a file), naming it {@code name}. */
    public static ImportResult importBytes(String name, byte[] bytes, YearMonth taken) {
        try {
            return importText(SourceText.read(name, bytes), taken);
        } catch (SourceText.NotText e) {
            return ImportResult.failed(name, e.getMessage());
        }
    }

    /** Imports text already in hand, such as text pasted into the app; {@code name} names it ("pasted text"). */
    public static ImportResult importText(String name, String text) {
        return importText(SourceText.of(name, text), thisMonth());
    }

    static ImportResult importText(SourceText text, YearMonth taken) {
        if (text.isEmpty()) {
            return ImportResult.failed(text.name(), "is empty: paste or save a job profile's text in it");
        }
        ProfileAssembler.Assembled made;
        try {
            made = new ProfileAssembler(text, taken).assemble();
        } catch (ProfileAssembler.NotAProfile e) {
            return ImportResult.failed(text.name(), "is not recognisable as a job profile: " + e.getMessage());
        }
        String json = ProfileWriter.write(made.profile(), made.notPlaced());
        // What the importer wrote must load: the loader's checks are the format's, and only theirs.
        LoadResult check = ProfileLoader.read(text.name(), json);
        if (!check.isValid()) {
            return ImportResult.failed(text.name(), "the profile made from it does not pass Career Routes' checks, "
                    + "a fault in the importer: " + check.errors().stream().map(Problem::message)
                    .limit(3).collect(Collectors.joining("; ")));
        }
        return new ImportResult(text.name(), check.profile(), java.util.Optional.of(json), java.util.Optional.empty(),
                made.report());
    }

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.systemDefault());
    }
}
