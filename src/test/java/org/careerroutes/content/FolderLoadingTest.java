package org.careerroutes.content;

import org.careerroutes.app.ValidateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Which files of a folder are read as profiles, and what is said about those that cannot be. */
class FolderLoadingTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> names(List<LoadResult> results) {
        return results.stream().map(r -> Path.of(r.file()).getFileName().toString()).toList();
    }

    @Test
    void hiddenFilesSuchAsMacOsLeftoversAreSkipped() throws IOException {
        write("a.json", TestProfiles.builtInJson());
        Files.write(folder.resolve("._a.json"), new byte[] {0, 5, 22, 7, (byte) 0xFF, 0});
        write(".draft.json", "{");

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(List.of("a.json"), names(results));
        assertTrue(results.get(0).isValid());
    }

    @Test
    void aJsonEndingInAnyLetterCaseIsAProfileFile() throws IOException {
        write("a.json", TestProfiles.builtInJson());
        write("B.JSON", TestProfiles.builtInJson().replaceFirst("\"clinical-engineer\"", "\"b\""));
        write("c.Json", TestProfiles.builtInJson().replaceFirst("\"clinical-engineer\"", "\"c\""));
        write("notes.txt", "not content");
        Files.createDirectory(folder.resolve("old.json"));

        assertEquals(List.of("B.JSON", "a.json", "c.Json"), names(ProfileLoader.loadPath(folder)));
    }

    @Test
    void aBrokenLinkIsReportedNotSkipped() throws IOException {
        write("a.json", TestProfiles.builtInJson());
        Path link = Files.createSymbolicLink(folder.resolve("b.json"), folder.resolve("gone.json"));

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(List.of("a.json", "b.json"), names(results));
        assertEquals(List.of(link + ": cannot be read: broken link (it points to " + folder.resolve("gone.json")
                + ", which does not exist)"), results.get(1).problems().stream().map(Problem::format).toList());
    }

    @Test
    void aBrokenLinkGivenByItselfIsABrokenLinkNotAMissingFile() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("b.json"), Path.of("gone.json"));

        List<LoadResult> results = ProfileLoader.loadPath(link);

        assertEquals(List.of(link + ": cannot be read: broken link (it points to gone.json, which does not exist)"),
                results.stream().flatMap(r -> r.problems().stream()).map(Problem::format).toList());
        assertFalse(results.get(0).isValid());
    }

    @Test
    void aFolderWithABrokenLinkIsInvalidForValidate() throws IOException {
        write("a.json", TestProfiles.builtInJson());
        Files.createSymbolicLink(folder.resolve("b.json"), folder.resolve("gone.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ValidateCommand.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(ValidateCommand.INVALID, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("b.json: cannot be read: broken link"), out::toString);
    }

    @Test
    void aFileWithoutReadPermissionIsReported() throws IOException {
        Path file = write("a.json", TestProfiles.builtInJson());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the user can read any file (e.g. root)");

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(List.of(file + ": cannot be read: permission denied"),
                results.get(0).problems().stream().map(Problem::format).toList());
    }

    @Test
    void twoFilesWithOneIdEachNameTheOtherAndTheFirstInNameOrderIsShown() throws IOException {
        String json = TestProfiles.builtInJson();
        write("b.json", json);
        write("a.json", json.replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Copy\""));

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        int[] at = TestProfiles.lineAndColumn(json, "\"clinical-engineer\"", 1);
        String place = ":" + at[0] + ":" + at[1] + ": ";
        assertEquals(List.of("a.json", "b.json"), names(results));
        assertTrue(results.get(0).isValid());
        assertEquals("Copy", results.get(0).profile().orElseThrow().title());
        assertEquals(List.of(results.get(0).file() + place + "warning: profile id \"clinical-engineer\" is also used by "
                + "b.json, which is left out: each profile in a folder needs its own id"),
                results.get(0).problems().stream().map(Problem::format).toList());
        assertFalse(results.get(1).isValid());
        assertEquals(List.of(results.get(1).file() + place + "profile id \"clinical-engineer\" is already used by "
                + "a.json; each profile in a folder needs its own id"),
                results.get(1).problems().stream().map(Problem::format).toList());
    }

    @Test
    void theFirstOfThreeFilesWithOneIdNamesBothOthers() throws IOException {
        for (String name : List.of("c.json", "a.json", "b.json")) {
            write(name, TestProfiles.builtInJson());
        }

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(List.of(true, false, false), results.stream().map(LoadResult::isValid).toList());
        assertTrue(results.get(0).warnings().get(0).message().contains("is also used by b.json, c.json, which are left out"),
                () -> results.get(0).problems().toString());
        assertTrue(results.get(2).errors().get(0).message().contains("is already used by a.json;"),
                () -> results.get(2).problems().toString());
    }

    @Test
    void aProfileIdUsedByAnEarlierFileIsAnErrorAtTheLaterFilesId() throws IOException {
        write("a.json", TestProfiles.builtInJson());
        String later = TestProfiles.builtInJson().replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Copy\"");
        write("b.json", later);
        write("c.json", TestProfiles.builtInJson().replaceFirst("\"clinical-engineer\"", "\"other\""));
        write("d.json", later);

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertEquals(List.of(true, false, true, false), results.stream().map(LoadResult::isValid).toList());
        int index = later.indexOf("\"clinical-engineer\"");
        int line = (int) later.substring(0, index).lines().count();
        int column = index - later.lastIndexOf('\n', index);
        for (LoadResult duplicate : List.of(results.get(1), results.get(3))) {
            assertTrue(duplicate.profile().isEmpty());
            assertEquals(List.of(duplicate.file() + ":" + line + ":" + column + ": profile id \"clinical-engineer\" "
                    + "is already used by a.json; each profile in a folder needs its own id"),
                    duplicate.problems().stream().map(Problem::format).toList());
        }
    }

    @Test
    void anInvalidFileDoesNotClaimItsId() throws IOException {
        write("a.json", TestProfiles.builtInJson().replaceFirst("\"formatVersion\": 1", "\"formatVersion\": \"1\""));
        write("b.json", TestProfiles.builtInJson());

        List<LoadResult> results = ProfileLoader.loadPath(folder);

        assertTrue(results.get(1).isValid(), results.get(1).problems()::toString);
    }
}
