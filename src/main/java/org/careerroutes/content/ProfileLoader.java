package org.careerroutes.content;

import org.careerroutes.model.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            return new LoadResult(file, profile, problems.sorted(), problems.notListedErrors(),
                    problems.notListedWarnings());
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
            return new Loaded(file, profile, problems, AsWritten.text(root, "id"));
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
            return failed(name, "cannot be read: permission denied");
        } catch (IOException e) {
            return failed(name, "cannot be read: " + e.getMessage());
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
                return "cannot be read: broken link (it points to " + Files.readSymbolicLink(path)
                        + ", which does not exist)";
            } catch (IOException e) {
                return "cannot be read: broken link (what it points to does not exist)";
            }
        }
        return "no such file";
    }

    /**
     * Reads a content file, or each {@code .json} file directly inside a folder (in name order;
     * {@code .JSON} too). Hidden files are left out; a {@code .json} entry that cannot be read,
     * such as a link to a file that has gone, is reported. A folder with no content files gives
     * one failed result that says so. Profiles of a folder with the same id cannot all be shown,
     * since the app could not tell them apart: the first in name order is, with a warning that
     * names the others, and each other one is refused with an error that names the first.
     */
    public static List<LoadResult> loadPath(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(loadFile(path));
        }
        List<Path> files;
        try {
            files = profileFiles(path);
        } catch (IOException e) {
            return List.of(failed(path.toString(), "folder cannot be read: " + e.getMessage()).result());
        }
        if (files.isEmpty()) {
            return List.of(failed(path.toString(), "folder has no profile files (*.json)").result());
        }
        return withUniqueIds(files.stream().map(ProfileLoader::load).toList());
    }

    /**
     * The content files directly inside a folder, in name order: every {@code .json} (in any letter
     * case) that is not hidden and not a folder, as {@link #loadPath} reads them.
     */
    public static List<Path> profileFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(ProfileLoader::isProfileFileName)
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .toList();
        }
    }

    /** What a profile is told whose id an earlier file of its folder (in name order) already has. */
    public static String idAlreadyUsed(String id, String firstFileName) {
        return "profile id " + Echo.quoted(id) + " is already used by " + firstFileName
                + "; each profile in a folder needs its own id";
    }

    /**
     * Of the valid profiles of a folder with one id, keeps the first (in name order) and refuses
     * the others; each of them gets a problem at its id that names the others.
     */
    private static List<LoadResult> withUniqueIds(List<Loaded> files) {
        Map<String, List<Loaded>> withId = new HashMap<>();
        for (Loaded file : files) {
            file.profile().ifPresent(p -> withId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(file));
        }
        Set<Loaded> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Loaded> same : withId.values()) {
            if (same.size() < 2) {
                continue;
            }
            Loaded first = same.get(0);
            List<Loaded> others = same.subList(1, same.size());
            String id = Echo.quoted(first.profile().orElseThrow().id());
            String otherNames = Echo.list(others.stream().map(ProfileLoader::fileName).toList());
            first.problems().warning(first.id().orElseThrow(), "profile id " + id + " is also used by " + otherNames
                    + ", which " + (others.size() == 1 ? "is" : "are") + " left out: each profile in a folder "
                    + "needs its own id");
            for (Loaded other : others) {
                other.problems().error(other.id().orElseThrow(),
                        idAlreadyUsed(first.profile().orElseThrow().id(), fileName(first)));
                refused.add(other);
            }
        }
        return files.stream().map(file -> refused.contains(file)
                ? new LoadResult(file.file(), Optional.empty(), file.problems().sorted(),
                        file.problems().notListedErrors(), file.problems().notListedWarnings())
                : file.result()).toList();
    }

    private static String fileName(Loaded file) {
        return Path.of(file.file()).getFileName().toString();
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
