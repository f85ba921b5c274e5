package org.careerroutes.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.SkillReflection;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The student's record on the handout, read back from the PDF: "My skills" and "My careers
 * encounters" (the newest first), a full plan still on two pages, and many long encounters
 * shortened to fit, with a line that says how and where all of them are.
 */
class HandoutRecordTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final Profile profile = HandoutSamples.builtIn();

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private record Read(int pages, String text) {
        boolean has(String words) {
            return squeezed(text).contains(squeezed(words));
        }
    }

    private Read read(MyPlan plan, String name) throws IOException {
        byte[] bytes = HandoutPdf.bytes(Handout.of(profile, plan, DAY));
        Path folder = Path.of("target", "handout-samples");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), bytes);   // kept for a person to look at
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new Read(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        }
    }

    static StudentRecord rated(StudentRecord record) {
        return record
                .withSkill("Problem solving", new SkillReflection(Optional.of(SkillRating.CONFIDENT),
                        "Fixed our robot's arm in the Year 10 project"))
                .withSkill("teamwork", SkillReflection.rated(SkillRating.CONFIDENT))
                .withSkill("IT", new SkillReflection(Optional.empty(), "Built the form's website"))
                .withSkill("Numeracy", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withSkill("Time management", SkillReflection.rated(SkillRating.NOT_YET));
    }

    static StudentRecord withEncounters(StudentRecord record) {
        return record
                .withEncounter(new Encounter("encounter-1", EncounterKind.OPEN_DAY, YearMonth.of(2026, 3),
                        "University of Leeds", "Clinical engineer", "The labs have real scanners.",
                        "Yes: it is more hands-on than I thought.", "Ask about the MEng."))
                .withEncounter(new Encounter("encounter-2", EncounterKind.CAREERS_FAIR, YearMonth.of(2026, 10),
                        "NEC Birmingham", "Nurse", "Nurses work with clinical engineers every day.", "", "Look at both jobs."))
                .withEncounter(Encounter.of("encounter-3", EncounterKind.EMPLOYER_TALK, YearMonth.of(2025, 11)));
    }

    @Test
    void theHandoutReadBackHoldsTheSkillsAndTheEncountersNewestFirst() throws IOException {
        MyPlan plan = HandoutSamples.plan().withStudent(withEncounters(rated(HandoutSamples.plan().student())));
        Read handout = read(plan, "record");
        assertAll(
                () -> assertTrue(handout.has("My skills"), handout.text()),
                () -> assertTrue(handout.has("How I am doing with the skills this job needs: 2 of 8 confident, 1 getting "
                        + "there, 1 not yet."), handout.text()),
                () -> assertTrue(handout.has("Problem solving: Confident. When I showed it: Fixed our robot's arm in the "
                        + "Year 10 project"), handout.text()),
                () -> assertTrue(handout.has("IT: not rated. When I showed it: Built the form's website"), handout.text()),
                () -> assertTrue(handout.has("Not rated yet: Communication, Financial planning, Technical ability."),
                        handout.text()),
                () -> assertTrue(handout.has("My careers encounters"), handout.text()),
                () -> assertTrue(handout.has("October 2026 · Careers fair · NEC Birmingham"), handout.text()),
                () -> assertTrue(handout.has("Thinking about: Nurse"), "the job of an encounter about another job"),
                () -> assertFalse(handout.has("Thinking about: Clinical engineer"), "not the handout's own job"),
                () -> assertTrue(handout.has("What did I learn? The labs have real scanners."), handout.text()),
                () -> assertTrue(handout.has("Did it change what I think about this job? Yes: it is more hands-on"),
                        handout.text()),
                () -> assertTrue(handout.has("What will I do next? Ask about the MEng."), handout.text()),
                () -> assertTrue(handout.has("November 2025 · Talk by an employer"), handout.text()),
                () -> assertFalse(handout.has("So that the plan fits"), "nothing shortened"),
                () -> assertTrue(squeezed(handout.text()).indexOf(squeezed("October 2026 · Careers fair"))
                        < squeezed(handout.text()).indexOf(squeezed("March 2026 · Open day")), "the newest first"),
                () -> assertTrue(handout.pages() <= HandoutPdf.MAX_PAGES));
    }

    @Test
    void nothingRatedOrRecordedIsNoSection() throws IOException {
        Read handout = read(HandoutSamples.plan(), "no-record");
        assertFalse(handout.has("My skills"));
        assertFalse(handout.has("My careers encounters"));
    }

    /**
     * A full plan as a student fills it: every step of the pathway marked with a note on each, a
     * note on the plan, grades and their verdicts, three routes compared, every skill rated with
     * when they showed it, and a year of careers encounters with an answer to every question.
     */
    @Test
    void aFullPlanWithEverySkillAndAYearOfEncountersStaysOnTwoPages() throws IOException {
        MyPlan plan = HandoutSamples.plan().withPathway(Optional.of("degree-stp"));
        for (String step : profile.routeMap().orElseThrow().pathway("degree-stp").orElseThrow().steps()) {
            plan = plan.withMark(step, Optional.of(org.careerroutes.plan.StepMark.CONSIDERING))
                    .withStepNote(step, "Ask my form tutor about this step and what it costs; look at two places that "
                            + "offer it and go to an open day at one of them.");
        }
        plan = plan.withNote(("Things to do this year: talk to the careers adviser, look at the NHS pages, and ask the "
                + "physics teacher about work experience in a hospital. ").repeat(2) + "\n\nAsk at the open evening.");
        StudentRecord record = plan.student();
        for (String skill : profile.skills().items()) {
            record = record.withSkill(skill, new SkillReflection(Optional.of(SkillRating.values()[skill.length() % 3]),
                    "When I showed " + skill.toLowerCase(java.util.Locale.UK) + " at school, in my Saturday job and in clubs"));
        }
        String answer = "How the team checks the machines on the wards, who they talk to, and what a normal day is like.";
        for (int i = 1; i <= 5; i++) {
            record = record.withEncounter(new Encounter("encounter-" + i, EncounterKind.values()[i], YearMonth.of(2026, i),
                    "Leeds General Infirmary", "Clinical engineer", answer, "A little: " + answer, "Ask about " + answer));
        }
        byte[] bytes = HandoutPdf.bytes(Handout.of(profile, plan.withStudent(record), DAY, Optional.empty(),
                Optional.of(new org.careerroutes.compare.CompareSelection(java.util.List.of("degree-stp", "apprenticeship",
                        "ptp"), org.careerroutes.compare.StartingPoint.YEAR_12, 2026))));
        Files.write(Path.of("target", "handout-samples", "full-plan.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Read handout = new Read(document.getNumberOfPages(), new PDFTextStripper().getText(document));
            assertTrue(handout.pages() <= HandoutPdf.MAX_PAGES, handout.pages() + " pages");
            assertTrue(handout.has("Routes compared"), "and the routes compared");
            assertFalse(handout.has("So that the plan fits"), "all five in full: " + handout.text());
            assertEquals(5, squeezed(handout.text()).split(squeezed("What did I learn?"), -1).length - 1);
            assertEquals(8, squeezed(handout.text()).split(squeezed("When I showed it:"), -1).length - 1);
        }
    }

    @Test
    void manyLongEncountersAreShortenedToTwoPagesAndTheHandoutSaysHow() throws IOException {
        MyPlan notes = HandoutSamples.longNotes(profile);
        StudentRecord record = rated(notes.student());
        String answer = MyPlan.cut("What I made of it, at length, sentence after sentence. ".repeat(40),
                StudentRecord.MAX_REFLECTION);
        for (int i = 0; i < StudentRecord.MAX_ENCOUNTERS; i++) {
            record = record.withEncounter(new Encounter("encounter-" + i, EncounterKind.values()[i % 8],
                    YearMonth.of(2001 + i / 12, 1 + i % 12), "Number " + i + " " + "w".repeat(150), "Clinical engineer",
                    answer, answer, answer));
        }
        Read handout = read(notes.withStudent(record), "many-encounters");
        assertTrue(handout.pages() <= HandoutPdf.MAX_PAGES, handout.pages() + " pages");
        assertTrue(handout.has("So that the plan fits two pages, the newest"), handout.text());
        assertTrue(handout.has("All 300, in full, are on My plan in Career Routes"), handout.text());
        assertTrue(handout.has("Number 299"), "the newest is there");
        assertTrue(handout.has("My skills"), "the skills are never shortened");
        for (String note : notes.stepNotes().values()) {
            assertTrue(handout.has(note), "the notes are all there");
        }
    }

    @Test
    void aSpreadShortensOneStepAtATime() {
        assertEquals(new RecordOnPaper.Spread(5, 0), RecordOnPaper.Spread.shortened(5, 0));
        assertEquals(new RecordOnPaper.Spread(3, 2), RecordOnPaper.Spread.shortened(5, 2));
        assertEquals(new RecordOnPaper.Spread(0, 5), RecordOnPaper.Spread.shortened(5, 5));
        assertEquals(new RecordOnPaper.Spread(0, 2), RecordOnPaper.Spread.shortened(5, 8));
        assertEquals(new RecordOnPaper.Spread(0, 0), RecordOnPaper.Spread.shortened(5, 99));
    }
}
