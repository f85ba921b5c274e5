package org.careerroutes.importer;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test pack (src/test/resources/pack): 32 job texts written for testing a careers room's many
 * jobs, in the layout of published profiles (README.txt there lists each route's requirement
 * lines), and the profiles imported from them, which the tests of a list of jobs use. Each text
 * imports with no line lost; the rules made from them are those listed in rules.txt, read by hand
 * against the texts; and the profiles in the pack are the texts as imported now, so that a change
 * to the importer shows here. To write them again after such a change:
 * {@code career-routes --import=src/test/resources/pack/texts --output=src/test/resources/pack/profiles --force}.
 */
class PackTest {

    static final Path PACK = Path.of("src/test/resources/pack");
    static final Path TEXTS = PACK.resolve("texts");
    static final Path PROFILES = PACK.resolve("profiles");
    private static final String REWRITE = "career-routes --import=" + TEXTS + " --output=" + PROFILES + " --force";

    static List<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String name(Path text) {
        return text.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    private static ImportResult imported(Path text) {
        ImportResult result = ProfileImporter.importFile(text, YearMonth.of(2026, 12));
        assertTrue(result.imported(), () -> text + ": " + result.report().text());
        return result;
    }

    @Test
    void thePackHas32TextsAndAProfileForEach() throws IOException {
        assertEquals(32, texts().size());
        try (Stream<Path> files = Files.list(PROFILES)) {
            assertEquals(texts().stream().map(t -> name(t) + ".json").toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTextImportsWithNoLineLost() throws IOException {
        return texts().stream().map(text -> DynamicTest.dynamicTest(name(text), () -> {
            ImportResult result = imported(text);
            SourceText source = SourceText.read(text.toString(), Files.readAllBytes(text));
            assertEquals(List.of(), ImportedProfilesTest.linesLost(source, result), result.report()::text);
            // The texts end with where they come from, in place of a licence line: kept as the attribution.
            String last = source.lines().stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow().text();
            assertEquals(last, result.profile().orElseThrow().source().attribution());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachProfileOfThePackIsItsTextAsImportedNow() throws IOException {
        return texts().stream().map(text -> DynamicTest.dynamicTest(name(text), () -> assertEquals(
                imported(text).json().orElseThrow(), Files.readString(PROFILES.resolve(name(text) + ".json")),
                () -> "the pack's profile is not the text as imported now; write the pack again: " + REWRITE)));
    }

    @Test
    void thePackLoadsAsAFolderOfValidProfiles() {
        List<LoadResult> loaded = ProfileLoader.loadPath(PROFILES);
        assertEquals(32, loaded.size());
        for (LoadResult result : loaded) {
            assertTrue(result.isValid(), result.problems()::toString);
            // Only the lines an import could not place are warned about.
            assertTrue(result.warnings().stream().allMatch(w -> w.format().contains("\"notPlaced\"")),
                    result.problems()::toString);
        }
    }

    /**
     * Every route's rules, as rules.txt lists them ("file route: rules", with each way in), read
     * against the texts: the usual requirement lines become rules, ways in where they say what
     * they are for, and "not checked" where a line leaves a doubt.
     */
    @Test
    void theRulesAreThoseListed() throws IOException {
        List<String> made = new ArrayList<>();
        for (Path text : texts()) {
            Profile profile = imported(text).profile().orElseThrow();
            for (EntryRoute route : profile.entryRoutes().routes()) {
                made.add(name(text) + " " + route.id() + ": " + RequirementPhrasings.brief(route.rules()));
            }
        }
        List<String> listed = Files.readAllLines(PACK.resolve("rules.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(String.join("\n", listed), String.join("\n", made));
    }
}
