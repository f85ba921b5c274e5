package org.careerroutes.app;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --import=FILE|FOLDER --output=FILE|FOLDER [--force]}: what is written, what is said, and the exit status. */
class ImportCommandTest {

    private static final Path SEED = Path.of("src/test/resources/seed/clinical-engineer-profile.txt");
    private static final Path TEXTS = Path.of("src/test/resources/import");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path from, Path output, boolean force) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportCommand.run(from, output, force, YearMonth.of(2026, 11),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        return run;
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void oneTextWritesAValidProfileAndPrintsTheReport() {
        Path output = dir.resolve("clinical-engineer.json");
        Run run = run(SEED, output, false);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Routes found: 4"), run.out());
        assertTrue(run.out().contains("\u2713 \u201cfive GCSEs at grades 9 to 4 (A* to C) including two sciences\u201d: "
                + "checked: five GCSEs at grade 4 or above, including two sciences"), run.out());
        assertTrue(run.out().strip().endsWith("Written: " + output), run.out());
        LoadResult written = ProfileLoader.loadFile(output);
        assertTrue(written.isValid() && written.problems().isEmpty(), written.problems()::toString);
    }

    @Test
    void aFolderAsOutputTakesTheProfilesIdAsItsName() throws IOException {
        assertEquals(0, run(SEED, dir, false).status());
        assertEquals(List.of("clinical-engineer.json"), filesIn(dir));
    }

    @Test
    void anOutputThatIsThereIsBadUsageUnlessForcedAndIsLeftAsItWas() throws IOException {
        Path output = Files.writeString(dir.resolve("mine.json"), "my own work");
        Run refused = run(SEED, output, false);
        assertEquals(2, refused.status());
        assertEquals("career-routes: --import: " + output + " exists; add --force to replace it, or give another --output. "
                + "Nothing was written.", refused.err().strip());
        assertEquals("my own work", Files.readString(output));

        assertEquals(0, run(SEED, output, true).status());
        assertTrue(ProfileLoader.loadFile(output).isValid());
    }

    @Test
    void anOutputFolderThatIsNotThereIsBadUsage() {
        Path output = dir.resolve("no such folder").resolve("a.json");
        Run run = run(SEED, output, false);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("the folder " + output.getParent().toAbsolutePath() + " does not exist"), run.err());
        assertFalse(Files.exists(output.getParent()));
    }

    @Test
    void rubbishInExitsOneSaysWhyNamingTheFileAndWritesNothing() throws IOException {
        byte[] large = new byte[10 * 1024 * 1024];
        Arrays.fill(large, (byte) 'x');
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = Files.createDirectory(dir.resolve("out"));
        List<Path> rubbish = List.of(
                Files.write(in.resolve("empty.txt"), new byte[0]),
                Files.write(in.resolve("binary.txt"), binary),
                Files.writeString(in.resolve("email.txt"), "Subject: Fair\n\nHi Jo,\nSee you at the fair on Friday.\nSam\n"),
                Files.write(in.resolve("large.txt"), large),
                Files.writeString(in.resolve("no-routes.txt"), "Gardener\nGardeners look after gardens.\n\nRelated skills\n"
                        + "\u2022 Patience\n"),
                in.resolve("gone.txt"));
        for (Path text : rubbish) {
            Run run = run(text, out.resolve("profile.json"), false);
            assertEquals(1, run.status(), text + ": " + run.err());
            assertTrue(run.err().startsWith("career-routes: --import: " + text + ": "), run.err());
            assertTrue(run.err().contains("nothing written"), run.err());
            assertEquals(List.of(), filesIn(out), "nothing written for " + text);
        }
    }

    @Test
    void aFolderOfTextsGivesAFileEachWithALineEachAndGoesOnPastABadOne() throws IOException {
        Path in = Files.createDirectory(dir.resolve("texts"));
        Path out = Files.createDirectory(dir.resolve("profiles"));
        for (String name : List.of("electrician.txt", "paramedic.txt", "train-driver.txt")) {
            Files.copy(TEXTS.resolve(name), in.resolve(name));
        }
        Files.writeString(in.resolve("notes.txt"), "Remember to book the hall.\n");
        Files.writeString(in.resolve("README.md"), "not a text to import");

        Run run = run(in, out, false);

        assertEquals(1, run.status(), "one text was not a profile");
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("electrician.txt \u2192 electrician.json: 3 routes; "), lines.get(0));
        assertTrue(lines.get(1).startsWith("notes.txt: not imported: is not recognisable as a job profile"), lines.get(1));
        assertTrue(lines.get(2).startsWith("paramedic.txt \u2192 paramedic.json: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("train-driver.txt \u2192 train-driver.json: "), lines.get(3));
        assertEquals("4 texts: 3 imported, 1 not", run.err().strip());
        assertEquals(List.of("electrician.json", "paramedic.json", "train-driver.json"), filesIn(out));
        assertTrue(ProfileLoader.loadPath(out).stream().allMatch(LoadResult::isValid), "a pack the app can open");
    }

    @Test
    void aFolderWhoseProfilesAreThereAlreadyWritesNothingUnlessForced() throws IOException {
        Path in = Files.createDirectory(dir.resolve("texts"));
        Path out = Files.createDirectory(dir.resolve("profiles"));
        Files.copy(TEXTS.resolve("electrician.txt"), in.resolve("electrician.txt"));
        Files.copy(TEXTS.resolve("paramedic.txt"), in.resolve("paramedic.txt"));
        Files.writeString(out.resolve("paramedic.json"), "edited by hand");

        Run refused = run(in, out, false);
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains(out.resolve("paramedic.json") + " exists; add --force"), refused.err());
        assertEquals(List.of("paramedic.json"), filesIn(out), "nothing written");

        assertEquals(0, run(in, out, true).status());
        assertEquals(List.of("electrician.json", "paramedic.json"), filesIn(out));
    }

    @Test
    void aFolderIntoAFileOrAFolderThatIsNotThereIsBadUsage() throws IOException {
        Path in = Files.createDirectory(dir.resolve("texts"));
        Files.copy(TEXTS.resolve("electrician.txt"), in.resolve("electrician.txt"));
        Run missing = run(in, dir.resolve("nowhere"), false);
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("the folder " + dir.resolve("nowhere") + " does not exist"), missing.err());
        Path file = Files.writeString(dir.resolve("one.json"), "{}");
        Run intoFile = run(in, file, false);
        assertEquals(2, intoFile.status());
        assertTrue(intoFile.err().contains(file + " is a file"), intoFile.err());
    }

    @Test
    void twoTextsForTheSameJobCannotBothBeWrittenToOneFolder() throws IOException {
        Path in = Files.createDirectory(dir.resolve("texts"));
        Path out = Files.createDirectory(dir.resolve("profiles"));
        Files.copy(TEXTS.resolve("paramedic.txt"), in.resolve("a-paramedic.txt"));
        Files.copy(TEXTS.resolve("paramedic.txt"), in.resolve("b-paramedic.txt"));
        Run run = run(in, out, false);
        assertEquals(1, run.status());
        assertTrue(run.out().contains("b-paramedic.txt: not imported: its id \"paramedic\" is taken by a-paramedic.txt"),
                run.out());
        assertEquals(List.of("paramedic.json"), filesIn(out));
    }
}
