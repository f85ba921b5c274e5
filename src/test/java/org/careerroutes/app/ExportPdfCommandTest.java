package org.careerroutes.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportPdfCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int export(Optional<Path> content, Path target, Optional<String> pathway) {
        return ExportPdfCommand.run(content, target, pathway, LocalDate.of(2026, 11, 30),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String builtIn() throws IOException {
        try (InputStream in = ExportPdfCommandTest.class.getResourceAsStream("/profiles/clinical-engineer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theBuiltInProfileIsWrittenFollowingTheChosenPathway(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        assertEquals(0, export(Optional.empty(), pdf, Optional.of("ptp")));
        assertEquals("Wrote " + pdf + ": Clinical engineer" + System.lineSeparator(), out());
        assertEquals("", err());
        String text = text(pdf);
        assertTrue(text.contains("My pathway: NHS Practitioner Training Programme"), text);
        assertTrue(text.contains("Open Government Licence v3.0"), text);
        assertEquals(List.of("handout.pdf"), names(dir));
    }

    @Test
    void aFolderOfProfilesGivesOnePdfEachWithAProgressLine(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(content.resolve("a.json"), builtIn());
        Files.writeString(content.resolve("b.json"), builtIn().replaceFirst("\"id\": \"clinical-engineer\"", "\"id\": \"clinical-engineer-copy\"")
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Clinical engineer (copy)\""));
        Path folder = dir.resolve("handouts");
        assertEquals(0, export(Optional.of(content), folder, Optional.empty()));
        assertEquals(List.of("clinical-engineer-copy.pdf", "clinical-engineer.pdf"), names(folder));
        String[] lines = out().split("\\R");
        assertEquals("Wrote " + folder.resolve("clinical-engineer.pdf") + " (1 of 2): Clinical engineer", lines[0]);
        assertEquals("Wrote " + folder.resolve("clinical-engineer-copy.pdf") + " (2 of 2): Clinical engineer (copy)", lines[1]);
        assertTrue(text(folder.resolve("clinical-engineer-copy.pdf")).contains("Clinical engineer (copy): my plan"));
    }

    @Test
    void anUnknownPathwayIsBadUsageAndNamesTheKnownOnes(@TempDir Path dir) {
        assertEquals(2, export(Optional.empty(), dir.resolve("x.pdf"), Optional.of("astronaut")));
        assertEquals("career-routes: --pathway: there is no pathway \"astronaut\" in the profile clinical-engineer; "
                + "its pathways are: degree-stp, apprenticeship, ptp, private-sector" + System.lineSeparator(), err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aFolderForOneProfileIsBadUsage(@TempDir Path dir) {
        assertEquals(2, export(Optional.empty(), dir, Optional.empty()));
        assertTrue(err().contains(dir + " is a folder: give the name of the PDF file to write"), err());
    }

    @Test
    void aPathThatCannotBeWrittenSaysWhyAndExitsOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        assertEquals(1, export(Optional.empty(), file.resolve("handout.pdf"), Optional.empty()));
        assertTrue(err().startsWith("career-routes: --export-pdf: " + file.resolve("handout.pdf") + ": cannot be written"), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals("", out());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void contentWithErrorsListsTheProblemsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), builtIn().replace("\"title\": \"University\"", "\"title\": 3"));
        Path pdf = dir.resolve("bad.pdf");
        assertEquals(1, export(Optional.of(bad), pdf, Optional.empty()));
        assertTrue(err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*title must be text.*"
                + "no handout written: 1 file has errors.*"), err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void missingContentIsBadUsage(@TempDir Path dir) {
        assertEquals(2, export(Optional.of(dir.resolve("nowhere.json")), dir.resolve("x.pdf"), Optional.empty()));
        assertTrue(err().contains("nowhere.json: no such file or folder"), err());
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeviceAtTheTargetIsNeverReplaced() throws IOException {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device));
        assertEquals(1, export(Optional.empty(), device, Optional.empty()));
        assertEquals("career-routes: --export-pdf: /dev/null: is not a plain file (it may be a device or a pipe), "
                + "so it is not written over" + System.lineSeparator(), err());
        assertFalse(Files.isRegularFile(device), "/dev/null is still the device");
    }

    @Test
    void aPipeOrALinkAtTheTargetIsLeftAsItIsWithExitOne(@TempDir Path dir) throws Exception {
        Path fifo = org.careerroutes.files.Fifos.make(dir.resolve("pipe.pdf"));
        assertEquals(1, export(Optional.empty(), fifo, Optional.empty()));
        assertTrue(err().contains(fifo + ": is not a plain file"), err());
        assertFalse(Files.isRegularFile(fifo));

        err.reset();
        Path target = Files.writeString(dir.resolve("someone-else.txt"), "theirs");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), target);
        assertEquals(1, export(Optional.empty(), link, Optional.empty()));
        assertTrue(err().contains(link + ": is a link to another file"), err());
        assertEquals("theirs", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aPlainFileAtTheTargetIsReplaced(@TempDir Path dir) throws IOException {
        Path old = Files.writeString(dir.resolve("handout.pdf"), "an old handout");
        assertEquals(0, export(Optional.empty(), old, Optional.empty()));
        assertTrue(text(old).contains("Clinical engineer"));
    }
}
