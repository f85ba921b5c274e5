package org.careerroutes.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a small text file so that a crash, a power cut or a full disk never leaves half of it:
 * the text goes to a temporary file beside it and is forced to the disk, and only then does that
 * file replace the old one in one step. Without the force, a power cut soon after the move can
 * leave the new name pointing at an empty file on some file systems.
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
     *                    for a machine-wide file); empty keeps the system's default
     */
    public static void write(Path file, String text, Optional<Set<PosixFilePermission>> permissions) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8), permissions, TO_DISK);
    }

    /** As {@link #write(Path, String, Optional)}, for bytes kept exactly as they were read. */
    public static void write(Path file, byte[] data, Optional<Set<PosixFilePermission>> permissions) throws IOException {
        write(file, data, permissions, TO_DISK);
    }

    static void write(Path file, byte[] data, Optional<Set<PosixFilePermission>> permissions,
                      Durability durability) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".new");
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
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
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
