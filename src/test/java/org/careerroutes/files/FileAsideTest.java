package org.careerroutes.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeping a damaged file aside: plain files copied from the bytes read, anything else moved, nothing followed. */
@Timeout(20)
class FileAsideTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T07:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theBytesReadAreCopiedBesideTheFileWhichStays() throws Exception {
        Path file = Files.writeString(dir.resolve("p.careerplan"), "{ damaged");
        FileAside.Kept kept = FileAside.copy(file, "{ damaged".getBytes(), CLOCK);
        assertEquals(dir.resolve("p.careerplan.2026-11-30T0712.bad"), kept.to());
        assertFalse(kept.moved());
        assertEquals("{ damaged", Files.readString(kept.to()));
        assertEquals("{ damaged", Files.readString(file));
        FileAside.Kept again = FileAside.copy(file, "{ damaged".getBytes(), CLOCK);
        assertEquals(dir.resolve("p.careerplan.2026-11-30T0712-2.bad"), again.to(), "an earlier copy is never replaced");
    }

    @Test
    void aFolderIsMovedWithEverythingInIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("p.careerplan"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        FileAside.Kept kept = FileAside.move(folder, CLOCK);
        assertTrue(kept.moved());
        assertFalse(Files.exists(folder), "the path is free for the plan");
        assertEquals("mine", Files.readString(kept.to().resolve("notes.txt")));
        assertEquals("moved to " + kept.to(), kept.words());
    }

    @Test
    void aLinkIsMovedItselfNotWhatItLeadsTo() throws Exception {
        Path target = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Path link = Files.createSymbolicLink(dir.resolve("p.careerplan"), target);
        FileAside.Kept kept = FileAside.move(link, CLOCK);
        assertTrue(Files.isSymbolicLink(kept.to()));
        assertEquals("root:x:0:0", Files.readString(target));
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aPipeIsMovedWithoutBeingOpened() throws Exception {
        Path fifo = Fifos.make(dir.resolve("p.careerplan"));
        FileAside.Kept kept = FileAside.move(fifo, CLOCK);
        assertFalse(Files.exists(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(kept.to(), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
