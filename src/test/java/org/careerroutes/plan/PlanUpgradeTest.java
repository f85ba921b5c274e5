package org.careerroutes.plan;

import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.careerroutes.plan.PlanStoreTest.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans saved by format version 1 (one file per job, each with the qualifications entered in it)
 * on the first start of format version 2: the jobs' files become jobs' parts, the qualifications
 * of the most recently changed file that has any become the record's (said once), and each file
 * is copied aside once, as it was, before it is first replaced.
 */
class PlanUpgradeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T07:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** A plan file exactly as version 1 of Career Routes wrote it. */
    private static String firstVersion(String profile, String note, List<StudentQualification> qualifications) {
        StringBuilder entered = new StringBuilder();
        for (StudentQualification each : qualifications) {
            entered.append(entered.length() == 0 ? "\n" : ",\n").append("    {\n      \"type\": \"")
                    .append(PlanFile.typeKey(each.type())).append("\",\n      \"subject\": \"").append(each.subject())
                    .append("\",\n      \"grade\": \"").append(each.gradeText()).append("\",\n      \"predicted\": ")
                    .append(each.predicted()).append("\n    }");
        }
        return "{\n  \"formatVersion\": 1,\n  \"app\": \"Career Routes\",\n  \"profile\": \"" + profile + "\",\n"
                + "  \"pathway\": \"degree-stp\",\n  \"marks\": {\n    \"gcses\": \"done\"\n  },\n  \"stepNotes\": {},\n"
                + "  \"note\": \"" + note + "\",\n  \"qualifications\": [" + entered + (entered.length() == 0 ? "" : "\n  ")
                + "]\n}\n";
    }

    private Path write(String name, String text, String changed) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(changed)));
        return file;
    }

    private static final List<StudentQualification> OLDER = List.of(q(QualificationType.GCSE, "Maths", "5", false));
    private static final List<StudentQualification> LATEST = List.of(q(QualificationType.GCSE, "Maths", "7", false),
            q(QualificationType.A_LEVEL, "Physics", "B", true));

    @Test
    void theLatestQualificationsBecomeTheRecordsAndEachFileIsCopiedAsideOnceBeforeItIsReplaced() throws Exception {
        Path older = write("nurse.careerplan", firstVersion("nurse", "older", OLDER), "2026-01-01T10:00:00Z");
        Path latest = write("clinical-engineer.careerplan", firstVersion("clinical-engineer", "latest", LATEST),
                "2026-03-01T10:00:00Z");
        write("paramedic.careerplan", firstVersion("paramedic", "no grades in it, changed last", List.of()),
                "2026-06-01T10:00:00Z");
        byte[] latestAsItWas = Files.readAllBytes(latest);

        PlanStore store = new PlanStore(folder, CLOCK);
        PlanKeeping.LoadedRecord record = store.loadRecord();
        assertEquals(LATEST, record.record().qualifications(), "the most recently changed file with any");
        assertTrue(record.upgraded(), "to be kept as a record at once");
        assertEquals(Optional.empty(), record.problem());
        String news = record.news().orElseThrow();
        assertTrue(news.contains("now belong to you, not to one job"), news);
        assertTrue(news.contains("\u201cclinical-engineer\u201d"), news);
        assertTrue(news.contains("Your plans for 1 other job had qualifications in them too"), news);
        assertTrue(news.contains(".careerplan.v1"), news);
        assertEquals(latestAsItWas.length, Files.readAllBytes(latest).length, "reading changes no file");

        store.saveRecord(record.record());

        // Each job's file is read as its part; its qualifications are the record's now, not the job's.
        PlanKeeping.Loaded job = store.load("clinical-engineer");
        assertEquals(Optional.empty(), job.problem());
        assertEquals("latest", job.plan().note());
        assertEquals(Optional.of(StepMark.DONE), job.plan().mark("gcses"));
        assertTrue(job.plan().student().isEmpty());
        assertFalse(Files.exists(folder.resolve("clinical-engineer.careerplan.v1")), "not copied until it is replaced");

        store.save(job.plan().withNote("latest, changed"));
        Path copy = folder.resolve("clinical-engineer.careerplan.v1");
        assertArrayEquals(latestAsItWas, Files.readAllBytes(copy), "the file as it was, kept aside");
        PlanFile.Read now = PlanFile.read(Files.readString(latest));
        assertEquals(PlanFile.FORMAT_VERSION, now.formatVersion());
        assertEquals(Optional.empty(), now.student(), "rewritten as a job's part");
        store.save(job.plan().withNote("changed again"));
        assertArrayEquals(latestAsItWas, Files.readAllBytes(copy), "copied once: the copy is never replaced");

        // A version 1 file emptied by the student is copied aside before it goes, too.
        store.load("nurse");
        store.save(MyPlan.empty("nurse"));
        assertFalse(Files.exists(older));
        assertEquals(firstVersion("nurse", "older", OLDER), Files.readString(folder.resolve("nurse.careerplan.v1")));

        // The next start reads the record it kept, and says nothing again.
        PlanKeeping.LoadedRecord again = new PlanStore(folder, CLOCK).loadRecord();
        assertEquals(LATEST, again.record().qualifications());
        assertFalse(again.upgraded());
        assertEquals(Optional.empty(), again.news());
    }

    @Test
    void withNoQualificationsInAnyOlderPlanTheRecordStartsEmptyAndNothingIsSaid() throws Exception {
        write("nurse.careerplan", firstVersion("nurse", "mine", List.of()), "2026-01-01T10:00:00Z");
        write("broken.careerplan", "{ \"formatVersion\": 1, ", "2026-05-01T10:00:00Z");
        PlanKeeping.LoadedRecord record = new PlanStore(folder, CLOCK).loadRecord();
        assertTrue(record.record().isEmpty());
        assertFalse(record.upgraded());
        assertEquals(Optional.empty(), record.news());
        assertEquals(Optional.empty(), record.problem(), "a damaged job's file is said when its job is shown, not here");
        assertTrue(Files.exists(folder.resolve("broken.careerplan")), "and it is left as it is");
    }

    @Test
    void aFirstVersionFileOpenedReplacesOnlyTheQualificationsAndOnlyWhenItHasSome() throws Exception {
        StudentRecord mine = PlanStoreTest.fullRecord();
        PlanFile.Read withSome = PlanFile.read(firstVersion("clinical-engineer", "x", LATEST));
        assertEquals(PlanFile.FIRST_VERSION, withSome.formatVersion());
        StudentRecord after = withSome.recordOver(mine);
        assertEquals(LATEST, after.qualifications());
        assertEquals(mine.skills(), after.skills(), "a version 1 file knew nothing of skills: they stay");
        assertEquals(mine.encounters(), after.encounters());
        assertEquals(mine.shortlist(), after.shortlist());

        PlanFile.Read withNone = PlanFile.read(firstVersion("clinical-engineer", "x", List.of()));
        assertEquals(mine, withNone.recordOver(mine), "nothing entered in it: the record is as it was");

        PlanFile.Read second = PlanFile.read(PlanFile.write(MyPlan.empty("clinical-engineer")));
        assertEquals(StudentRecord.EMPTY, second.recordOver(mine), "a version 2 file's record is the record it holds");
    }
}
