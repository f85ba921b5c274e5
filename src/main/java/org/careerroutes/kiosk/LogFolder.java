package org.careerroutes.kiosk;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The error log's folder: this account's own, so that no other account can have made it first
 * and planted a link in it. The usual one is per user ({@code ~/.local/state/career-routes} on
 * Linux, {@code %LOCALAPPDATA%\CareerRoutes\logs} on Windows, {@code ~/Library/Logs/CareerRoutes}
 * on macOS), never a shared temporary folder. Nothing is written through a symbolic link: not
 * the folder, not the log, not its older copy.
 */
final class LogFolder {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final LinkOption[] NO_LINKS = {LinkOption.NOFOLLOW_LINKS};

    private LogFolder() {
    }

    /** The usual folder for this system and user, from the system's name, the environment and the home folder. */
    static Path usual(String osName, UnaryOperator<String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.apply("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
            return base.resolve("CareerRoutes").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "CareerRoutes");
        }
        // The XDG base directory specification: a relative $XDG_STATE_HOME is to be ignored.
        String state = environment.apply("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state)
                : Path.of(home, ".local", "state");
        return base.resolve("career-routes");
    }

    /**
     * Makes the folder if it is not there (readable and writable by this account only, where the
     * system has POSIX permissions), and refuses one that is a link, not a folder, or (POSIX)
     * another account's; write permission for anyone else is taken away.
     *
     * @throws IOException saying what is wrong, when the log must not be written there
     */
    static void prepare(Path folder) throws IOException {
        if (Files.notExists(folder, NO_LINKS)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (isPosix(folder)) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException e) {
                // Made meanwhile, perhaps by another account: checked below like any other.
            }
        }
        BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class, NO_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new IOException(folder + " is a symbolic link, which the log does not follow");
        }
        if (!attributes.isDirectory()) {
            throw new IOException(folder + " is not a folder");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class, NO_LINKS);
        if (posix != null) {
            PosixFileAttributes permissions = checkOwner(folder, posix);
            Set<PosixFilePermission> allowed = EnumSet.copyOf(permissions.permissions());
            if (allowed.removeAll(Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE))) {
                posix.setPermissions(allowed);
            }
        }
    }

    /**
     * Opens a log file in a prepared folder to add to it, making it (readable and writable by
     * this account only) if it is not there. A link in its place is refused, not followed, and
     * so is a file another account owns.
     */
    static SeekableByteChannel openToAppend(Path file) throws IOException {
        checkFile(file);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileAttribute<?>[] attributes = isPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Files.newByteChannel(file, options, attributes);
    }

    /** The file's size, or 0 when it is not there; a link or another account's file is refused. */
    static long size(Path file) throws IOException {
        checkFile(file);
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, NO_LINKS).size();
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    private static void checkFile(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (attributes.isSymbolicLink()) {
            throw new IOException(file + " is a symbolic link, which the log does not follow");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is not a plain file");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class, NO_LINKS);
        if (posix != null) {
            checkOwner(file, posix);
        }
    }

    private static PosixFileAttributes checkOwner(Path path, PosixFileAttributeView posix) throws IOException {
        PosixFileAttributes attributes = posix.readAttributes();
        UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!attributes.owner().equals(me)) {
            throw new IOException(path + " belongs to the account " + attributes.owner().getName() + ", not to this one");
        }
        return attributes;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
