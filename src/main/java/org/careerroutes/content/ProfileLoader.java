package org.careerroutes.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads profiles: the built-in one, a content file, or every {@code .json} file in a folder.
 * Never throws for bad content; everything wrong ends up in a {@link LoadResult}.
 */
public final class ProfileLoader {

    /** The class-path resource of the built-in Clinical engineer profile. */
    public static final String BUILT_IN = "/profiles/clinical-engineer.json";

    private ProfileLoader() {
    }

    /** The built-in profile. It is tested to be valid, so a problem here is a build fault. */
    public static LoadResult loadBuiltIn() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in profile missing: " + BUILT_IN);
            }
            return read("built-in:" + BUILT_IN, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile unreadable: " + BUILT_IN, e);
        }
    }

    /** Reads one profile from text, naming it {@code file} in problems. */
    public static LoadResult read(String file, String json) {
        Problems problems = new Problems(file);
        try {
            JsonNode root = JsonTreeParser.parse(json, problems);
            return new LoadResult(file, new ProfileReader(problems).read(root), problems.sorted());
        } catch (JsonTreeParser.SyntaxError e) {
            problems.error(e.line, e.column, e.getMessage());
            return new LoadResult(file, Optional.empty(), problems.sorted());
        }
    }

    /** Reads one content file. */
    public static LoadResult loadFile(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            return failed(name, notAFile(path));
        }
        try {
            return read(name, Files.readAllBytes(path));
        } catch (AccessDeniedException e) {
            return failed(name, "could not be read: permission denied");
        } catch (IOException e) {
            return failed(name, "could not be read: " + e.getMessage());
        }
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
     * one failed result that says so.
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
            return List.of(failed(path.toString(), "folder could not be read: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            return List.of(failed(path.toString(), "folder has no profile files (*.json)"));
        }
        List<LoadResult> results = new ArrayList<>();
        files.forEach(file -> results.add(loadFile(file)));
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

    private static LoadResult read(String file, byte[] bytes) {
        try {
            return read(file, Utf8Text.decode(bytes));
        } catch (Utf8Text.NotUtf8 e) {
            Problem problem = new Problem(Problem.Severity.ERROR, file, e.line, e.column, e.getMessage());
            return new LoadResult(file, Optional.empty(), List.of(problem));
        }
    }

    /** A file that could not be read at all: the problem has no line or column. */
    private static LoadResult failed(String file, String message) {
        return new LoadResult(file, Optional.empty(), List.of(Problem.wholeFile(file, message)));
    }
}
