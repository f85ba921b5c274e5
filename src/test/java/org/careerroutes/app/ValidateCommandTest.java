package org.careerroutes.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path path) {
        return ValidateCommand.run(path, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String builtIn() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidFileExitsZeroAndPrintsNoProblems(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ok.json"), builtIn());
        assertEquals(0, validate(file));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 file checked: valid"));
    }

    @Test
    void anInvalidFileExitsOneAndPrintsEachProblemAsPathLineColumn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                builtIn().replace("\"title\": \"University\"", "\"title\": 3")
                        .replace("\"heading\": \"Related skills\",", ""));
        assertEquals(1, validate(file));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*title must be text.*"), lines[0]);
        assertTrue(lines[1].matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: missing required field \"heading\" in skills"), lines[1]);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 invalid, 2 errors, 0 warnings"));
    }

    @Test
    void warningsAloneStillExitZero(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("warn.json"), builtIn().replace("\"summary\":", "\"colour\": \"red\", \"summary\":"));
        assertEquals(0, validate(file));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(": warning: unknown field \"colour\""));
    }

    @Test
    void aFolderIsCheckedFileByFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), builtIn());
        Files.writeString(dir.resolve("b.json"), "[");
        assertEquals(1, validate(dir));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(dir.resolve("b.json") + ":1:"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 files checked: 1 invalid"));
    }

    @Test
    void aProblemWithTheWholeFileIsPrintedWithoutAPosition(@TempDir Path dir) {
        assertEquals(1, validate(dir));
        assertEquals(dir + ": folder has no profile files (*.json)" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPathThatDoesNotExistIsBadUsage(@TempDir Path dir) {
        assertEquals(2, validate(dir.resolve("missing.json")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder"));
    }

    @Test
    void aLinkToNothingIsAFileThatCannotBeReadNotAWrongPath(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("moved-away.json"));
        assertEquals(1, validate(link));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("broken link"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 invalid"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryCountsEveryProblemFoundNotOnlyThoseListed(@TempDir Path dir) throws IOException {
        StringBuilder numbers = new StringBuilder("\"items\": [");
        for (int i = 0; i < 500; i++) {
            numbers.append(i == 0 ? "" : ", ").append(i);
        }
        String text = builtIn().replaceFirst("\"items\": \\[", java.util.regex.Matcher.quoteReplacement(numbers + ", "));
        Path file = Files.writeString(dir.resolve("many.json"), text);
        assertEquals(1, validate(file));
        long listed = out.toString(StandardCharsets.UTF_8).lines().count();
        assertTrue(listed <= 201, "the list is capped: " + listed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 invalid, 500 errors, 0 warnings"),
                err.toString(StandardCharsets.UTF_8));
    }
}
