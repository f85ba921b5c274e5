package org.careerroutes.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file or a list far too big for a profile is refused with one message, not read to the end. */
class SizeLimitsTest {

    private static final String SUBJECTS = "\"items\": [\n          \"Maths\",\n          \"Physics\"\n        ]";

    private static String items(int count, String item) {
        return IntStream.range(0, count).mapToObj(i -> item).collect(Collectors.joining(", ", "\"items\": [", "]"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ProfileLoader.MAX_FILE_BYTES + 1L);
        }

        LoadResult result = ProfileLoader.loadFile(file);

        assertEquals(List.of(file + ": is too large for a profile (5.0 MB); the limit is 5 MB"),
                result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead(@TempDir Path folder) throws IOException {
        byte[] json = TestProfiles.builtInJson().getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[ProfileLoader.MAX_FILE_BYTES];
        System.arraycopy(json, 0, padded, 0, json.length);
        java.util.Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        Path file = Files.write(folder.resolve("padded.json"), padded);

        assertTrue(ProfileLoader.loadFile(file).isValid());
    }

    @Test
    void sizesAreGivenInWords() {
        assertEquals("740 bytes", ProfileLoader.sizeInWords(740));
        assertEquals("1.5 KB", ProfileLoader.sizeInWords(1536));
        assertEquals("5.0 MB", ProfileLoader.sizeInWords(5L * 1024 * 1024));
        assertEquals("3.0 GB", ProfileLoader.sizeInWords(3L * 1024 * 1024 * 1024));
    }

    @Test
    void aListOverTheLimitIsOneErrorAtTheList() {
        String json = builtInWith(SUBJECTS, items(200_000, "\"Maths\""));

        LoadResult result = ProfileLoader.read("long.json", json);

        assertEquals(1, result.problems().size());
        Problem error = result.problems().get(0);
        assertEquals("subjects.blocks[0].items has 200000 items; at most 1,000 are allowed", error.message());
        int index = json.indexOf("[\"Maths\", \"Maths\"");
        assertEquals(json.substring(0, index).lines().count() + ":" + (index - json.lastIndexOf('\n', index)),
                error.line() + ":" + error.column());
    }

    @Test
    void aListOfExactlyTheLimitIsRead() {
        LoadResult result = ProfileLoader.read("long.json", builtInWith(SUBJECTS, items(1_000, "\"Maths\"")));
        assertTrue(result.isValid(), result.problems()::toString);
    }

    @Test
    void theItemsOfAListOverTheLimitAreNotEachReported() {
        String fact = "{ \"about\": \"nowhere\", \"text\": \"t\", \"source\": \"s\", \"checked\": \"2026-01\" }";
        String facts = IntStream.range(0, 1_001).mapToObj(i -> fact).collect(Collectors.joining(", ", "\"facts\": [", "],"));
        String aboutList = IntStream.range(0, 1_001).mapToObj(i -> "\"nowhere\"").collect(Collectors.joining(", ", "[", "]"));

        LoadResult manyFacts = ProfileLoader.read("facts.json", builtInWith("\"facts\": [", facts + "\"old\": ["));
        LoadResult longAbout = ProfileLoader.read("about.json", builtInWith("\"facts\": [",
                "\"facts\": [ { \"about\": " + aboutList + ", \"text\": \"t\", \"source\": \"s\", \"checked\": \"2026-01\" },"));

        assertEquals(List.of("facts has 1001 items; at most 1,000 are allowed"),
                manyFacts.errors().stream().map(Problem::message).toList());
        assertEquals(List.of("facts[0].about has 1001 items; at most 1,000 are allowed"),
                longAbout.errors().stream().map(Problem::message).toList());
    }
}
