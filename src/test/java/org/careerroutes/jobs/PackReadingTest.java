package org.careerroutes.jobs;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a folder of profiles for the Jobs page, with and without its index file. */
class PackReadingTest {

    @TempDir
    Path dir;

    private Path folder;
    private Path indexFile;

    private void copyThePack() throws IOException {
        folder = Files.createDirectories(dir.resolve("pack"));
        indexFile = dir.resolve("settings").resolve("job-index").resolve("pack.json");
        for (Path file : ProfileLoader.profileFiles(TestPack.FOLDER)) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
    }

    private JobPack read(Optional<Path> index) throws IOException {
        List<JobPack> seen = new ArrayList<>();
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), index, "test", Optional.empty());
        reading.follow(seen::add);
        reading.run();
        JobPack last = seen.get(seen.size() - 1);
        assertTrue(last.progress().complete(), "the last pack handed on is the whole folder");
        return last;
    }

    @Test
    void everyProfileIsOfferedAndTheIndexIsWrittenBesideTheSettings() throws IOException {
        copyThePack();
        JobPack pack = read(Optional.of(indexFile));
        assertEquals(32, pack.size());
        assertEquals(TestPack.index().jobs(), pack.index().jobs(), "the same entries as the profiles make");
        assertTrue(pack.problems().stream().allMatch(r -> r.errors().isEmpty()), "warnings only");
        assertTrue(Files.isRegularFile(indexFile));
        assertFalse(Files.list(folder).anyMatch(p -> !p.getFileName().toString().endsWith(".json")),
                "nothing is written in the folder");
    }

    @Test
    void theNextReadingTakesUnchangedFilesFromTheIndexAndReadsAChangedFileAgain() throws IOException {
        copyThePack();
        JobPack first = read(Optional.of(indexFile));
        // Mark the index's entry for the chef, so that where each entry came from shows.
        String index = Files.readString(indexFile, StandardCharsets.UTF_8);
        Files.writeString(indexFile, index.replace("\"title\":\"Chef\"", "\"title\":\"Chef (from the index)\"")
                .replace("\"title\":\"Nurse\"", "\"title\":\"Nurse (from the index)\""), StandardCharsets.UTF_8);
        Path nurse = folder.resolve("nurse.json");
        Files.setLastModifiedTime(nurse, FileTime.fromMillis(Files.getLastModifiedTime(nurse).toMillis() + 60_000));

        JobPack second = read(Optional.of(indexFile));
        assertEquals("Chef (from the index)", second.job("chef").orElseThrow().title(), "unchanged: not read again");
        assertEquals("Nurse", second.job("nurse").orElseThrow().title(), "changed since: read from the file");
        assertEquals(first.problems().size(), second.problems().size(), "the warnings are kept with the index");
        assertEquals(first.problems().get(0).problems(), second.problems().get(0).problems());
        assertTrue(Files.readString(indexFile).contains("\"title\":\"Nurse\""), "and the index has the new reading");
    }

    @Test
    void damagedProfilesAreListedAsProblemsAndTheRestAreStillOffered() throws IOException {
        copyThePack();
        Files.writeString(folder.resolve("broken.json"), "{\n  \"title\": [1,]\n}\n");
        Files.writeString(folder.resolve("zz-second-nurse.json"), Files.readString(folder.resolve("nurse.json")));
        JobPack pack = read(Optional.of(indexFile));
        assertEquals(32, pack.size());
        List<LoadResult> failed = pack.failed();
        assertEquals(2, failed.size());
        assertEquals(folder.resolve("broken.json") + ":2:15: a comma too many before ']': remove the comma after the "
                + "last item", failed.get(0).problems().get(0).format());
        assertEquals(folder.resolve("zz-second-nurse.json") + ": profile id \"nurse\" is already used by nurse.json; "
                + "each profile in a folder needs its own id", failed.get(1).problems().get(0).format());

        // Read again from the index: the same problems, since files with errors are never kept in it.
        JobPack again = read(Optional.of(indexFile));
        assertEquals(failed.stream().map(LoadResult::problems).toList(),
                again.failed().stream().map(LoadResult::problems).toList());
    }

    @Test
    void aDamagedIndexIsMadeAgainAndSaysWhy() throws IOException {
        copyThePack();
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, "{\"formatVersion\": 1, \"app\": \"test\", \"folder\": \"x\", \"jobs\": [}");
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.of(indexFile), "test",
                Optional.empty());
        List<JobPack> seen = new ArrayList<>();
        reading.follow(seen::add);
        reading.run();
        assertEquals(32, seen.get(seen.size() - 1).size());
        assertEquals(List.of(), reading.indexNotes(), "an index for another folder is simply not used");

        Files.writeString(indexFile, Files.readString(indexFile).replace("\"jobs\":[", "\"jobs\":[}"));
        PackReading damaged = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.of(indexFile), "test",
                Optional.empty());
        damaged.run();
        assertEquals(1, damaged.indexNotes().size());
        assertTrue(damaged.indexNotes().get(0).startsWith(indexFile + ": could not be used ("), damaged.indexNotes()::toString);
        assertTrue(damaged.indexNotes().get(0).endsWith("), so it is made again"), damaged.indexNotes()::toString);
        assertEquals(32, read(Optional.of(indexFile)).size(), "and it was made again");
    }

    @Test
    void anIndexOfAnotherVersionOfTheAppIsNotUsed() throws IOException {
        copyThePack();
        read(Optional.of(indexFile));
        Files.writeString(indexFile, Files.readString(indexFile).replace("\"title\":\"Chef\"", "\"title\":\"Old chef\""));
        PackReading newer = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.of(indexFile), "newer",
                Optional.empty());
        List<JobPack> seen = new ArrayList<>();
        newer.follow(seen::add);
        newer.run();
        assertEquals("Chef", seen.get(seen.size() - 1).job("chef").orElseThrow().title());
    }

    @Test
    void withoutAnIndexNothingIsWrittenAnywhere() throws IOException {
        copyThePack();
        assertEquals(32, read(Optional.empty()).size());
        assertFalse(Files.exists(dir.resolve("settings")));
    }

    @Test
    void aJobIsReadWholeWhenItIsOpened() throws IOException {
        copyThePack();
        JobPack pack = read(Optional.of(indexFile));
        LoadResult nurse = pack.load("nurse");
        assertEquals("Nurse", nurse.profile().orElseThrow().title());
        assertTrue(pack.held("nurse").isEmpty(), "not kept in the pack: only what the page needs is");
        Files.writeString(folder.resolve("nurse.json"), "{");
        LoadResult broken = pack.load("nurse");
        assertTrue(broken.profile().isEmpty());
        assertTrue(broken.problems().get(0).format().startsWith(folder.resolve("nurse.json") + ":1:1: the file ends too early"),
                broken.problems()::toString);
    }

    @Test
    void anIndexRoundTripsEveryEntryOfThePack() throws IOException {
        Path file = dir.resolve("index.json");
        List<JobIndexFile.Kept> kept = new ArrayList<>();
        int i = 0;
        for (JobEntry entry : TestPack.index().jobs()) {
            kept.add(new JobIndexFile.Kept(entry.id() + ".json", 100 + i, 1_000 + i++, entry, List.of()));
        }
        JobIndexFile.write(file, dir, "v", kept);
        JobIndexFile.Read read = JobIndexFile.read(file, dir, "v");
        assertEquals(Optional.empty(), read.notUsed());
        for (JobIndexFile.Kept each : kept) {
            assertEquals(each, read.files().get(each.file()));
        }
    }
}
