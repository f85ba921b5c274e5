package org.careerroutes.kiosk;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;
import org.careerroutes.kiosk.insights.InsightsSetting;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * printer=yes                  the stand has a printer: visitors may print their plan (default no)
 * insights=off                 count no visits (default on: totals per day, see docs/kiosk.md)
 * insightsDays=365             days of counts kept (default 365)
 * pin.algorithm=PBKDF2WithHmacSHA256   written by --set-kiosk-pin, with
 * pin.iterations=600000                the salt and hash in Base64; never the PIN itself
 * pin.salt=...
 * pin.hash=...
 * </pre>
 *
 * <p>No file means no settings. A file that is there but cannot be wholly understood fails
 * closed: a line that cannot be read, a value that is not one the setting takes
 * ({@code kiosk=yes}, {@code kiosk=True}), a setting this version does not know, one set twice, a
 * damaged PIN, or a file that cannot be read at all (a folder in its place, a file this account
 * may not read) each turn kiosk mode on, whatever {@code kiosk=} says, since the machine may
 * have been meant to be a kiosk. What could not be read keeps its default (the idle timeout) or
 * is missing (the PIN); every problem is named in {@link #problems()}, as {@code file:line: why}.
 *
 * @param kiosk              start locked in kiosk mode on this machine: set so, or not understood
 * @param idleTimeoutSeconds the idle timeout, where set and understood
 * @param pin                the PIN that leaves kiosk mode, where set and understood
 * @param pinUnreadable      a PIN may be set but could not be read (damaged, or in a line or file
 *                           that could not be read): not the same, for the technician, as no PIN
 * @param problems           what could not be understood, one line each, at most
 *                           {@value #MAX_LISTED} and a line that counts the rest
 * @param printer            visitors may print their plan: set {@code printer=yes}, and the file
 *                           wholly understood (a file with any problem allows no printing)
 * @param insights           whether visits are counted and for how many days: on unless set off,
 *                           and off (fails closed) when the file has any problem, since a line
 *                           that could not be read may have said {@code insights=off}
 */
public record KioskConfig(boolean kiosk, OptionalInt idleTimeoutSeconds, Optional<KioskPin> pin, boolean pinUnreadable,
                          List<String> problems, boolean printer, InsightsSetting insights) {

    public static final String DIRECTORY_PROPERTY = "careerroutes.kioskConfigDir";
    public static final String FILE_NAME = "kiosk.properties";
    /** Far larger than kiosk settings ever are (this version writes about 300 bytes); a larger file is not read. */
    static final int MAX_BYTES = 64 * 1024;
    private static final SmallFile.Kind KIND = new SmallFile.Kind("a kiosk settings file", MAX_BYTES, SmallFile.Links.FOLLOW);
    static final int MAX_LISTED = 20;

    static final String PIN_ALGORITHM = "pin.algorithm";
    static final String PIN_ITERATIONS = "pin.iterations";
    static final String PIN_SALT = "pin.salt";
    static final String PIN_HASH = "pin.hash";
    static final List<String> PIN_KEYS = List.of(PIN_ALGORITHM, PIN_ITERATIONS, PIN_SALT, PIN_HASH);

    public static final KioskConfig NONE = new KioskConfig(false, OptionalInt.empty(), Optional.empty(), false, List.of());

    /** Reads the settings file's bytes; a test gives one that is refused, as a kiosk's account may be. */
    @FunctionalInterface
    interface FileSource {
        /** @throws NoSuchFileException when there is no file */
        byte[] read(Path file) throws IOException;
    }

    /** Why a file cannot be read as a whole, in words for the technician that follow its name. */
    public static final class Unreadable extends IOException {
        Unreadable(String why) {
            super(why);
        }
    }

    public KioskConfig {
        problems = List.copyOf(problems);
    }

    /** Settings without a printer for visitors; visits counted as by default, unless there are problems. */
    public KioskConfig(boolean kiosk, OptionalInt idleTimeoutSeconds, Optional<KioskPin> pin, boolean pinUnreadable,
                       List<String> problems) {
        this(kiosk, idleTimeoutSeconds, pin, pinUnreadable, problems, false);
    }

    /** Visits counted as by default, unless there are problems (then nothing is counted). */
    public KioskConfig(boolean kiosk, OptionalInt idleTimeoutSeconds, Optional<KioskPin> pin, boolean pinUnreadable,
                       List<String> problems, boolean printer) {
        this(kiosk, idleTimeoutSeconds, pin, pinUnreadable, problems, printer,
                problems.isEmpty() ? InsightsSetting.DEFAULT : InsightsSetting.OFF);
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

    /** The settings in this folder, trusting a stored PIN only with the iterations this version writes. */
    public static KioskConfig load(Path directory) {
        return load(directory, KioskPin.DEFAULT_ITERATIONS);
    }

    /** As {@link #load(Path)}, trusting a stored PIN with as few as {@code leastIterations} (tests hash quickly). */
    public static KioskConfig load(Path directory, int leastIterations) {
        return read(directory.resolve(FILE_NAME), KioskConfig::readFile, leastIterations);
    }

    static KioskConfig read(Path file, FileSource source, int leastIterations) {
        List<KioskSettingsFile.Entry> entries;
        try {
            entries = KioskSettingsFile.parse(source.read(file));
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException e) {
            return new KioskConfig(true, OptionalInt.empty(), Optional.empty(), true,
                    List.of(FileProblem.describe(file, why(e))));
        }
        KioskSettingsReading reading = new KioskSettingsReading(file, leastIterations);
        entries.forEach(reading::entry);
        return reading.finish();
    }

    /**
     * The file's bytes: never more than {@link #MAX_BYTES}, never a folder or anything else that
     * is not a plain file. A link is followed to a plain file (the folder is the administrators'),
     * but a link to nothing is a file that cannot be read, not a missing one.
     */
    static byte[] readFile(Path file) throws IOException {
        Optional<byte[]> bytes = SmallFile.read(file, KIND);
        if (bytes.isEmpty()) {
            throw new NoSuchFileException(file.toString());
        }
        return bytes.get();
    }

    /** Why a file could not be read, for a message that already names it. */
    static String why(IOException e) {
        return FileProblem.whyNotRead(e);
    }

    /** A value as a message shows it: in quotes, control characters as ?, cut short if long. */
    static String quote(String value) {
        StringBuilder shown = new StringBuilder("\"");
        value.codePoints().limit(40).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.append(value.codePointCount(0, value.length()) > 40 ? "\u2026\"" : "\"").toString();
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
     * Stores a new PIN's hash and returns the file written. Every other line of the file is kept
     * as it was, comments and lines that could not be read included (one may say
     * {@code kiosk=true}; {@link #load} names them); only the PIN's lines are replaced. The file
     * is replaced in one step (written beside it, then moved over it), so a kiosk that starts
     * meanwhile reads either the old settings or the new, never half a file. It is left readable
     * by every user, as the kiosk's own account must read it, and holds no PIN.
     *
     * @throws IOException when the file cannot be read (then it is not replaced) or written;
     *                     {@link #why(IOException)} says why
     */
    public static Path writePin(Path directory, KioskPin pin) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        List<KioskSettingsFile.Entry> entries;
        try {
            entries = KioskSettingsFile.parse(readFile(file));
        } catch (NoSuchFileException e) {
            entries = List.of();
        } catch (FileProblem e) {
            throw new Unreadable(e.getMessage());
        }
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        Map<String, String> pinLines = new LinkedHashMap<>();
        pinLines.put(PIN_ALGORITHM, KioskPin.ALGORITHM);
        pinLines.put(PIN_ITERATIONS, Integer.toString(pin.iterations()));
        pinLines.put(PIN_SALT, base64.encodeToString(pin.salt()));
        pinLines.put(PIN_HASH, base64.encodeToString(pin.hash()));
        byte[] text = KioskSettingsFile.rewrite(entries, PIN_KEYS::contains, pinLines,
                "# Career Routes kiosk settings (see docs/kiosk.md). The PIN is kept only as a salted hash.");
        // Readable by every user: the kiosk runs under another account than the one that set the PIN.
        AtomicFile.write(file, text, Optional.of(PosixFilePermissions.fromString("rw-r--r--")));
        return file;
    }
}
