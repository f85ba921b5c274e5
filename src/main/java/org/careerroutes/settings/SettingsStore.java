package org.careerroutes.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place settings are kept: a small text file in the user's own settings folder. Writes
 * go to a temporary file that then replaces the old one, so a crash never leaves half a file.
 * A file that cannot be read gives the defaults and says what was wrong.
 */
public final class SettingsStore {

    /** The folder for settings; tests and IT technicians may point it elsewhere. */
    public static final String DIRECTORY_PROPERTY = "careerroutes.settingsDir";

    private static final String FILE_NAME = "settings.properties";

    /** What reading the settings gave: the settings, and a message when the file had problems. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    private final Path file;

    public SettingsStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The store in the folder named by {@value #DIRECTORY_PROPERTY}, or the user's usual one. */
    public static SettingsStore forCurrentUser() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new SettingsStore(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        String appData = System.getenv("APPDATA");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path directory = windows && appData != null
                ? Path.of(appData, "CareerRoutes")
                : Path.of(home, ".config", "career-routes");
        return new SettingsStore(directory);
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.DEFAULTS, Optional.empty());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return corrupt("it could not be read (" + e.getMessage() + ")");
        }
        Settings settings = Settings.DEFAULTS;
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        Double x = null;
        Double y = null;
        Double width = null;
        Double height = null;
        boolean maximised = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add("line " + (i + 1) + ": expected key=value");
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            try {
                switch (key) {
                    case "textScale" -> settings = settings.withTextScale(wholeNumber(value, Settings.MIN_TEXT_SCALE, Settings.MAX_TEXT_SCALE));
                    case "highContrast" -> settings = settings.withHighContrast(bool(value));
                    case "reducedMotion" -> settings = settings.withReducedMotion(bool(value));
                    case "window.x" -> x = Double.parseDouble(value);
                    case "window.y" -> y = Double.parseDouble(value);
                    case "window.width" -> width = Double.parseDouble(value);
                    case "window.height" -> height = Double.parseDouble(value);
                    case "window.maximised" -> maximised = bool(value);
                    default -> problems.add("line " + (i + 1) + ": unknown setting \"" + key + "\"");
                }
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": " + key + " " + e.getMessage());
            }
        }
        if (x != null && y != null && width != null && height != null) {
            try {
                settings = settings.withWindow(new Settings.WindowBounds(x, y, width, height, maximised));
            } catch (IllegalArgumentException e) {
                problems.add("the window's size is not valid");
            }
        }
        if (!problems.isEmpty()) {
            return corrupt(String.join("; ", problems));
        }
        return new Loaded(settings, Optional.empty());
    }

    private Loaded corrupt(String what) {
        return new Loaded(Settings.DEFAULTS, Optional.of("Your settings could not be read, so the defaults are "
                + "used: " + file + ": " + what + "."));
    }

    private static int wholeNumber(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException("must be from " + min + " to " + max + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, not \"" + value + "\"");
        }
    }

    private static boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("must be true or false, not \"" + value + "\"");
    }

    /** Writes the settings: to a temporary file first, which then replaces the old file. */
    public void save(Settings settings) throws IOException {
        StringBuilder text = new StringBuilder("# Career Routes settings\n");
        text.append("textScale=").append(settings.textScale()).append('\n');
        text.append("highContrast=").append(settings.highContrast()).append('\n');
        text.append("reducedMotion=").append(settings.reducedMotion()).append('\n');
        settings.window().ifPresent(w -> text
                .append("window.x=").append(w.x()).append('\n')
                .append("window.y=").append(w.y()).append('\n')
                .append("window.width=").append(w.width()).append('\n')
                .append("window.height=").append(w.height()).append('\n')
                .append("window.maximised=").append(w.maximised()).append('\n'));
        AtomicFile.write(file, text.toString(), Optional.empty());
    }
}
