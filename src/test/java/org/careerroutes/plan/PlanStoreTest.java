package org.careerroutes.plan;

import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.files.Fifos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans kept for a user: each job's part and the student's record, saved, read back, damaged files
 * kept aside (the record's apart from the jobs'), cut writes, Clear and Clear everything.
 */
class PlanStoreTest {

    private static final String PROFILE = "clinical-engineer";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T07:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    static StudentQualification q(QualificationType type, String subject, String grade, boolean predicted) {
        return ((QualificationEntry.Accepted) QualificationEntry.of(type, subject, grade, predicted)).qualification();
    }

    static MyPlan fullPlan() {
        return MyPlan.empty(PROFILE)
                .withPathway(Optional.of("degree-stp"))
                .withMark("gcses", Optional.of(StepMark.DONE))
                .withMark("a-levels", Optional.of(StepMark.CONSIDERING))
                .withMark("apprenticeship", Optional.of(StepMark.NOT_FOR_ME))
                .withStepNote("a-levels", "Maths, physics \u2013 and \"further maths\"?\nAsk Ms Khan.")
                .withNote("Open day at Leeds on 14 March.\n\tBring a pen. \u00e9\u00e8 \u2603")
                .withQualifications(List.of(
                        q(QualificationType.GCSE, "Maths", "7", false),
                        q(QualificationType.GCSE, "Combined science", "5-4", false),
                        q(QualificationType.A_LEVEL, "Physics", "B", true),
                        q(QualificationType.DEGREE, "Mechanical engineering", "2:1", true),
                        q(QualificationType.EXPERIENCE, "Voluntary work in a hospital", "", false)));
    }

    private Path planFile() {
        return folder.resolve(PROFILE + ".careerplan");
    }

    @Test
    void aPlanSavedIsReadBackAsItWas() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        MyPlan plan = fullPlan();
        store.save(plan);
        assertTrue(Files.isRegularFile(planFile()));
        PlanKeeping.Loaded loaded = new PlanStore(folder, CLOCK).load(PROFILE);
        assertEquals(Optional.empty(), loaded.problem());
        assertEquals(plan.jobOnly(), loaded.plan(), "the job's part: the record is kept in its own file");
        assertEquals(List.of("gcses", "a-levels", "apprenticeship"), List.copyOf(loaded.plan().marks().keySet()),
                "marks keep their order");
        assertFalse(Files.readString(planFile()).contains("\"me\""), "no record in a job's file");
    }

    @Test
    void theRecordIsSavedInItsOwnFileAndReadBackAsItWas() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        StudentRecord record = fullRecord();
        store.saveRecord(record);
        assertTrue(Files.isRegularFile(folder.resolve("me.careerplan")));
        PlanKeeping.LoadedRecord loaded = new PlanStore(folder, CLOCK).loadRecord();
        assertEquals(Optional.empty(), loaded.problem());
        assertEquals(Optional.empty(), loaded.news());
        assertFalse(loaded.upgraded());
        assertEquals(record, loaded.record());
        assertEquals("5-4", loaded.record().qualifications().get(1).gradeText());
        assertEquals(2, loaded.record().qualifications().get(1).grades().length, "a double award keeps both grades");

        store.saveRecord(StudentRecord.EMPTY);
        assertFalse(Files.exists(folder.resolve("me.careerplan")), "an empty record leaves no file");
    }

    /** A record with something in every part. */
    static StudentRecord fullRecord() {
        return fullPlan().student()
                .withSkill("Problem solving", new SkillReflection(Optional.of(SkillRating.CONFIDENT),
                        "Fixed the robot's arm in the Year 10 project"))
                .withSkill("Teamwork", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withEncounter(new Encounter("encounter-1", EncounterKind.OPEN_DAY, java.time.YearMonth.of(2026, 3),
                        "University of Leeds", "Clinical engineer", "Labs with real scanners.\nStudents build devices.", "Yes: more hands-on",
                        "Ask about the MEng"))
                .withShortlisted("clinical-engineer", "Clinical engineer")
                .withShortlisted("nurse", "Nurse");
    }

    @Test
    void aJobWhoseIdIsMeIsNotKeptInTheRecordsFile() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(MyPlan.empty("me").withNote("a job called me"));
        store.saveRecord(fullRecord());
        assertTrue(Files.isRegularFile(folder.resolve("_me.careerplan")));
        assertEquals("a job called me", store.load("me").plan().note());
        assertEquals(fullRecord(), store.loadRecord().record());
    }

    @Test
    void aDamagedRecordIsSetAsideAndEveryJobsPlanStillLoads() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        store.save(MyPlan.empty("nurse").withNote("a nurse's plan"));
        Path me = folder.resolve("me.careerplan");
        Files.writeString(me, "{\n  \"formatVersion\": 2,\n  \"me\": {\n    \"skills\": {\"Teamwork\": {\"rating\": \"brilliant\"}}\n  }\n}\n");

        PlanKeeping.LoadedRecord record = store.loadRecord();
        assertTrue(record.record().isEmpty());
        String message = record.problem().orElseThrow();
        assertTrue(message.startsWith("Your saved record"), message);
        assertTrue(message.contains(me + ":4: "), message);
        assertTrue(message.contains("brilliant"), message);
        assertTrue(message.contains("copied to " + folder.resolve("me.careerplan.2026-11-30T0712.bad")), message);
        assertEquals(Optional.empty(), record.news(), "a damaged record is not made again from older plans");

        assertEquals(fullPlan().jobOnly(), store.load(PROFILE).plan(), "the jobs' plans load as they were");
        assertEquals("a nurse's plan", store.load("nurse").plan().note());
        store.saveRecord(fullRecord());
        assertEquals(fullRecord(), store.loadRecord().record(), "and the record is saved again");
    }

    @Test
    void aDamagedJobsPlanIsSetAsideAndTheRecordStillLoads() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.saveRecord(fullRecord());
        Files.writeString(planFile(), "{ \"formatVersion\": 2, \"profile\": \"clinical-engineer\", ");
        assertTrue(store.load(PROFILE).problem().orElseThrow().contains("ends too early"));
        assertEquals(fullRecord(), store.loadRecord().record());
    }

    @Test
    void aRecordInAJobsFileAndAJobInTheRecordsFileAreNotTakenForWhatTheyAreNot() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        Files.createDirectories(folder);
        Files.writeString(planFile(), PlanFile.write(fullPlan()));
        String message = store.load(PROFILE).problem().orElseThrow();
        assertTrue(message.contains("holds a student's record as well as the plan"), message);
        Files.writeString(folder.resolve("me.careerplan"), PlanFile.writeJob(fullPlan()));
        String recordMessage = store.loadRecord().problem().orElseThrow();
        assertTrue(recordMessage.contains("holds the plan for \u201cclinical-engineer\u201d, not only a student's record"),
                recordMessage);
        Files.writeString(planFile(), PlanFile.writeRecord(fullRecord()));
        assertTrue(store.load(PROFILE).problem().orElseThrow().contains("holds a student's record, not the plan"));
    }

    @Test
    void clearingAJobKeepsTheRecordAndClearingEverythingLeavesOnlyCopiesOfDamagedFiles() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        store.save(MyPlan.empty("nurse").withNote("a nurse's plan"));
        store.saveRecord(fullRecord());
        Files.writeString(folder.resolve("nurse.careerplan.v1"), "an earlier version's plan");
        Files.writeString(folder.resolve("me.careerplan4411.new"), "{");
        Files.writeString(folder.resolve("old.careerplan.2026-01-01T1000.bad"), "kept aside earlier");
        Files.writeString(folder.resolve("notes.txt"), "not a plan");

        store.clear(PROFILE);
        assertFalse(Files.exists(planFile()));
        assertEquals(fullRecord(), store.loadRecord().record(), "the record stays");

        store.clearEverything();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("notes.txt", "old.careerplan.2026-01-01T1000.bad"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(store.loadRecord().record().isEmpty());
        assertTrue(store.load("nurse").plan().isEmpty());
    }

    @Test
    void noFileGivesAnEmptyPlanAndNoProblem() {
        PlanKeeping.Loaded loaded = new PlanStore(folder.resolve("not-yet"), CLOCK).load(PROFILE);
        assertTrue(loaded.plan().isEmpty());
        assertEquals(PROFILE, loaded.plan().profile());
        assertEquals(Optional.empty(), loaded.problem());
    }

    @Test
    void aDamagedPlanIsCopiedAsideAndReportedWithItsFileAndLine() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        String text = Files.readString(planFile());
        String damaged = text.replace("\"considering\"", "\"maybe\"");
        Files.writeString(planFile(), damaged);
        int line = lineOf(damaged, "\"maybe\"");

        PlanKeeping.Loaded loaded = store.load(PROFILE);

        assertTrue(loaded.plan().isEmpty(), "an empty plan is shown in its place");
        String message = loaded.problem().orElseThrow();
        assertTrue(message.contains(planFile() + ":" + line + ":"), message);
        assertTrue(message.contains("maybe"), message);
        Path copy = folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad");
        assertTrue(message.contains(copy.toString()), message);
        assertEquals(damaged, Files.readString(copy), "the copy aside is the file as it was");
        assertEquals(damaged, Files.readString(planFile()), "nothing is wiped until the student changes the plan");

        store.save(MyPlan.empty(PROFILE).withNote("new start"));
        assertEquals(damaged, Files.readString(copy), "the copy stays when the plan is saved again");
        assertEquals("new start", store.load(PROFILE).plan().note());
    }

    @Test
    void aCutOffPlanIsReportedNotCrashed() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        String text = Files.readString(planFile());
        Files.writeString(planFile(), text.substring(0, text.indexOf("\"marks\"")));   // cut off between two lines
        PlanKeeping.Loaded loaded = store.load(PROFILE);
        assertTrue(loaded.problem().orElseThrow().contains("ends too early"), loaded.problem().get());
        assertTrue(loaded.problem().get().contains(planFile() + ":"), loaded.problem().get());
    }

    @Test
    void bytesThatAreNotTextAreReportedAndKept() throws Exception {
        Files.createDirectories(folder);
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80};
        Files.write(planFile(), junk);
        PlanKeeping.Loaded loaded = new PlanStore(folder, CLOCK).load(PROFILE);
        assertTrue(loaded.problem().orElseThrow().contains("not UTF-8"), loaded.problem().get());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".bad")).count());
        }
    }

    @Test
    void aLeftoverTemporaryFileFromACutWriteDoesNotBreakLoading() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        MyPlan plan = fullPlan();
        store.save(plan);
        // What a power cut in the middle of the next save leaves: half a temporary file beside the plan.
        String text = Files.readString(planFile());
        Path leftover = folder.resolve(PROFILE + ".careerplan8812345.new");
        Files.writeString(leftover, text.substring(0, 40), StandardCharsets.UTF_8);

        PlanKeeping.Loaded loaded = store.load(PROFILE);
        assertEquals(Optional.empty(), loaded.problem());
        assertEquals(plan.jobOnly(), loaded.plan());

        // And with only the leftover (the first save was cut): no plan, no problem.
        Files.delete(planFile());
        PlanKeeping.Loaded none = store.load(PROFILE);
        assertEquals(Optional.empty(), none.problem());
        assertTrue(none.plan().isEmpty());
    }

    @Test
    void clearRemovesThePlanAndAnyLeftoverFromTheDisk() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        Files.writeString(folder.resolve(PROFILE + ".careerplan555.new"), "{");
        store.save(MyPlan.empty("another-profile").withNote("keep me"));

        store.clear(PROFILE);

        assertFalse(Files.exists(planFile()));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("another-profile.careerplan"), files.map(p -> p.getFileName().toString()).toList(),
                    "only the other profile's plan is left");
        }
        assertTrue(store.load(PROFILE).plan().isEmpty());
    }

    @Test
    void anEmptyPlanLeavesNoFile() throws Exception {
        PlanStore store = new PlanStore(folder, CLOCK);
        store.save(fullPlan());
        store.save(MyPlan.empty(PROFILE));
        assertFalse(Files.exists(planFile()));
    }

    @Test
    void aPlanForAnotherProfileInTheFileIsNotTakenForThisOne() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(planFile(), PlanFile.writeJob(MyPlan.empty("nurse").withNote("x")));
        PlanKeeping.Loaded loaded = new PlanStore(folder, CLOCK).load(PROFILE);
        assertTrue(loaded.plan().isEmpty());
        assertTrue(loaded.problem().orElseThrow().contains("nurse"), loaded.problem().get());
    }

    @Test
    void aPlanThatCannotBeCopiedAsideIsNotSavedOver() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(planFile(), "{ not json");
        // A copy cannot be made when its name is taken by a folder at every number tried.
        PlanStore store = new PlanStore(folder, CLOCK);
        Files.createDirectory(folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad"));
        for (int n = 2; n < 100; n++) {
            Files.createDirectory(folder.resolve(PROFILE + ".careerplan.2026-11-30T0712-" + n + ".bad"));
        }
        PlanKeeping.Loaded loaded = store.load(PROFILE);
        assertTrue(loaded.problem().orElseThrow().contains("could not be kept aside"), loaded.problem().get());
        assertThrows(java.io.IOException.class, () -> store.save(MyPlan.empty(PROFILE).withNote("x")));
        assertEquals("{ not json", Files.readString(planFile()));
    }

    // ----- from issue 20: a 43-byte file, things that are not files, and what an earlier version wrote

    @ParameterizedTest
    @ValueSource(strings = {"{\"formatVersion\": 1, \"profile\": 1e99999999}",
            "{\"formatVersion\": 2e999999999, \"profile\": \"clinical-engineer\"}",
            "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"note\": 1e99999999}",
            "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"qualifications\": [-1e-99999999]}"})
    void aHugeNumberIsADamagedFileSetAsideNeverANumberWorkedOut(String text) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(planFile(), text);
        PlanKeeping.Loaded loaded = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new PlanStore(folder, CLOCK).load(PROFILE), "read as written, never expanded");
        assertTrue(loaded.plan().isEmpty());
        String message = loaded.problem().orElseThrow();
        assertTrue(message.contains(planFile() + ":1: "), message);
        assertTrue(message.contains("99999999"), "the number is named as written: " + message);
        assertTrue(message.contains("copied to " + folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad")), message);
        assertEquals(text, Files.readString(folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad")));
    }

    @Test
    @Timeout(20)
    void aPipeAtThePlanPathIsMovedAsideUnreadAndThePlanIsSavedAgain() throws Exception {
        Files.createDirectories(folder);
        Fifos.make(planFile());
        PlanStore store = new PlanStore(folder, CLOCK);
        PlanKeeping.Loaded loaded = store.load(PROFILE);
        String message = loaded.problem().orElseThrow();
        assertTrue(message.contains(planFile() + ": is not a plain file"), message);
        Path aside = folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad");
        assertTrue(message.contains("moved to " + aside), message);
        assertTrue(Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(aside), "the pipe, moved");
        store.save(MyPlan.empty(PROFILE).withNote("saved again"));
        assertEquals("saved again", store.load(PROFILE).plan().note());
    }

    @Test
    @Timeout(20)
    void aLinkToADeviceOrAnotherFileIsNeverFollowedNorCopied() throws Exception {
        Files.createDirectories(folder);
        Path secret = Files.writeString(folder.getParent().resolve("passwd-" + System.nanoTime()), "root:x:0:0:root");
        for (Path target : List.of(Path.of("/dev/zero"), secret)) {
            Files.deleteIfExists(planFile());
            Files.createSymbolicLink(planFile(), target);
            PlanStore store = new PlanStore(folder, Clock.offset(CLOCK, Duration.ofMinutes(target.equals(secret) ? 1 : 0)));
            PlanKeeping.Loaded loaded = store.load(PROFILE);
            assertTrue(loaded.problem().orElseThrow().contains("is a link to another file"), loaded.problem().get());
            try (Stream<Path> files = Files.list(folder)) {
                for (Path each : files.toList()) {
                    assertTrue(Files.isSymbolicLink(each), "only the link itself is kept aside, nothing read through it: " + each);
                }
            }
        }
        assertEquals("root:x:0:0:root", Files.readString(secret));
    }

    @Test
    void aFolderAtThePlanPathIsMovedAsideWholeAndSavesWorkAgain() throws Exception {
        Files.createDirectories(planFile());
        Files.writeString(planFile().resolve("inside.txt"), "kept");
        PlanStore store = new PlanStore(folder, CLOCK);
        String message = store.load(PROFILE).problem().orElseThrow();
        Path aside = folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad");
        assertTrue(message.contains(planFile() + ": is a folder, not a file"), message);
        assertTrue(message.contains("moved to " + aside), message);
        assertEquals("kept", Files.readString(aside.resolve("inside.txt")), "the folder with everything in it");
        store.save(fullPlan());
        assertEquals(fullPlan().jobOnly(), store.load(PROFILE).plan(), "and every later save works");
    }

    @Test
    void aLinkToNothingSaysSoAndIsMovedAside() throws Exception {
        Files.createDirectories(folder);
        Files.createSymbolicLink(planFile(), folder.resolve("gone.careerplan"));
        PlanStore store = new PlanStore(folder, CLOCK);
        String message = store.load(PROFILE).problem().orElseThrow();
        assertTrue(message.startsWith("Your saved plan could not be read:\n" + planFile()
                + ": is a link to a file that is not there\nIt has been moved to "), message);
        assertTrue(message.endsWith("what you do now is saved as usual."), message);
        store.save(fullPlan());
        assertTrue(Files.isRegularFile(planFile(), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aLongerNoteThanAPlanNowHoldsFromAnEarlierVersionIsReadAndTheFileKeptWhole() throws Exception {
        // What the route map's note box let a student type before it had a limit: 2,500 characters.
        String long2500 = "word ".repeat(500);
        String earlier = "{\n  \"formatVersion\": 1,\n  \"app\": \"Career Routes\",\n  \"profile\": \"clinical-engineer\",\n"
                + "  \"pathway\": null,\n  \"marks\": {},\n  \"stepNotes\": {\n    \"a-levels\": \"" + long2500 + "\"\n  },\n"
                + "  \"note\": \"\",\n  \"qualifications\": []\n}\n";
        Files.createDirectories(folder);
        Files.writeString(planFile(), earlier);
        PlanKeeping.Loaded loaded = new PlanStore(folder, CLOCK).load(PROFILE);
        assertEquals(long2500.substring(0, MyPlan.MAX_STEP_NOTE), loaded.plan().stepNote("a-levels").orElseThrow());
        String message = loaded.problem().orElseThrow();
        assertTrue(message.contains("the note on step \u201ca-levels\u201d (2,500 characters; the first 2,000 are kept)"),
                message);
        Path copy = folder.resolve(PROFILE + ".careerplan.2026-11-30T0712.bad");
        assertTrue(message.contains("copied to " + copy), message);
        assertEquals(earlier, Files.readString(copy), "the whole note is in the copy");
    }

    private static int lineOf(String text, String part) {
        String before = text.substring(0, text.indexOf(part));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
