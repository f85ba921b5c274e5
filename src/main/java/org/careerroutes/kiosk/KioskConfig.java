package org.careerroutes.kiosk;

import org.careerroutes.settings.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The machine's kiosk settings, set by the IT technician in one file, {@code kiosk.properties},
 * in a machine-wide folder: {@code %ProgramData%\CareerRoutes} on Windows,
 * {@code /Library/Application Support/CareerRoutes} on macOS, {@code /etc/career-routes}
 * elsewhere, or the folder named by the system property {@value #DIRECTORY_PROPERTY}.
 *
 * <pre>
 * kiosk=true                   start in kiosk mode without --kiosk
 * idle-timeout=120             seconds without input before "Still there?"
 * pin.algorithm=PBKDF2WithHmacSHA256   written by --set-kiosk-pin, with
 * pin.iterations=600000                the salt and hash in Base64; never the PIN itself
 * pin.salt=...
 * pin.hash=...
 * </pre>
 *
 * A missing file means no settings. A setting that cannot be understood is ignored and named in
 * {@link #problems()}; an incomplete PIN counts as no PIN.
 *
 * @param kiosk              kiosk mode is on for every start on this machine
 * @param idleTimeoutSeconds the idle timeout, where set
 * @param pin                the PIN that leaves kiosk mode, where set
 * @param problems           what could not be understood, one line each
 */
public record KioskConfig(boolean kiosk, OptionalInt idleTimeoutSeconds, Optional<KioskPin> pin,
                          List<String> problems) {

    public static final String DIRECTORY_PROPERTY = "careerroutes.kioskConfigDir";
    public static final String FILE_NAME = "kiosk.properties";

    private static final String KIOSK = "kiosk";
    private static final String IDLE_TIMEOUT = "idle-timeout";
    private static final String PIN_ALGORITHM = "pin.algorithm";
    private static final String PIN_ITERATIONS = "pin.iterations";
    private static final String PIN_SALT = "pin.salt";
    private static final String PIN_HASH = "pin.hash";
    private static final Set<String> KEYS = Set.of(KIOSK, IDLE_TIMEOUT, PIN_ALGORITHM, PIN_ITERATIONS, PIN_SALT, PIN_HASH);

    public static final KioskConfig NONE = new KioskConfig(false, OptionalInt.empty(), Optional.empty(), List.of());

    public KioskConfig {
        problems = List.copyOf(problems);
    }

    /** The folder this machine keeps its kiosk settings in. */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return defaultDirectory(System.getProperty("os.name", ""), System::getenv);
    }

    static Path defaultDirectory(String osName, UnaryOperator<String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programData = environment.apply("ProgramData");
            return Path.of(programData == null || programData.isBlank() ? "C:\\ProgramData" : programData, "CareerRoutes");
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/CareerRoutes");
        }
        return Path.of("/etc/career-routes");
    }

    public static KioskConfig load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return NONE;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new KioskConfig(false, OptionalInt.empty(), Optional.empty(),
                    List.of(file + ": cannot be read (" + e.getClass().getSimpleName() + "); kiosk settings ignored"));
        }
        List<String> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(file + ": unknown setting \"" + key + "\" ignored");
            }
        }
        boolean kiosk = false;
        String kioskValue = properties.getProperty(KIOSK);
        if (kioskValue != null) {
            if (kioskValue.strip().equals("true") || kioskValue.strip().equals("false")) {
                kiosk = Boolean.parseBoolean(kioskValue.strip());
            } else {
                problems.add(file + ": kiosk must be true or false, not \"" + kioskValue + "\"");
            }
        }
        OptionalInt idle = OptionalInt.empty();
        String idleValue = properties.getProperty(IDLE_TIMEOUT);
        if (idleValue != null) {
            OptionalInt seconds = positiveWholeNumber(idleValue);
            if (seconds.isPresent()) {
                idle = seconds;
            } else {
                problems.add(file + ": idle-timeout must be a whole number of seconds above 0, not \"" + idleValue + "\"");
            }
        }
        return new KioskConfig(kiosk, idle, readPin(properties, file, problems), problems);
    }

    private static Optional<KioskPin> readPin(Properties properties, Path file, List<String> problems) {
        String algorithm = properties.getProperty(PIN_ALGORITHM);
        String iterations = properties.getProperty(PIN_ITERATIONS);
        String salt = properties.getProperty(PIN_SALT);
        String hash = properties.getProperty(PIN_HASH);
        if (algorithm == null && iterations == null && salt == null && hash == null) {
            return Optional.empty();
        }
        OptionalInt count = iterations == null ? OptionalInt.empty() : positiveWholeNumber(iterations);
        boolean known = algorithm != null && KioskPin.ALGORITHM.equals(algorithm.strip());
        if (!known || count.isEmpty() || salt == null || hash == null) {
            problems.add(file + ": the kiosk PIN is incomplete or not understood; set it again with --set-kiosk-pin");
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return Optional.of(KioskPin.of(count.getAsInt(), base64.decode(salt.strip()), base64.decode(hash.strip())));
        } catch (IllegalArgumentException e) {
            problems.add(file + ": the kiosk PIN is incomplete or not understood; set it again with --set-kiosk-pin");
            return Optional.empty();
        }
    }

    /** A whole number above zero, as written on a command line or in the settings file. */
    public static OptionalInt positiveWholeNumber(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(digits);
        return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /**
     * Stores a new PIN's hash, keeping the file's other settings, and returns the file written.
     * The file is replaced in one step (written beside it, then moved over it), so a kiosk that
     * starts meanwhile reads either the old settings or the new, never half a file. It is left
     * readable by every user, as the kiosk's own account must read it, and holds no PIN.
     */
    public static Path writePin(Path directory, KioskPin pin) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        Map<String, String> settings = new TreeMap<>();
        if (Files.exists(file)) {
            Properties old = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                old.load(in);
            }
            old.stringPropertyNames().forEach(key -> settings.put(key, old.getProperty(key)));
        }
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        settings.put(PIN_ALGORITHM, KioskPin.ALGORITHM);
        settings.put(PIN_ITERATIONS, Integer.toString(pin.iterations()));
        settings.put(PIN_SALT, base64.encodeToString(pin.salt()));
        settings.put(PIN_HASH, base64.encodeToString(pin.hash()));
        // Readable by every user: the kiosk runs under another account than the one that set the PIN.
        AtomicFile.write(file, format(settings), Optional.of(PosixFilePermissions.fromString("rw-r--r--")));
        return file;
    }

    private static String format(Map<String, String> settings) throws IOException {
        Properties properties = new Properties();
        properties.putAll(settings);
        Writer out = new StringWriter();
        properties.store(out, "Career Routes kiosk settings (see docs/kiosk.md). The PIN is kept only as a salted hash.");
        // Properties writes its lines in hash order; sorted reads better and diffs cleanly.
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        List<String> header = lines.stream().filter(l -> l.startsWith("#")).toList();
        List<String> body = lines.stream().filter(l -> !l.startsWith("#")).sorted().toList();
        List<String> all = new ArrayList<>(header);
        all.addAll(body);
        return String.join(System.lineSeparator(), all) + System.lineSeparator();
    }
}
