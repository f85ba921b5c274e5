package org.careerroutes.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The machine's "shared computer" setting, and its failing closed. */
class SharedComputerTest {

    @TempDir
    Path folder;

    @Test
    void noFileIsNotShared() {
        assertEquals(SharedComputer.NOT_SHARED, SharedComputer.load(folder));
    }

    @Test
    void trueAndFalseAreRead() throws Exception {
        Files.writeString(folder.resolve("machine.properties"), "# careers room\nsharedComputer=true\n");
        assertTrue(SharedComputer.load(folder).shared());
        Files.writeString(folder.resolve("machine.properties"), "\uFEFFsharedComputer = false\r\n");
        SharedComputer notShared = SharedComputer.load(folder);
        assertFalse(notShared.shared());
        assertTrue(notShared.problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharedComputer=false\nsharedComputer=yes", "sharedComputer=false\nsharedcomputer=false",
            "sharedComputer=false\njust words", "sharedComputer=false\nsharedComputer=false"})
    void aSettingThatCannotBeUnderstoodFailsClosedAndNamesItsLine(String text) throws Exception {
        Files.writeString(folder.resolve("machine.properties"), text);
        SharedComputer setting = SharedComputer.load(folder);
        assertTrue(setting.shared(), "treated as shared: nothing saved");
        assertEquals(1, setting.problems().size());
        assertTrue(setting.problems().get(0).startsWith(folder.resolve("machine.properties") + ":2: "),
                setting.problems().get(0));
        assertTrue(setting.explanation().orElseThrow().contains("nothing is saved"));
    }

    @Test
    void aFileThatCannotBeReadFailsClosed() throws Exception {
        Files.createDirectory(folder.resolve("machine.properties"));
        SharedComputer setting = SharedComputer.load(folder);
        assertTrue(setting.shared());
        assertTrue(setting.problems().get(0).contains("is a folder"), setting.problems().get(0));
        Files.delete(folder.resolve("machine.properties"));
        Files.write(folder.resolve("machine.properties"), new byte[] {(byte) 0xC3, 0x28});
        assertTrue(SharedComputer.load(folder).shared());
    }

    /** Decided (docs/install.md): a technician who made the file meant something, so it counts as shared, and says so. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# shared?\n", "\uFEFF"})
    void aFileThatSetsNothingCountsAsSharedAndSaysWhatToWrite(String text) throws Exception {
        Files.writeString(folder.resolve("machine.properties"), text);
        SharedComputer setting = SharedComputer.load(folder);
        assertTrue(setting.shared(), "fails closed: nothing saved");
        assertEquals(List.of(folder.resolve("machine.properties") + ": sets nothing (it is empty or holds only comments),"
                + " so this computer counts as shared: write sharedComputer=true to say so, or sharedComputer=false"
                + " (or remove the file) to keep students' plans on it"), setting.problems());
        assertTrue(setting.explanation().orElseThrow().contains("nothing is saved on it"));
    }

    @Test
    void aLinkToAPlainFileIsFollowedInTheMachinesFolderButNeverToADevice() throws Exception {
        Path real = Files.writeString(folder.resolve("real.properties"), "sharedComputer=false\n");
        Files.createSymbolicLink(folder.resolve("machine.properties"), real);
        assertFalse(SharedComputer.load(folder).shared());
        Files.delete(folder.resolve("machine.properties"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(folder.resolve("machine.properties"), Path.of("/dev/zero"));
        SharedComputer zero = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> SharedComputer.load(folder));
        assertTrue(zero.shared());
        assertTrue(zero.problems().get(0).contains("is not a plain file"), zero.problems().get(0));
    }
}
