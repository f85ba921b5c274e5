package org.careerroutes.content;

import org.careerroutes.model.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads profiles: the built-in one, a content file, or every {@code .json} file in a folder.
 * Never throws for bad content; everything wrong ends up in a {@link LoadResult}.
 */
public final class ProfileLoader {

    /** The class-path resource of the built-in Clinical engineer profile. */
    public static final String BUILT_IN = "/profiles/clinical-engineer.json";

    /**
     * One file as read, before it becomes a {@link LoadResult}: checks across the files of a
     * folder may still add problems, and need to know where the profile's id was written.
     */
    private record Loaded(String file, Optional<Profile> profile, Problems problems, Optional<JsonNode.Text> id) {

        LoadResult result() {
            return new LoadResult(file, profile, problems.sorted());
        }
    }

    /**
     * The largest file read, in bytes. The built-in profile is about 30 KB; a file over 5 MB is
     * not a profile, and reading a huge one would run out of memory.
     */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private ProfileLoader() {
    }

    /** The built-in profile. It is tested to be valid, so a problem here is a build fault. */
    public static LoadResult loadBuiltIn() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in profile missing: " + BUILT_IN);
            }
            return read("built-in:" + BUILT_IN, in.readAllBytes()).result();
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile unreadable: " + BUILT_IN, e);
        }
    }

    /** Reads one profile from text, naming it {@code file} in problems. */
    public static LoadResult read(String file, String json) {
        return parse(file, json).result();
    }

    private static Loaded parse(String file, String json) {
        Problems problems = new Problems(file);
        try {
            JsonNode root = JsonTreeParser.parse(json, problems);
            Optional<Profile> profile = new ProfileReader(problems).read(root);
            return new Loaded(file, profile, problems, ProfileReader.textMember(root, "id"));
        } catch (JsonTreeParser.SyntaxError e) {
            problems.error(e.line, e.column, e.getMessage());
            return new Loaded(file, Optional.empty(), problems, Optional.empty());
        }
    }

    /** Reads one content file. */
    public static LoadResult loadFile(Path path) {
        return load(path).result();
    }

    private static Loaded load(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            return failed(name, notAFile(path));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return tooLarge(name, sizeInWords(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                // one byte more than allowed, so that a file that has grown since is refused too
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return tooLarge(name, "more than " + sizeInWords(MAX_FILE_BYTES));
            }
            return read(name, bytes);
        } catch (AccessDeniedException e) {
            return failed(name, "could not be read: permission denied");
        } catch (IOException e) {
            return failed(name, "could not be read: " + e.getMessage());
        }
    }

    private static Loaded tooLarge(String file, String size) {
        return failed(file, "is too large for a profile (" + size + "); the limit is "
                + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }

    /** A file's size as people say it: "740 bytes", "3.5 KB", "3.0 GB" (units of 1,024). */
    static String sizeInWords(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String notAFile(Path path) {
        if (Files.exists(path)) {
            return "is not a file";
        }
        if (Files.isSymbolicLink(path)) {
            try {
                return "could not be read: it is a link to " + Files.readSymbolicLink(path) + ", which does not exist";
            } catch (IOException e) {
                return "could not be read: it is a link to a file that does not exist";
            }
        }
        return "no such file";
    }

    /**
     * Reads a content file, or each {@code .json} file directly inside a folder (in name order;
     * {@code .JSON} too). Hidden files are left out; a {@code .json} entry that cannot be read,
     * such as a link to a file that has gone, is reported. A folder with no content files gives
     * one failed result that says so. Two profiles of a folder with the same id are an error in
     * the later file, since the app could not tell them apart.
     */
    public static List<LoadResult> loadPath(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(loadFile(path));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(path)) {
            files = listing.filter(ProfileLoader::isProfileFileName)
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of(failed(path.toString(), "folder could not be read: " + e.getMessage()).result());
        }
        if (files.isEmpty()) {
            return List.of(failed(path.toString(), "folder has no profile files (*.json)").result());
        }
        return withUniqueIds(files.stream().map(ProfileLoader::load).toList());
    }

    /** Refuses each profile whose id an earlier valid profile of the folder already has. */
    private static List<LoadResult> withUniqueIds(List<Loaded> files) {
        Map<String, Loaded> firstWithId = new HashMap<>();
        List<LoadResult> results = new ArrayList<>();
        for (Loaded file : files) {
            Optional<String> id = file.profile().map(Profile::id);
            Loaded earlier = id.isPresent() ? firstWithId.putIfAbsent(id.get(), file) : null;
            if (earlier == null) {
                results.add(file.result());
                continue;
            }
            file.problems().error(file.id().orElseThrow(), "profile id " + Echo.quoted(id.get()) + " is already used by "
                    + Path.of(earlier.file()).getFileName() + "; each profile in a folder needs its own id");
            results.add(new LoadResult(file.file(), Optional.empty(), file.problems().sorted()));
        }
        return List.copyOf(results);
    }

    /**
     * A {@code .json} name in any letter case, and not hidden: macOS leaves "._name.json"
     * files beside the real ones on shared drives, and they are not profiles.
     */
    private static boolean isProfileFileName(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads one profile from a file's bytes, as {@link #loadFile} does once it has them, size limit and all. */
    static LoadResult readBytes(String file, byte[] bytes) {
        return (bytes.length > MAX_FILE_BYTES ? tooLarge(file, sizeInWords(bytes.length)) : read(file, bytes)).result();
    }

    private static Loaded read(String file, byte[] bytes) {
        try {
            return parse(file, Utf8Text.decode(bytes));
        } catch (Utf8Text.NotUtf8 e) {
            Problems problems = new Problems(file);
            problems.error(e.line, e.column, e.getMessage());
            return new Loaded(file, Optional.empty(), problems, Optional.empty());
        }
    }

    /** A file that could not be read at all: the problem has no line or column. */
    private static Loaded failed(String file, String message) {
        Problems problems = new Problems(file);
        problems.wholeFile(message);
        return new Loaded(file, Optional.empty(), problems, Optional.empty());
    }
}
