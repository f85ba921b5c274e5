package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kiosk settings that are there but cannot be wholly understood start the machine locked in
 * kiosk mode, with defaults for what could not be read, and say what and where.
 */
class KioskConfigFailsClosedTest {

    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(KioskConfig.FILE_NAME);
    }

    private KioskConfig load(String text) throws IOException {
        Files.writeString(file(), text);
        return KioskConfig.load(dir, FAST);
    }

    /** The PIN's four lines, as --set-kiosk-pin writes them (with few iterations, for speed). */
    private static String pinLines(String digits) {
        KioskPin pin = KioskPin.create(digits.toCharArray(), FAST, new SecureRandom());
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pin.algorithm=PBKDF2WithHmacSHA256\npin.iterations=" + FAST + "\npin.salt="
                + base64.encodeToString(pin.salt()) + "\npin.hash=" + base64.encodeToString(pin.hash()) + "\n";
    }

    private void assertLocked(KioskConfig config, String... problems) {
        assertTrue(config.kiosk(), "starts in kiosk mode");
        assertEquals(List.of(problems).stream().map(p -> file() + ":" + p).toList(), config.problems());
    }

    @Test
    void aLineWithABadEscapeCostsThatLineAndTheMachineStartsLocked() throws IOException {
        KioskConfig config = load("kiosk=true\n# the stand in the hall\nidle-timeout=9\\u00G0\n");
        assertLocked(config, "3: this line cannot be read: a \\u escape must be followed by four hexadecimal digits (0-9, a-f)");
        assertEquals(OptionalInt.empty(), config.idleTimeoutSeconds(), "the idle timeout keeps its default");
        assertTrue(config.pinUnreadable(), "the unread line may have been the PIN's");

        config = load("kiosk=f\\u0061lse\nidle-timeout=\\u004\n" + pinLines("2468"));
        assertLocked(config, "2: this line cannot be read: a \\u escape must be followed by four hexadecimal digits (0-9, a-f)");
        assertTrue(config.pin().orElseThrow().matches("2468".toCharArray()), "the PIN on its own lines still works");
        assertFalse(config.pinUnreadable());
    }

    @Test
    void kioskTakesTrueOrFalseInSmallLettersAndAnythingElseMeansKiosk() throws IOException {
        assertLocked(load("kiosk=yes\n"), "1: kiosk must be true or false (in small letters), not \"yes\"");
        assertLocked(load("kiosk=True\n"), "1: kiosk must be true or false (in small letters), not \"True\"");
        assertLocked(load("kiosk=\n"), "1: kiosk must be true or false (in small letters), not \"\"");
        KioskConfig yes = load("kiosk=yes\nidle-timeout=0\n");
        assertEquals(2, yes.problems().size());
        assertTrue(yes.problems().get(1).endsWith(":2: idle-timeout must be a whole number of seconds above 0, not \"0\""));

        assertTrue(load("kiosk=true\n").kiosk());
        assertTrue(load("kiosk = true  \n").kiosk(), "spaces around a value are no doubt");
        KioskConfig off = load("kiosk=false\nidle-timeout=30\n");
        assertFalse(off.kiosk());
        assertEquals(List.of(), off.problems());
        assertFalse(load("").kiosk(), "an empty file says nothing");
        assertFalse(load("# kiosk=true\n\n").kiosk(), "nor does a comment");
    }

    @Test
    void anyProblemStartsTheMachineLockedEvenWhenKioskSaysFalse() throws IOException {
        assertLocked(load("kiosk=false\nidle-timeout=soon\n"),
                "2: idle-timeout must be a whole number of seconds above 0, not \"soon\"");
        assertLocked(load("kiosk=false\nkiosk=true\n"), "2: kiosk is set again (first on line 1)");
    }

    @Test
    void aSettingThisVersionDoesNotKnowMeansKioskToo() throws IOException {
        assertLocked(load("kiosk=true\nidle_timeout=90\n"), "2: unknown setting \"idle_timeout\"");
        KioskConfig onlyUnknown = load("kiosk-mode=on\nscreen=touch\n");
        assertLocked(onlyUnknown, "1: unknown setting \"kiosk-mode\"", "2: unknown setting \"screen\"");
        assertFalse(onlyUnknown.pinUnreadable(), "every line was read: there is no PIN");
    }

    @Test
    void aFolderInTheFilesPlaceMeansKioskWithThePinUnread() throws IOException {
        Files.createDirectory(file());
        KioskConfig config = KioskConfig.load(dir, FAST);
        assertTrue(config.kiosk());
        assertTrue(config.pin().isEmpty());
        assertTrue(config.pinUnreadable());
        assertEquals(List.of(file() + ": is a folder, not a file"), config.problems());
    }

    /**
     * Tests run as root, which reads any file whatever its permissions, so the refusal a kiosk's
     * account meets is made here by the reading seam.
     */
    @Test
    void aFileTheKiosksAccountMayNotReadMeansKioskWithThePinUnread() {
        KioskConfig config = KioskConfig.read(file(), path -> {
            throw new AccessDeniedException(path.toString());
        }, FAST);
        assertTrue(config.kiosk());
        assertTrue(config.pinUnreadable());
        assertEquals(List.of(file() + ": cannot be read by this account (permission denied)"), config.problems());
    }

    @Test
    void aLinkToNothingAndAHugeFileAreNotReadAndMeanKiosk() throws IOException {
        Files.createSymbolicLink(file(), dir.resolve("gone.properties"));
        assertEquals(List.of(file() + ": is a link to a file that is not there"), KioskConfig.load(dir, FAST).problems());
        Files.delete(file());

        Files.writeString(file(), "# " + "x".repeat(KioskConfig.MAX_BYTES) + "\nkiosk=false\n");
        KioskConfig huge = KioskConfig.load(dir, FAST);
        assertTrue(huge.kiosk());
        assertTrue(huge.problems().get(0).startsWith(file() + ": is "), huge.problems().toString());
        assertTrue(huge.problems().get(0).endsWith(", larger than a kiosk settings file ever is (64 KB at most)"),
                huge.problems().toString());
    }

    @Test
    void aLineThatIsNotUtf8CostsThatLine() throws IOException {
        byte[] latin1 = "kiosk=true\n# caf\u00e9 stand\nidle-timeout=45\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);
        KioskConfig config = KioskConfig.load(dir, FAST);
        assertLocked(config, "2: this line is not UTF-8 text (save the file as UTF-8)");
        assertEquals(OptionalInt.of(45), config.idleTimeoutSeconds());
    }

    @Test
    void linesAreCountedAsTheTechnicianSeesThem() throws IOException {
        // A byte-order mark, Windows line ends, a value carried over two lines, then a bad line.
        Files.write(file(), ("\ufeffkiosk=true\r\nidle-timeout=1\\\r\n    20\r\n\r\nlocked=yes\r\n").getBytes(StandardCharsets.UTF_8));
        KioskConfig config = KioskConfig.load(dir, FAST);
        assertEquals(OptionalInt.of(120), config.idleTimeoutSeconds());
        assertLocked(config, "5: unknown setting \"locked\"");
    }

    @Test
    void manyProblemsAreListedUpToTwentyAndCounted() throws IOException {
        KioskConfig config = load("x=1\n".repeat(30));
        assertEquals(21, config.problems().size());
        assertEquals("\u2026 and 10 more problems in the same file", config.problems().get(20));
    }

    @Test
    void aPinWithFewerIterationsThanOursIsDamagedAndTheKioskStaysLocked() throws IOException {
        String weak = pinLines("1234").replace("pin.iterations=" + FAST, "pin.iterations=1");
        KioskConfig config = load("kiosk=true\n" + weak);
        assertLocked(config, "3: the kiosk PIN is damaged (pin.iterations is 1, fewer than the 1000 this version writes); "
                + "set it again with --set-kiosk-pin");
        assertTrue(config.pin().isEmpty());
        assertTrue(config.pinUnreadable());

        // The real minimum: what --set-kiosk-pin writes.
        Files.writeString(file(), pinLines("1234"));
        KioskConfig real = KioskConfig.load(dir);
        assertTrue(real.kiosk(), "1000 iterations is below the 600000 a real kiosk trusts");
        assertTrue(real.problems().get(0).contains("pin.iterations is 1000, fewer than the 600000 this version writes"));
    }

    @Test
    void aPinHashOfTheWrongLengthOrOtherDamageIsNamed() throws IOException {
        String lines = pinLines("1234");
        String shortHash = lines.replaceAll("pin.hash=.*\n", "pin.hash=" + Base64.getEncoder().encodeToString(new byte[20]) + "\n");
        assertLocked(load(shortHash), "4: the kiosk PIN is damaged (pin.hash is 20 bytes, not 32); set it again with --set-kiosk-pin");

        String shortSalt = lines.replaceAll("pin.salt=.*\n", "pin.salt=AAAA\n");
        assertLocked(load(shortSalt), "3: the kiosk PIN is damaged (pin.salt is 3 bytes, not at least 16); set it again with --set-kiosk-pin");

        assertLocked(load(lines.replace("PBKDF2WithHmacSHA256", "MD5")),
                "1: the kiosk PIN is damaged (pin.algorithm is not PBKDF2WithHmacSHA256); set it again with --set-kiosk-pin");
        assertLocked(load(lines.replaceAll("pin.hash=.*\n", "pin.hash=not base64!\n")),
                "4: the kiosk PIN is damaged (pin.hash is not Base64); set it again with --set-kiosk-pin");
        assertLocked(load(lines.replaceAll("pin.salt=.*\n", "")),
                "1: the kiosk PIN is damaged (no pin.salt); set it again with --set-kiosk-pin");
        assertLocked(load(lines.replace("pin.iterations=" + FAST, "pin.iterations=99999999")),
                "2: the kiosk PIN is damaged (pin.iterations is 99999999, more than 10000000); set it again with --set-kiosk-pin");
        assertTrue(load(shortHash).pinUnreadable());
    }

    @Test
    void writingAPinOverACorruptFileKeepsEveryOtherLineAsItWas() throws IOException {
        String before = "# the stand in the hall\nkiosk=true\nidle-timeout=9\\u00G0\npin.iterations=1\nscreen=touch\n";
        Files.writeString(file(), before);

        KioskConfig.writePin(dir, KioskPin.create("8642".toCharArray(), FAST, new SecureRandom()));

        String after = Files.readString(file());
        assertTrue(after.startsWith(String.join(System.lineSeparator(), "# the stand in the hall", "kiosk=true",
                "idle-timeout=9\\u00G0", "screen=touch", "pin.algorithm=PBKDF2WithHmacSHA256", "pin.iterations=1000")), after);
        KioskConfig config = KioskConfig.load(dir, FAST);
        assertTrue(config.pin().orElseThrow().matches("8642".toCharArray()));
        assertLocked(config, "3: this line cannot be read: a \\u escape must be followed by four hexadecimal digits (0-9, a-f)",
                "4: unknown setting \"screen\"");
    }
}
