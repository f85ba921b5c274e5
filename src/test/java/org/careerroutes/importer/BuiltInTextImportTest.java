package org.careerroutes.importer;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.Block;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Note;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in profile's own text, imported, against the built-in profile written by hand: the
 * same sentences in the same sections, the same four routes, and for school leavers the same
 * verdicts on the University, apprenticeship and Practitioner Training Programme routes. (The
 * Scientist Training Programme's later checkpoint and the facts come from beyond the text, so
 * only the built-in profile has them.)
 */
class BuiltInTextImportTest {

    static final Path SEED = Path.of("src/test/resources/seed/clinical-engineer-profile.txt");

    private static Profile builtIn;
    private static Profile imported;
    private static ImportResult result;

    @BeforeAll
    static void importTheBuiltInText() {
        builtIn = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        result = ProfileImporter.importFile(SEED, YearMonth.of(2026, 11));
        imported = result.profile().orElseThrow(() -> new AssertionError(result.report().text()));
    }

    @Test
    void theTitleIdAndSummaryAreTheBuiltInProfiles() {
        assertEquals(builtIn.id(), imported.id());
        assertEquals(builtIn.title(), imported.title());
        assertEquals(builtIn.summary(), imported.summary());
        assertEquals(builtIn.source().attribution(), imported.source().attribution());
        assertEquals(builtIn.source().licence(), imported.source().licence());
        assertEquals(builtIn.source().licenceUrl(), imported.source().licenceUrl());
    }

    @Test
    void everySectionHasTheSameSentencesUnderTheSameHeading() {
        assertSameSection(builtIn.duties(), imported.duties());
        assertSameSection(builtIn.entryRoutes().introduction(), imported.entryRoutes().introduction());
        assertSameSection(builtIn.registration().orElseThrow(), imported.registration().orElseThrow());
        assertSameSection(builtIn.skills(), imported.skills());
        assertSameSection(builtIn.subjects(), imported.subjects());
        assertSameSection(builtIn.workplaces(), imported.workplaces());
        assertSameSection(builtIn.careerPath(), imported.careerPath());
        assertEquals(builtIn.skills().items(), imported.skills().items(), "skills are list items, shown as chips");
    }

    @Test
    void theSameFourRoutesWithTheSameSentencesInTheSameOrderAndGroups() {
        List<EntryRoute> mine = imported.entryRoutes().routes();
        List<EntryRoute> theirs = builtIn.entryRoutes().routes();
        assertEquals(4, mine.size(), result.report()::text);
        for (int i = 0; i < 4; i++) {
            assertEquals(texts(theirs.get(i).blocks()), texts(mine.get(i).blocks()), "route " + i);
            assertEquals(texts(theirs.get(i).entryRequirements().blocks()), texts(mine.get(i).entryRequirements().blocks()),
                    "requirements of route " + i);
            assertEquals(theirs.get(i).group(), mine.get(i).group(), "group of route " + i);
        }
        // The text names the first three; the fourth, an aside in the University text, is named by its kind.
        assertEquals(List.of("University", "Apprenticeship", "NHS Practitioner Training Programme", "Work"),
                mine.stream().map(EntryRoute::title).toList());
    }

    @Test
    void theRulesToStartTheThreeCheckedRoutesAreTheHandWrittenOnes() {
        for (int i = 0; i < 3; i++) {
            EntryRoute theirs = builtIn.entryRoutes().routes().get(i);
            EntryRoute mine = imported.entryRoutes().routes().get(i);
            assertEquals(theirs.rules().toStart(), mine.rules().toStart(), theirs.title());
        }
        assertEquals(builtIn.entryRoutes().routes().get(2).rules().notFor().map(n -> n.qualification()),
                imported.entryRoutes().routes().get(2).rules().notFor().map(n -> n.qualification()));
        assertEquals(java.util.Optional.of("university"),
                imported.entryRoutes().routes().get(2).rules().notFor().flatMap(n -> n.instead()));
    }

    @Test
    void schoolLeaversGetTheSameVerdictsFromBothOnUniversityApprenticeshipAndThePtp() {
        int compared = 0;
        for (String student : Students.SCHOOL_LEAVERS) {
            List<StudentQualification> mine = Students.parse(student);
            List<RouteVerdict> fromBuiltIn = EligibilityChecker.checkAll(builtIn, mine);
            List<RouteVerdict> fromImported = EligibilityChecker.checkAll(imported, mine);
            for (int i = 0; i < 3; i++) {
                RouteVerdict theirs = fromBuiltIn.get(i);
                RouteVerdict ours = fromImported.get(i);
                String who = theirs.route().title() + " for \"" + student + "\"";
                assertEquals(theirs.outcome(), ours.outcome(), who);
                assertEquals(theirs.summary(), ours.summary(), who);
                assertEquals(theirs.missing(), ours.missing(), who);
                compared++;
            }
        }
        assertEquals(3 * Students.SCHOOL_LEAVERS.size(), compared);
    }

    @Test
    void theMapHasTheBuiltInShapeWithLengthsOnlyFromTheText() {
        var map = imported.routeMap().orElseThrow();
        assertEquals(4, map.pathways().size());
        assertEquals(List.of("gcses", "a-levels", "degree", "nhs-scientist-training-programme-stp", "registration",
                "clinical-engineer"), map.pathways().get(0).steps());
        assertEquals(36, map.node("nhs-scientist-training-programme-stp").orElseThrow().duration().orElseThrow().months(),
                "\u201cthe three-year programme\u201d");
        assertTrue(map.node("degree").orElseThrow().duration().isEmpty(), "the text gives no length for the degree");
        assertEquals(List.of("Consultant", "Management", "Teaching", "Medical research"),
                map.nodes().stream().filter(n -> n.stage().equals("senior")).map(n -> n.title()).toList());
        assertTrue(map.node("registration").orElseThrow().title().contains("Health and Care Professions Council"));
        // The route map's pathway bar says which step it could not count, rather than a total too short.
        assertEquals("About 7 years, adding up the usual length of each step; not counted, as it has no usual length: "
                + "Degree", org.careerroutes.routemap.StepDescriptions.timeline(map, map.pathways().get(0)).describe());
    }

    @Test
    void nothingIsLeftOutButTheEmptyHeadingsTheReportNames() {
        assertEquals(0, result.report().notPlacedLines());
        assertTrue(result.report().text().contains("\u201cWhere to find out more\u201d, \u201cRelated jobs\u201d, "
                + "\u201cJob families\u201d"), result.report()::text);
    }

    private static void assertSameSection(Section expected, Section actual) {
        assertEquals(expected.heading(), actual.heading());
        assertEquals(texts(expected.blocks()), texts(actual.blocks()), expected.heading());
    }

    /** The profile's own sentences, in order: our notes left out. */
    private static List<String> texts(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        blocks.stream().filter(b -> !(b instanceof Note)).forEach(b -> texts.addAll(b.texts()));
        return texts;
    }
}
