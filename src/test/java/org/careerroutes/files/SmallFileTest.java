package org.careerroutes.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a small file bounded: what is at the path is looked at before anything is opened. */
@Timeout(20)
class SmallFileTest {

    private static final SmallFile.Kind PLAN = new SmallFile.Kind("a plan file", 1024, SmallFile.Links.REFUSE);
    private static final SmallFile.Kind MACHINE = new SmallFile.Kind("a machine settings file", 1024, SmallFile.Links.FOLLOW);

    @TempDir
    Path dir;

    @Test
    void nothingAtThePathIsNoFile() throws Exception {
        assertEquals(Optional.empty(), SmallFile.read(dir.resolve("none"), PLAN));
    }

    @Test
    void aPlainFileIsReadWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("a"), "caf\u00e9");
        assertArrayEquals("caf\u00e9".getBytes(StandardCharsets.UTF_8), SmallFile.read(file, PLAN).orElseThrow());
    }

    @Test
    void aPipeIsNamedAndNotOpened() throws Exception {
        Path fifo = Fifos.make(dir.resolve("plan"));
        assertEquals("is not a plain file (it may be a device or a pipe), so it is not read",
                assertThrows(FileProblem.class, () -> SmallFile.read(fifo, PLAN)).getMessage());
        assertEquals("is not a plain file (it may be a device or a pipe), so it is not read",
                assertThrows(FileProblem.class, () -> SmallFile.read(fifo, MACHINE)).getMessage());
    }

    @Test
    void aLinkIsNotFollowedInAUsersOwnFolder() throws Exception {
        Path target = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Path link = Files.createSymbolicLink(dir.resolve("plan"), target);
        assertTrue(assertThrows(FileProblem.class, () -> SmallFile.read(link, PLAN)).getMessage()
                .startsWith("is a link to another file"));
        assertArrayEquals("root:x:0:0".getBytes(StandardCharsets.UTF_8), SmallFile.read(link, MACHINE).orElseThrow(),
                "in a machine-wide folder a link to a plain file is followed");
    }

    @Test
    void aLinkToADeviceIsNotReadEvenWhereLinksAreFollowed() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(dir.resolve("machine.properties"), zero);
        assertTrue(assertThrows(FileProblem.class, () -> SmallFile.read(link, MACHINE)).getMessage()
                .startsWith("is not a plain file"));
    }

    @Test
    void aLinkToNothingIsAProblemNotAMissingFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("plan"), dir.resolve("gone"));
        assertEquals("is a link to a file that is not there",
                assertThrows(FileProblem.class, () -> SmallFile.read(link, PLAN)).getMessage());
        assertEquals("is a link to a file that is not there",
                assertThrows(FileProblem.class, () -> SmallFile.read(link, MACHINE)).getMessage());
    }

    @Test
    void aFolderIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plan"));
        assertEquals("is a folder, not a file", assertThrows(FileProblem.class, () -> SmallFile.read(folder, PLAN)).getMessage());
    }

    @Test
    void aFileOverTheLimitIsNotRead() throws Exception {
        Path file = dir.resolve("plan");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        assertEquals("is 3.0 GB, larger than a plan file ever is (1 KB at most)",
                assertThrows(FileProblem.class, () -> SmallFile.read(file, PLAN)).getMessage());
        Files.write(file, new byte[1024]);
        assertEquals(1024, SmallFile.read(file, PLAN).orElseThrow().length, "one at the limit is read");
    }

    @Test
    void textIsStrictUtf8WithoutItsByteOrderMark() throws Exception {
        assertEquals("ok", SmallFile.text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'}, "not text"));
        assertEquals("not text", assertThrows(FileProblem.class,
                () -> SmallFile.text(new byte[] {'o', (byte) 0xFF}, "not text")).getMessage());
    }
}
