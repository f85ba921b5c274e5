package org.careerroutes.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile read while JavaFX starts is the one the window opens on, and only when it is what was asked for. */
class EarlyStartTest {

    private static String builtIn() throws IOException {
        try (InputStream in = EarlyStartTest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltInProfileReadEarlyIsTheOneShown() {
        StartupContent content = EarlyStart.begin(Optional.empty()).content(Optional.empty());
        assertEquals("clinical-engineer", content.profiles().get(0).id());
        assertFalse(content.usingBuiltIn(), "the built-in profile was what was asked for");
        assertTrue(content.withProblems().isEmpty());
    }

    @Test
    void contentOtherThanWhatWasReadEarlyIsReadNow(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("nurse.json"), builtIn()
                .replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"nurse\""));
        EarlyStart early = EarlyStart.begin(Optional.empty());
        assertEquals("nurse", early.content(Optional.of(file)).profiles().get(0).id());
    }

    @Test
    void aFileWithProblemsReadEarlyKeepsThemForTheDialog(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"formatVersion\": 1, ");
        StartupContent content = EarlyStart.begin(Optional.of(broken)).content(Optional.of(broken));
        assertTrue(content.usingBuiltIn(), "nothing loaded: the built-in profile instead");
        assertEquals(1, content.withProblems().size(), "and the file's problems, to say which and where");
        assertTrue(content.withProblems().get(0).file().endsWith("broken.json"), content.withProblems().get(0).file());
    }
}
