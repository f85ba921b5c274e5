package org.careerroutes.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writing a student's file in one step, and only to a new path or over a plain file. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void theDataIsForcedToDiskBeforeItReplacesTheOldFile() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "old\n");
        byte[] data = "textScale=150\n".getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();

        AtomicFile.write(file, data, Optional.empty(), channel -> {
            seen.add("forced " + channel.size() + " bytes");
            seen.add("the old file still says " + Files.readString(file).strip());
            channel.force(true);
        });

        assertEquals(List.of("forced " + data.length + " bytes", "the old file still says old"), seen);
        assertEquals("textScale=150\n", Files.readString(file));
        assertEquals(List.of("settings.properties"), names(), "no temporary file is left behind");
    }

    @Test
    void aFailedForceLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "old\n");

        FileProblem thrown = assertThrows(FileProblem.class, () -> AtomicFile.write(file, new byte[] {'n', 'e', 'w'},
                Optional.empty(), channel -> {
                    throw new IOException("No space left on device");
                }));

        assertEquals("cannot be written (the disk is full); the file as it was is kept", thrown.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(1, names().size());
    }

    @Test
    void theTextIsWrittenAsUtf8IntoAFolderMadeForIt() throws IOException {
        Path file = dir.resolve("new folder").resolve("kiosk.properties");
        AtomicFile.write(file, "caf\u00e9=1\n", Optional.empty());
        assertEquals("caf\u00e9=1\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderAtThePathIsNotWrittenOver() throws IOException {
        Path file = dir.resolve("plan.careerplan");
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside.txt"), "kept");
        FileProblem thrown = assertThrows(FileProblem.class, () -> AtomicFile.write(file, "x", Optional.empty()));
        assertEquals("is a folder, so no file is written over it", thrown.getMessage());
        assertEquals("kept", Files.readString(file.resolve("inside.txt")));
    }

    @Test
    void aLinkAtThePathIsNotWrittenOverNorFollowed() throws IOException {
        Path target = dir.resolve("elsewhere.txt");
        Files.writeString(target, "someone else's");
        Path link = Files.createSymbolicLink(dir.resolve("handout.pdf"), target);
        FileProblem thrown = assertThrows(FileProblem.class, () -> AtomicFile.write(link, "x", Optional.empty()));
        assertTrue(thrown.getMessage().startsWith("is a link to another file"), thrown.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("someone else's", Files.readString(target));
    }

    @Test
    void aPipeAtThePathIsNotReplaced() throws Exception {
        Path fifo = Fifos.make(dir.resolve("handout.pdf"));
        FileProblem thrown = assertThrows(FileProblem.class, () -> AtomicFile.write(fifo, "x", Optional.empty()));
        assertTrue(thrown.getMessage().startsWith("is not a plain file"), thrown.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still there");
    }

    @Test
    void aReadOnlyFolderIsNamedWithItsReasonNotATemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plans"));
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(folder), "root may write anywhere");
            FileProblem thrown = assertThrows(FileProblem.class,
                    () -> AtomicFile.write(folder.resolve("clinical-engineer.careerplan"), "x", Optional.empty()));
            assertEquals("cannot be written: this account may not write in the folder " + folder + " (permission denied)",
                    thrown.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsSaidSo() throws IOException {
        Files.writeString(dir.resolve("plans"), "not a folder");
        FileProblem thrown = assertThrows(FileProblem.class,
                () -> AtomicFile.write(dir.resolve("plans").resolve("a.careerplan"), "x", Optional.empty()));
        assertEquals("cannot be written: its folder " + dir.resolve("plans") + " cannot be made (a file is in the way "
                + "where a folder should be)", thrown.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
