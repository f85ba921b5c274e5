package org.careerroutes.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("settings.properties"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aFailedForceLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "old\n");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(file, new byte[] {'n', 'e', 'w'},
                Optional.empty(), channel -> {
                    throw new IOException("disk gone");
                }));

        assertEquals("disk gone", thrown.getMessage());
        assertEquals("old\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theTextIsWrittenAsUtf8IntoAFolderMadeForIt() throws IOException {
        Path file = dir.resolve("new folder").resolve("kiosk.properties");
        AtomicFile.write(file, "caf\u00e9=1\n", Optional.empty());
        assertEquals("caf\u00e9=1\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
