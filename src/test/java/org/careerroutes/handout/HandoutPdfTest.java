package org.careerroutes.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoutPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final Profile profile = HandoutSamples.builtIn();

    private byte[] pdf(MyPlan plan) throws IOException {
        byte[] bytes = HandoutPdf.bytes(Handout.of(profile, plan, DAY));
        // Kept for a person to look at; the build folder is thrown away.
        Path folder = Path.of("target", "handout-samples");
        Files.createDirectories(folder);
        Files.write(folder.resolve(plan.pathway().orElse("none") + "-" + plan.note().length() + ".pdf"), bytes);
        return bytes;
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theRoutesComparedAreInTheHandoutWithTheirTimesPayAndTimeline() throws IOException {
        CompareSelection graduate = new CompareSelection(List.of("degree-stp", "private-sector"),
                org.careerroutes.compare.StartingPoint.DEGREE, 2026);
        byte[] bytes = HandoutPdf.bytes(Handout.of(profile, HandoutSamples.plan(), DAY, Optional.empty(),
                Optional.of(graduate)));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String flat = squeezed(text(document));
            assertTrue(document.getNumberOfPages() <= 2, document.getNumberOfPages() + " pages");
            assertAll(
                    () -> assertTrue(flat.contains(squeezed("Routes compared")), flat),
                    () -> assertTrue(flat.contains(squeezed("Times are counted from September 2027")), flat),
                    () -> assertTrue(flat.contains(squeezed("Degree, then the NHS Scientist Training Programme")), flat),
                    () -> assertTrue(flat.contains(squeezed("Degree, then the private sector to chartered engineer")), flat),
                    () -> assertTrue(flat.contains(squeezed("To registration: 3 years (registered in 2030)")), flat),
                    () -> assertTrue(flat.contains(squeezed("Paid while training: ✓ Paid — NHS Scientist Training Programme (STP): Employed by the NHS on a fixed-term contract. Source: The profile")), flat),
                    () -> assertTrue(flat.contains(squeezed("My verdict:")), "the student's verdict on each route"),
                    () -> assertTrue(flat.contains(squeezed("Timeline: 2027–2030: NHS Scientist Training Programme (STP)")), flat),
                    () -> assertFalse(flat.contains(squeezed("Degree apprenticeship To registration")), "only the routes chosen"));
        }
        assertEquals(List.of(), Handout.of(profile, MyPlan.empty(profile.id()), DAY).comparisons(),
                "no routes compared, no comparison (the command line)");
    }

    @Test
    void theTextHasThePathwayStepsNotesVerdictsAndAttribution() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(HandoutSamples.plan()))) {
            String text = text(document);
            String flat = squeezed(text);
            assertAll(
                    () -> assertTrue(text.contains("Clinical engineer: my plan"), text),
                    () -> assertTrue(flat.contains(squeezed("My pathway: Degree apprenticeship")), text),
                    () -> assertTrue(flat.contains(squeezed("1. GCSEs (Qualification) ☑ Done")), text),
                    () -> assertTrue(flat.contains(squeezed("3. Healthcare science practitioner degree apprenticeship "
                            + "(Training) ☆ Considering")), text),
                    () -> assertTrue(flat.contains(squeezed("Usual length: about 36 months")), text),
                    () -> assertTrue(flat.contains(squeezed("Entry requirements (Apprenticeship): You'll usually "
                            + "need four or five GCSEs")), text),
                    () -> assertTrue(flat.contains(squeezed("My note: Ask Ms Patel about the open day at the hospital")), text),
                    () -> assertTrue(flat.contains(squeezed("Other steps I marked")), text),
                    () -> assertTrue(flat.contains(squeezed("NHS Practitioner Training Programme (PTP) (Training) ⊘ Not for me")), text),
                    () -> assertTrue(flat.contains(squeezed("Am I on track?")), text),
                    () -> assertTrue(flat.contains(squeezed("GCSE Maths, grade 7")), text),
                    () -> assertTrue(flat.contains(squeezed("Apprenticeship: ✗ Not yet You need two more GCSEs at grade 4 or above")), text),
                    () -> assertTrue(flat.contains(squeezed("Visit the medical physics department in the spring")), text),
                    () -> assertTrue(flat.contains(squeezed(profile.source().attribution())), text),
                    () -> assertTrue(flat.contains(squeezed("Licence: Open Government Licence v3.0")), text),
                    () -> assertTrue(flat.contains(squeezed("30 November 2026")), text));
        }
    }

    @Test
    void theMapsLabelsAreText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(MyPlan.empty(profile.id())))) {
            // A word too long for its box is broken with a hyphen.
            String flat = squeezed(text(document)).replace("-", "");
            for (MapNode node : profile.routeMap().orElseThrow().nodes()) {
                assertTrue(flat.contains(squeezed(node.title()).replace("-", "")), node.title() + " in " + flat);
            }
            for (MapStage stage : profile.routeMap().orElseThrow().stages()) {
                assertTrue(flat.contains(squeezed(stage.title())), stage.title());
            }
            // Steps off the pathway, unmarked, appear only on the map.
            assertTrue(flat.contains("Medicalresearch"));
            assertTrue(flat.contains("Teaching"));
        }
    }

    @Test
    void noPageHasAPicture() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(HandoutSamples.longNotes(profile)))) {
            for (PDPage page : document.getPages()) {
                assertEquals(List.of(), images(page.getResources()));
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(content.matches("(?s).*\\bBI\\b.*\\bID\\b.*"), "an inline image");
            }
        }
    }

    private static List<String> images(PDResources resources) throws IOException {
        List<String> found = new ArrayList<>();
        if (resources == null) {
            return found;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                found.add(name.getName());
            } else if (object instanceof PDFormXObject form) {
                found.addAll(images(form.getResources()));
            }
        }
        return found;
    }

    @Test
    void pagesAreA4AndLongNotesFitTwoWithNothingCut() throws IOException {
        MyPlan plan = HandoutSamples.longNotes(profile);
        try (PDDocument document = Loader.loadPDF(pdf(plan))) {
            assertTrue(document.getNumberOfPages() <= HandoutPdf.MAX_PAGES, document.getNumberOfPages() + " pages");
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01);
            }
            String flat = squeezed(text(document));
            for (String note : plan.stepNotes().values()) {
                assertTrue(flat.contains(squeezed(note)));
            }
            assertTrue(flat.contains(squeezed(plan.note().split("\\R")[0])));
            assertTrue(flat.contains(squeezed("Page 2 of 2")), flat);
        }
    }

    @Test
    void anEmptyPlanFitsOnePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(MyPlan.empty(profile.id())))) {
            assertEquals(1, document.getNumberOfPages());
            String text = text(document);
            assertTrue(squeezed(text).contains(squeezed("A pathway: Degree, then the NHS Scientist Training Programme")), text);
            assertFalse(text.contains("Am I on track?"));
        }
    }

    @Test
    void theDocumentHasATitleALanguageAndItsFontsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(HandoutSamples.plan()))) {
            assertEquals("Clinical engineer: my plan", document.getDocumentInformation().getTitle());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), "a subset: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 2);
        }
    }

    @Test
    void whatTheFontsCannotDrawIsMarkedWhereItWasNeverDrawnWrong() throws IOException {
        MyPlan plan = HandoutSamples.plan().withNote("Open day \u4E2D\uD83E\uDDE0 on Friday\u0007");
        try (PDDocument document = Loader.loadPDF(pdf(plan))) {
            assertTrue(text(document).contains("Open day [text not shown][emoji] on Friday"), text(document));
        }
    }

    /** Issue 20: Arabic and Hebrew came out left to right with letters unjoined, and emoji as "?????". */
    @Test
    void rightToLeftWritingAndEmojiAreMarkedAsNotShown() throws IOException {
        MyPlan plan = HandoutSamples.plan().withNote("Ask about \u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"
                + " and \u05E9\u05DC\u05D5\u05DD today \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 "
                + "\uD83C\uDDEC\uD83C\uDDE7 \u2714\uFE0F done. Caf\u00e9 \u0394 \u0416 \u2611");
        try (PDDocument document = Loader.loadPDF(pdf(plan))) {
            String text = text(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ask about [right-to-left text not shown] and [right-to-left text not shown] today "
                    + "[emoji] \u2714 done. Caf\u00e9 \u0394 \u0416 \u2611"), "a symbol the fonts have is drawn: " + text);
            String notes = text.substring(text.indexOf("My notes"));
            assertFalse(notes.contains("?"), "nothing drawn as a question mark: " + notes);
        }
    }

    @Test
    void anUnknownPathwayIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Handout.of(profile, MyPlan.empty(profile.id()), DAY, Optional.of("astronaut")));
        assertEquals("there is no pathway \"astronaut\" in the profile clinical-engineer; its pathways are: "
                + "degree-stp, apprenticeship, ptp, private-sector", e.getMessage());
    }

    // ----- issue 20: profiles the loader accepts, however large, give a handout of bounded pages, cut with "…"

    private static PDDocument handoutOf(Profile hostile, Optional<String> pathway) throws IOException {
        return Loader.loadPDF(HandoutPdf.bytes(Handout.of(hostile, MyPlan.empty(hostile.id()), DAY, pathway)));
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aOneWordSummaryOf64000CharactersIsWrittenWhole() throws IOException {
        try (PDDocument document = handoutOf(HandoutSamples.withSummary("x".repeat(64_000)), Optional.empty())) {
            assertTrue(document.getNumberOfPages() <= HandoutPdf.MAX_ANY_PAGES);
            String text = text(document);
            assertTrue(text.chars().filter(c -> c == 'x').count() >= 64_000, "the whole word, broken over lines and pages");
            assertFalse(text.contains(HandoutPdf.STOPS_HERE));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"one-word", "words"})
    @org.junit.jupiter.api.Timeout(120)
    void aSummaryOfMegabytesStopsWithAnEllipsisAtTheLastPage(String kind) throws IOException {
        String summary = kind.equals("one-word") ? "x".repeat(1_000_000)
                : "ordinary words make a long summary ".repeat(4_400_000 / 35);
        try (PDDocument document = handoutOf(HandoutSamples.withSummary(summary), Optional.empty())) {
            assertEquals(HandoutPdf.MAX_ANY_PAGES, document.getNumberOfPages());
            String last = new PDFTextStripper() {{
                setStartPage(HandoutPdf.MAX_ANY_PAGES);
            }}.getText(document);
            assertTrue(last.contains(HandoutPdf.STOPS_HERE), last);
            assertTrue(squeezed(last).contains("\u2026"));
            assertTrue(squeezed(last).contains("Page12of12"), "every page keeps its footer");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void nineHundredStepsWithTitlesOf3000CharactersFitTheLastPageAndTheMapBoxes() throws IOException {
        try (PDDocument document = handoutOf(HandoutSamples.withManySteps(900, 3_000), Optional.of("long"))) {
            assertTrue(document.getNumberOfPages() <= HandoutPdf.MAX_ANY_PAGES, document.getNumberOfPages() + " pages");
            String text = text(document);
            assertTrue(text.contains(HandoutPdf.STOPS_HERE), "the steps beyond the pages are cut, and that is said");
            assertTrue(text.contains("\u2026"));
        }
    }
}
