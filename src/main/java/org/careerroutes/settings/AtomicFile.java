package org.careerroutes.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a small text file so that a crash or a full disk never leaves half of it: the text goes
 * to a temporary file beside it, which then replaces the old file in one step.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param permissions on systems with POSIX permissions, the new file's (e.g. readable by all
     *                    for a machine-wide file); empty keeps the system's default
     */
    public static void write(Path file, String text, Optional<Set<PosixFilePermission>> permissions) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (permissions.isPresent()) {
                PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(permissions.get());
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
