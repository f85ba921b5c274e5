package org.careerroutes.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .careerplan format: what it writes, and every way a file is refused, with its line. */
class PlanFileTest {

    @TempDir
    Path folder;

    @Test
    void theFileSaysItsVersionAndWhatMadeIt() throws Exception {
        String text = PlanFile.write(PlanStoreTest.fullPlan());
        assertTrue(text.startsWith("{\n  \"formatVersion\": 2,\n  \"app\": \"Career Routes\",\n  \"profile\": \"clinical-engineer\""),
                text);
        assertTrue(text.contains("\n  \"me\": {\n    \"qualifications\": ["), "the record, in \"me\": " + text);
        assertEquals(PlanStoreTest.fullPlan(), PlanFile.read(text).plan());
        assertEquals(text, PlanFile.write(PlanFile.read(text).plan()), "writing is deterministic");
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\",\n \"marks\": {\"a\": \"maybe\"}}", 2, "must be one of done, considering, not-for-me"),
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\",\n\n \"colour\": \"red\"}", 3, "unknown field"),
                Arguments.of("{\"formatVersion\": 1,\n \"profile\": 7}", 2, "must be text"),
                Arguments.of("{\"profile\": \"p\"}", 1, "formatVersion"),
                Arguments.of("{\"formatVersion\": 1,\n \"profile\": \"p\",\n \"note\": \"a\",\n \"note\": \"b\"}", 4, "given twice"),
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\",\n \"qualifications\": [{\"type\": \"gcse\", \"subject\": \"Maths\", \"grade\": \"10\"}]}", 2, "not a GCSE grade"),
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\", \n\"qualifications\": [{\"type\": \"btec\", \"subject\": \"x\"}]}", 2, "must be one of gcse"),
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\",\n \"note\": \"a\",}", 2, "not JSON"),
                Arguments.of("[1, 2]", 1, "one JSON object"),
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\"} {}", 1, "not JSON"),
                Arguments.of("{\"formatVersion\": 1.5, \"profile\": \"p\"}", 1, "whole number"),
                // version 1 has no record; version 2 has no qualifications outside it
                Arguments.of("{\"formatVersion\": 1, \"profile\": \"p\",\n \"me\": {}}", 2, "unknown field \u201cme\u201d"),
                Arguments.of("{\"formatVersion\": 2, \"profile\": \"p\",\n \"qualifications\": []}", 2, "unknown field"),
                Arguments.of("{\"formatVersion\": 2,\n \"note\": \"x\", \"me\": {}}", 2, "names no job"),
                Arguments.of("{\"formatVersion\": 2, \"app\": \"Career Routes\"}", 1, "neither a job's plan"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\n\"hobbies\": []}}", 2, "unknown field \u201chobbies\u201d in \"me\""),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"skills\": {\n\"Teamwork\": {\"rating\": \"great\"}}}}", 2,
                        "must be one of confident, getting-there, not-yet"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"skills\": {\"Problem solving\": {\"rating\": \"confident\"},"
                        + "\n\"problem  SOLVING\": {\"rating\": \"not-yet\"}}}}", 2, "the same skill as \u201cProblem solving\u201d on line 1"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"skills\": {\"Teamwork\": {\n\"shownWhen\": \"a\\nb\"}}}}", 2,
                        "one line"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [\n{\"id\": \"e1\", \"kind\": \"party\", "
                        + "\"month\": \"2026-03\"}]}}", 2, "must be one of careers-fair"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [{\"id\": \"e1\", \"kind\": \"other\",\n"
                        + "\"month\": \"2026-13\"}]}}", 2, "such as \"2026-03\""),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [{\"id\": \"e1\", \"kind\": \"other\",\n"
                        + "\"month\": \"1850-01\"}]}}", 2, "1900 to 2199"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [\n{\"kind\": \"other\", \"month\": \"2026-01\"}]}}",
                        2, "\u201cid\u201d is missing"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [{\"id\": \"e1\", \"kind\": \"other\", "
                        + "\"month\": \"2026-01\"},\n{\"id\": \"e1\", \"kind\": \"other\", \"month\": \"2026-02\"}]}}", 2,
                        "two encounters have the id"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"encounters\": [{\"id\": \"e1\", \"kind\": \"other\", "
                        + "\"month\": \"2026-01\",\n\"job\": \"Nurse\\nMidwife\"}]}}", 2, "the job of encounter \u201ce1\u201d is one line"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"shortlist\": [{\"profile\": \"nurse\", \"title\": \"Nurse\"},"
                        + "\n{\"profile\": \"nurse\", \"title\": \"Nurse\"}]}}", 2, "on the shortlist twice"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"shortlist\": [\n{\"profile\": \"nurse\"}]}}", 2,
                        "\"title\" is missing"),
                Arguments.of("{\"formatVersion\": 2, \"me\": {\"shortlist\": [{\"profile\": \"nurse\",\n\"title\": \" \"}]}}", 2,
                        "is blank"));
    }

    @ParameterizedTest
    @MethodSource("badPlans")
    void aFileThatIsNotAPlanIsRefusedWithItsLine(String text, int line, String words) {
        PlanFile.BadPlan bad = assertThrows(PlanFile.BadPlan.class, () -> PlanFile.read(text));
        assertTrue(bad.getMessage().contains(words), bad.getMessage());
        assertEquals(line, bad.line(), bad.getMessage());
        assertFalse(bad.newer());
    }

    @Test
    void anEncounterNamesTheJobItWasAboutAndOneWithoutAJobIsRead() throws Exception {
        String text = PlanFile.write(PlanStoreTest.fullPlan().withStudent(PlanStoreTest.fullRecord()));
        assertTrue(text.matches("(?s).*\"whoOrWhere\": \"University of Leeds\",\\s*\"job\": \"Clinical engineer\".*"), text);
        Encounter without = PlanFile.read("{\"formatVersion\": 2, \"me\": {\"encounters\": [{\"id\": \"e1\", "
                + "\"kind\": \"careers-fair\", \"month\": \"2026-01\"}]}}").student().orElseThrow().encounters().get(0);
        assertEquals("", without.job(), "a job not said is none");
        assertEquals(EncounterKind.CAREERS_FAIR, without.kind());
    }

    @Test
    void aNewerFormatIsNamedAsSuch() {
        PlanFile.BadPlan bad = assertThrows(PlanFile.BadPlan.class,
                () -> PlanFile.read("{\"formatVersion\": 3, \"profile\": \"p\", \"stickers\": []}"));
        assertTrue(bad.newer());
        assertTrue(bad.getMessage().contains("newer version"), bad.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "{\"formatVersion\": 1, \"profile\": \"p\", \"note\": " + "[".repeat(100_000);
        assertThrows(PlanFile.BadPlan.class, () -> PlanFile.read(deep));
    }

    @Test
    void unknownStepsAreKept() throws Exception {
        MyPlan plan = PlanFile.read("{\"formatVersion\": 1, \"profile\": \"p\", \"marks\": {\"a-step-since-removed\": \"done\"}}").plan();
        assertEquals(StepMark.DONE, plan.mark("a-step-since-removed").orElseThrow());
    }

    @Test
    void openingAPlanForAnotherProfileOrANewerVersionSaysSo() throws Exception {
        Path other = folder.resolve("other.careerplan");
        PlanFiles.save(MyPlan.empty("nurse").withNote("hello"), other);
        PlanFiles.Refused refused = assertInstanceOf(PlanFiles.Refused.class,
                PlanFiles.open(other, "clinical-engineer", "Clinical engineer"));
        assertTrue(refused.message().contains("another job profile"), refused.message());
        assertTrue(refused.message().startsWith(other.toString()), refused.message());

        Path newer = folder.resolve("newer.careerplan");
        Files.writeString(newer, "{\n\"formatVersion\": 3, \"profile\": \"clinical-engineer\"}");
        PlanFiles.Refused tooNew = assertInstanceOf(PlanFiles.Refused.class,
                PlanFiles.open(newer, "clinical-engineer", "Clinical engineer"));
        assertTrue(tooNew.newer());
        assertTrue(tooNew.message().startsWith(newer + ":2:"), tooNew.message());

        Path good = folder.resolve("mine.careerplan");
        PlanFiles.save(PlanStoreTest.fullPlan(), good);
        PlanFiles.Read read = assertInstanceOf(PlanFiles.Read.class,
                PlanFiles.open(good, "clinical-engineer", "Clinical engineer"));
        assertEquals(PlanStoreTest.fullPlan(), read.contents().plan());
    }
}
