package org.careerroutes.plan;

import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine setting "shared computer", set by the IT technician in {@code machine.properties}
 * in the machine's settings folder (the one that holds {@code kiosk.properties}):
 *
 * <pre>
 * # A careers room where everyone uses one login: keep no plans on this computer.
 * sharedComputer=true
 * </pre>
 *
 * <p>On a shared computer nothing of a student's plan is saved on the machine. No file means not
 * shared. A file that is there but cannot be wholly understood fails closed, as shared: a line
 * that is not {@code key=value}, a value other than {@code true} or {@code false}, a setting this
 * version does not know, one set twice, or a file that cannot be read at all. So does a file that
 * is there but sets nothing (empty, or only comments): a technician who made the file meant
 * something, and the file exists to mark a shared computer. Each problem is named as
 * {@code file:line: why} ({@code file: why} for the file as a whole).
 *
 * @param shared   keep no plans on this machine
 * @param problems what could not be understood, one line each
 */
public record SharedComputer(boolean shared, List<String> problems) {

    public static final String FILE_NAME = "machine.properties";
    public static final String KEY = "sharedComputer";
    static final int MAX_BYTES = 64 * 1024;
    /** In the machine's folder, kept by its administrators: a link there is followed to a plain file. */
    private static final SmallFile.Kind KIND = new SmallFile.Kind("a machine settings file", MAX_BYTES, SmallFile.Links.FOLLOW);

    public static final SharedComputer NOT_SHARED = new SharedComputer(false, List.of());

    public SharedComputer {
        problems = List.copyOf(problems);
    }

    /** The setting in this folder ({@code KioskConfig.directory()} on a real machine). */
    public static SharedComputer load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        String text;
        try {
            Optional<byte[]> read = SmallFile.read(file, KIND);
            if (read.isEmpty()) {
                return NOT_SHARED;
            }
            text = SmallFile.text(read.get(), "is not UTF-8 text (save the file as UTF-8)");
        } catch (FileProblem e) {
            return new SharedComputer(true, List.of(FileProblem.describe(file, e.getMessage())));
        }
        return parse(file, text);
    }

    static SharedComputer parse(Path file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Boolean shared = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = indexOfSeparator(line);
            if (equals < 0) {
                problems.add(file + ":" + number + ": this line is not a setting (write " + KEY + "=true or "
                        + KEY + "=false)");
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!key.equals(KEY)) {
                problems.add(file + ":" + number + ": unknown setting \u201c" + key + "\u201d (this file has one: "
                        + KEY + ")");
                continue;
            }
            if (seen.containsKey(key)) {
                problems.add(file + ":" + number + ": " + key + " is set again (first on line " + seen.get(key) + ")");
                continue;
            }
            seen.put(key, number);
            if (value.equals("true") || value.equals("false")) {
                shared = value.equals("true");
            } else {
                problems.add(file + ":" + number + ": " + KEY + " must be true or false (in small letters), not \u201c"
                        + value + "\u201d");
            }
        }
        if (problems.isEmpty() && seen.isEmpty()) {
            problems.add(FileProblem.describe(file, "sets nothing (it is empty or holds only comments), so this computer counts as shared: write "
                    + KEY + "=true to say so, or " + KEY + "=false (or remove the file) to keep students' plans on it"));
        }
        boolean isShared = !problems.isEmpty() || Boolean.TRUE.equals(shared);
        return new SharedComputer(isShared, problems);
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    /** Why nothing is saved, for the My plan tab, when the setting could not be read. */
    public Optional<String> explanation() {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("This computer's setting for plans could not be wholly understood, so nothing is saved on it: "
                + String.join("; ", problems));
    }
}
