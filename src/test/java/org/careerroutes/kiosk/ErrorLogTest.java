package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ErrorLogTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private ErrorLog log() {
        return log(dir.resolve("logs"));
    }

    private ErrorLog log(Path folder) {
        return new ErrorLog(folder, Clock.fixed(Instant.parse("2026-11-24T10:15:30.25Z"), ZoneOffset.UTC),
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS).readAttributes().permissions());
    }

    @Test
    void anEntryHasTheTimeTypesAndStackButNoMessages() throws IOException {
        IllegalStateException error = new IllegalStateException("visitor typed Jane Smith 07700 900123",
                new NumberFormatException("For input string: \"Jane\""));

        log().record(error);

        String text = Files.readString(dir.resolve("logs").resolve(ErrorLog.FILE_NAME));
        assertTrue(text.startsWith("2026-11-24T10:15:30Z java.lang.IllegalStateException"), text);
        assertTrue(text.contains("Caused by: java.lang.NumberFormatException"), text);
        assertTrue(text.contains("\tat org.careerroutes.kiosk.ErrorLogTest."), text);
        assertFalse(text.contains("Jane"), text);
        assertFalse(text.contains("07700"), text);
    }

    @Test
    void entriesAreAppendedAndAFullFileIsSetAside() throws IOException {
        ErrorLog log = log();
        log.record(new RuntimeException());
        log.record(new IllegalArgumentException());
        String text = Files.readString(log.file());
        assertTrue(text.contains("java.lang.RuntimeException") && text.contains("java.lang.IllegalArgumentException"));

        Files.writeString(log.file(), "x".repeat((int) ErrorLog.MAX_BYTES + 1));
        log.record(new UnsupportedOperationException());
        assertTrue(Files.readString(log.file()).contains("UnsupportedOperationException"));
        assertTrue(Files.size(log.file()) < 10_000);
        assertTrue(Files.exists(dir.resolve("logs").resolve(ErrorLog.OLD_FILE_NAME)));
    }

    @Test
    void aCauseThatLoopsIsWrittenOnce() throws IOException {
        RuntimeException a = new RuntimeException();
        IllegalStateException b = new IllegalStateException(a);
        a.initCause(b);
        log().record(b);
        assertTrue(Files.readString(log().file()).split("Caused by:").length == 2);
    }

    @Test
    void theUsualFolderIsThisUsersOwnNeverASharedTemporaryOne() {
        assertEquals(Path.of("/home/kiosk/.local/state/career-routes"), LogFolder.usual("Linux", name -> null, "/home/kiosk"));
        assertEquals(Path.of("/var/state/kiosk/career-routes"),
                LogFolder.usual("Linux", Map.of("XDG_STATE_HOME", "/var/state/kiosk")::get, "/home/kiosk"));
        assertEquals(Path.of("/home/kiosk/.local/state/career-routes"),
                LogFolder.usual("Linux", Map.of("XDG_STATE_HOME", "relative/state")::get, "/home/kiosk"), "a relative one is ignored");
        assertEquals(Path.of("/Users/kiosk/Library/Logs/CareerRoutes"), LogFolder.usual("Mac OS X", name -> null, "/Users/kiosk"));
        assertEquals(Path.of("C:\\Users\\kiosk\\AppData\\Local", "CareerRoutes", "logs"),
                LogFolder.usual("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\kiosk\\AppData\\Local")::get, "C:\\Users\\kiosk"));
        assertEquals(Path.of("C:\\Users\\kiosk", "AppData", "Local", "CareerRoutes", "logs"),
                LogFolder.usual("Windows 10", name -> null, "C:\\Users\\kiosk"));
    }

    @Test
    void aNewFolderAndLogAreThisAccountsAlone() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = dir.resolve("state").resolve("career-routes");
        log(folder).record(new RuntimeException());
        assertEquals("rwx------", permissions(folder));
        assertEquals("rw-------", permissions(folder.resolve(ErrorLog.FILE_NAME)));
    }

    @Test
    void aFolderOthersMayWriteInIsClosedToThem() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("logs"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        log(folder).record(new RuntimeException());
        assertEquals("rwxr-xr-x", permissions(folder));
        assertTrue(Files.exists(folder.resolve(ErrorLog.FILE_NAME)));
    }

    @Test
    void aFolderThatIsALinkIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path planted = Files.createSymbolicLink(dir.resolve("logs"), elsewhere);
        log(planted).record(new IllegalStateException());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
        assertTrue(console().startsWith("career-routes: cannot write the kiosk error log in " + planted + ": "
                + planted + " is a symbolic link, which the log does not follow"), console());
        assertTrue(console().contains("java.lang.IllegalStateException"), "the entry goes to standard error instead");
    }

    @Test
    void aLogFileThatIsALinkIsNotFollowed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("logs"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(folder.resolve(ErrorLog.FILE_NAME), victim);
        log(folder).record(new IllegalStateException());
        assertEquals("precious", Files.readString(victim));
        assertTrue(console().contains("is a symbolic link, which the log does not follow"), console());

        // Nor is a link planted in the older file's place: a full log replaces the link itself.
        Files.delete(folder.resolve(ErrorLog.FILE_NAME));
        Files.writeString(folder.resolve(ErrorLog.FILE_NAME), "x".repeat((int) ErrorLog.MAX_BYTES + 1));
        Files.createSymbolicLink(folder.resolve(ErrorLog.OLD_FILE_NAME), victim);
        log(folder).record(new IllegalStateException());
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(folder.resolve(ErrorLog.OLD_FILE_NAME)));
    }

    /** Runs as root (as the tests here do), which may give a folder to another account. */
    @Test
    void aFolderAnotherAccountMadeIsRefused() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("logs"));
        UserPrincipal other;
        try {
            other = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(folder, other);
        } catch (IOException e) {
            assumeTrue(false, "cannot give a folder to another account here: " + e);
            return;
        }
        log(folder).record(new IllegalStateException());
        assertFalse(Files.exists(folder.resolve(ErrorLog.FILE_NAME)));
        assertTrue(console().contains(folder + " belongs to the account nobody, not to this one"), console());
    }
}
