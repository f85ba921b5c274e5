package org.careerroutes.importer;

import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that is not a job profile gives no profile and a message that says why, naming the text. */
class RubbishInTest {

    private static final YearMonth TAKEN = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private ImportResult importing(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        ImportResult result = ProfileImporter.importFile(file, TAKEN);
        assertFalse(result.imported());
        assertTrue(result.json().isEmpty(), "nothing to write");
        assertTrue(result.problem().startsWith(file + ": "), result.problem());
        assertFalse(result.report().text().contains("Exception"), result.report().text());
        return result;
    }

    @Test
    void anEmptyFile() throws IOException {
        assertEquals("is empty: paste or save a job profile's text in it",
                importing("empty.txt", new byte[0]).failure().orElseThrow());
        assertEquals("is empty: paste or save a job profile's text in it",
                importing("blank.txt", " \n\t\n  \n".getBytes(StandardCharsets.UTF_8)).failure().orElseThrow());
    }

    @Test
    void aBinaryFileSaysWhatItSeemsToBe() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertTrue(importing("picture.txt", binary).failure().orElseThrow()
                .startsWith("is not text: it looks like a binary file"));
        assertTrue(importing("profile.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).failure().orElseThrow()
                .startsWith("is not text: it looks like a PDF; copy the profile's text into a plain text file (.txt)"));
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertTrue(importing("profile.docx", zip).failure().orElseThrow().contains("a Word document"));
    }

    @Test
    void anEmailIsNotAJobProfile() throws IOException {
        String email = "From: Sam Hughes <sam@school.example>\nTo: careers@school.example\nSubject: Careers fair\n\n"
                + "Hi Jo,\n\nCan you bring the banner and the leaflets on Thursday? The hall opens at 8.\n\nThanks,\nSam\n";
        String why = importing("email.txt", email.getBytes(StandardCharsets.UTF_8)).failure().orElseThrow();
        assertTrue(why.startsWith("is not recognisable as a job profile: no ways into the job were found"), why);
    }

    @Test
    void aProfileWithNoRoutesIsNotOne() throws IOException {
        String text = "Gardener\nGardeners look after parks and gardens.\n\nWhat you'll do\nYou could mow, plant and prune.\n\n"
                + "Related skills\n\u2022 Patience\n";
        String why = importing("no-routes.txt", text.getBytes(StandardCharsets.UTF_8)).failure().orElseThrow();
        assertTrue(why.startsWith("is not recognisable as a job profile: no ways into the job were found"), why);
        assertFalse(why.contains("no job title"), "the title was found: " + why);
    }

    @Test
    void tenMegabytesIsRefusedBeforeItIsRead() throws IOException {
        byte[] large = new byte[10 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        String why = importing("large.txt", large).failure().orElseThrow();
        assertEquals("is too large for a job profile's text (10.0 MB); a profile's text is a few KB, and the limit is 1024 KB",
                why);
    }

    @Test
    void aFileThatIsNotThereOrIsAFolder() {
        ImportResult gone = ProfileImporter.importFile(dir.resolve("gone.txt"), TAKEN);
        assertEquals(dir.resolve("gone.txt") + ": cannot be read: no such file", gone.problem());
        assertEquals(dir + ": is a folder, not a text file", ProfileImporter.importFile(dir, TAKEN).problem());
    }

    @Test
    void textSavedByNotepadAsAnsiOrUnicodeIsReadAndTheReportSaysHow() throws IOException {
        String seed = Files.readString(BuiltInTextImportTest.SEED);
        Path ansi = Files.write(dir.resolve("ansi.txt"), seed.getBytes(Charset.forName("windows-1252")));
        ImportResult fromAnsi = ProfileImporter.importFile(ansi, TAKEN);
        assertTrue(fromAnsi.imported(), fromAnsi.report()::text);
        assertTrue(fromAnsi.report().text().contains("read as Windows-1252"), fromAnsi.report()::text);
        assertEquals(ProfileImporter.importFile(BuiltInTextImportTest.SEED, TAKEN).profile(), fromAnsi.profile(),
                "the bullets (\u2022) and A* read the same");

        Path unicode = Files.write(dir.resolve("unicode.txt"), seed.getBytes(StandardCharsets.UTF_16));
        ImportResult fromUnicode = ProfileImporter.importFile(unicode, TAKEN);
        assertTrue(fromUnicode.report().text().contains("read as UTF-16"), fromUnicode.report()::text);
        assertEquals(fromAnsi.profile(), fromUnicode.profile());
    }

    @Test
    void curlyApostrophesAsAWebPageWritesThemAreReadAsStraightOnesAndKeptAsWritten() throws IOException {
        String seed = Files.readString(BuiltInTextImportTest.SEED);
        Profile straight = ProfileImporter.importFile(BuiltInTextImportTest.SEED, TAKEN).profile().orElseThrow();
        Profile curly = ProfileImporter.importText(SourceText.of("web page", seed.replace('\'', '\u2019')), TAKEN)
                .profile().orElseThrow();
        assertEquals(straight.entryRoutes().routes().stream().map(r -> r.id() + " " + RequirementPhrasings.brief(
                r.rules().toStart())).toList(), curly.entryRoutes().routes().stream().map(r -> r.id() + " "
                + RequirementPhrasings.brief(r.rules().toStart())).toList());
        assertEquals("You\u2019ll need to register with the Health and Care Professions Council.",
                curly.registration().orElseThrow().blocks().get(0).texts().get(0), "word for word");
        assertEquals(straight.routeMap().orElseThrow().pathways().stream().map(p -> p.steps()).toList(),
                curly.routeMap().orElseThrow().pathways().stream().map(p -> p.steps()).toList());
    }

    @Test
    void pastedTextWithWindowsLineEndsTabsAndNoBreakSpacesReadsTheSame() throws IOException {
        String seed = Files.readString(BuiltInTextImportTest.SEED);
        String pasted = seed.replace("\n", "\r\n").replace("  \u2022 ", "\t\u2022\u00a0").replace("Clinical engineers design",
                "\u200bClinical engineers design");
        assertEquals(ProfileImporter.importFile(BuiltInTextImportTest.SEED, TAKEN).profile(),
                ProfileImporter.importText(SourceText.of("pasted text", pasted), TAKEN).profile());
    }
}
