package org.careerroutes.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a student's file (a plan, the settings, a handout, a picture, the kiosk settings) so
 * that a crash, a power cut or a full disk never leaves half of it: the bytes go to a temporary
 * file beside it and are forced to the disk, and only then does that file replace the old one in
 * one step. Without the force, a power cut soon after the move can leave the new name pointing at
 * an empty file on some file systems.
 *
 * <p>It writes only to a new path or over a plain file: a folder, a link, a device or a pipe at
 * the path is left as it is and refused (moving a file over {@code /dev/null} would replace the
 * device). Every failure is a {@link FileProblem} that says, after the file's name, which step
 * failed and why: the folder cannot be made or written in, the disk is full, and so on.
 */
public final class AtomicFile {

    /** Makes a written file's data durable; a test watches when it happens. */
    interface Durability {
        void force(FileChannel channel) throws IOException;
    }

    private static final Durability TO_DISK = channel -> channel.force(true);

    private AtomicFile() {
    }

    /**
     * @param permissions on systems with POSIX permissions, the new file's (e.g. readable by all
     *                    for a machine-wide file); empty keeps the system's default for a
     *                    temporary file, readable by this user alone
     */
    public static void write(Path file, String text, Optional<Set<PosixFilePermission>> permissions) throws FileProblem {
        write(file, text.getBytes(StandardCharsets.UTF_8), permissions, TO_DISK);
    }

    /** As {@link #write(Path, String, Optional)}, for bytes (a PDF, a picture, a file kept exactly as it was read). */
    public static void write(Path file, byte[] data, Optional<Set<PosixFilePermission>> permissions) throws FileProblem {
        write(file, data, permissions, TO_DISK);
    }

    /**
     * Whether a file may be written at this path: nothing there yet, or a plain file.
     *
     * @throws FileProblem saying what is there instead
     */
    public static void checkWritable(Path file) throws FileProblem {
        BasicFileAttributes there;
        try {
            there = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            if (noFolderFor(file)) {
                return;   // nothing is there; making its folder will say what is in the way
            }
            throw new FileProblem(FileProblem.whyNotWritten(e), e);
        }
        if (there.isRegularFile()) {
            return;
        }
        if (there.isDirectory()) {
            throw new FileProblem("is a folder, so no file is written over it");
        }
        if (there.isSymbolicLink()) {
            throw new FileProblem("is a link to another file, so it is not written over (give the path of the file itself)");
        }
        throw new FileProblem("is not a plain file (it may be a device or a pipe), so it is not written over");
    }

    /** Whether the folder a file goes in is not a folder (nothing, or a file in its place), so nothing can be at the path. */
    static boolean noFolderFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && !Files.isDirectory(folder);
    }

    static void write(Path file, byte[] data, Optional<Set<PosixFilePermission>> permissions,
                      Durability durability) throws FileProblem {
        Path folder = file.toAbsolutePath().getParent();
        checkWritable(file);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileProblem("cannot be written: its folder " + folder + " cannot be made ("
                    + FileProblem.detail(e) + ")", e);
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, file.getFileName().toString(), ".new");
        } catch (AccessDeniedException e) {
            throw new FileProblem("cannot be written: this account may not write in the folder " + folder
                    + " (permission denied)", e);
        } catch (IOException e) {
            throw new FileProblem("cannot be written: nothing can be written in the folder " + folder + " ("
                    + FileProblem.detail(e) + ")", e);
        }
        try {
            if (permissions.isPresent()) {
                PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(permissions.get());
                }
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                durability.force(channel);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new FileProblem("cannot be written (" + FileProblem.detail(e) + "); the file as it was is kept", e);
        }
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new FileProblem("cannot be replaced (" + FileProblem.detail(e) + "); the file as it was is kept", e);
        }
        forceFolder(folder);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A stray temporary file is named *.new and ignored by every reader; the write's own problem is what counts.
        }
    }

    /**
     * Makes the move itself durable where the system allows it (Linux, macOS). Windows cannot
     * open a folder this way; there NTFS's journal keeps the rename.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: the file is already in place.
        }
    }
}
