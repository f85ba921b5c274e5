package org.careerroutes.jobs.view;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.JobsWording;
import org.careerroutes.jobs.PackReading;
import org.careerroutes.jobs.RouteType;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.careerroutes.jobs.TestPack.gcse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Jobs page holds and decides, without a stage: the test pack, a record, opening jobs. */
class JobsViewModelTest {

    private final SimpleObjectProperty<JobPack> pack = new SimpleObjectProperty<>(JobPack.of(TestPack.profiles()));
    private final ReadOnlyObjectWrapper<StudentRecord> record = new ReadOnlyObjectWrapper<>(StudentRecord.EMPTY);
    private final List<Profile> shown = new ArrayList<>();

    private JobsViewModel model(Background background) {
        return new JobsViewModel(pack, record.getReadOnlyProperty(), change -> record.set(change.apply(record.get())),
                background, shown::add);
    }

    private List<String> titles(JobsViewModel model) {
        return model.cards().stream().map(c -> c.job().title()).toList();
    }

    @Test
    void everyJobIsCountedAndTheFirstPageOfCardsShown() {
        pack.set(JobPack.of(manyProfiles(60)));
        JobsViewModel model = model(Background.sameThread());
        assertEquals("60 jobs", model.countProperty().get());
        assertEquals(JobsViewModel.PAGE, model.cards().size());
        assertEquals("Show 12 more (12 not shown yet)", model.moreProperty().get());
        model.showMore();
        assertEquals(60, model.cards().size());
        assertEquals("", model.moreProperty().get());
        model.queryProperty().set("job");
        assertEquals(JobsViewModel.PAGE, model.cards().size(), "a new search starts at the first page again");
    }

    @Test
    void aSearchCountsWhatItFindsAndSaysWhenItFindsNothing() {
        JobsViewModel model = model(Background.sameThread());
        model.queryProperty().set("nurs");
        assertEquals("6 of 32 jobs", model.countProperty().get());
        assertEquals(List.of("Nurse", "Dental nurse", "Veterinary nurse"), titles(model).subList(0, 3));
        JobCard pharmacist = model.cards().stream().filter(c -> c.job().id().equals("pharmacist"))
                .findFirst().orElseThrow();
        assertEquals("What you'll do", pharmacist.found().orElseThrow().field());
        assertFalse(pharmacist.foundMarks().isEmpty());

        model.queryProperty().set("xyz");
        assertEquals("No job matches \u201cxyz\u201d", model.nothingFoundProperty().get());
        assertEquals(List.of(), model.cards());
        model.wantWayIn(RouteType.COLLEGE, true);
        assertEquals("No job matches \u201cxyz\u201d with these filters", model.nothingFoundProperty().get());
        model.clearSearch();
        assertEquals("18 of 32 jobs", model.countProperty().get());
        model.clearFilters();
        assertEquals("32 jobs", model.countProperty().get());
        assertEquals("", model.nothingFoundProperty().get());
    }

    @Test
    void onTrackForMeNeedsQualificationsAndCardsThenSayTheVerdict() {
        JobsViewModel model = model(Background.sameThread());
        assertFalse(model.onTrackAvailableProperty().get());
        assertTrue(model.cards().stream().allMatch(c -> c.verdict().isEmpty()), "no verdicts before qualifications");
        record.set(record.get().withQualifications(List.of(gcse("English", "3"), gcse("Maths", "3"))));
        assertTrue(model.onTrackAvailableProperty().get());
        model.onTrackForMe(true);
        assertEquals("11 of 32 jobs", model.countProperty().get());
        JobCard bricklayer = model.cards().get(0);
        assertEquals("Bricklayer", bricklayer.job().title());
        assertEquals("Bricklayer. College: you meet the usual entry requirements for a level 1 course and for a level 2 "
                + "course (and 1 other route)", bricklayer.accessibleText());
    }

    @Test
    void theStarPutsAJobOnTheStudentsShortlistAndTakesItOff() {
        JobsViewModel model = model(Background.sameThread());
        model.toggleShortlist("nurse", "Nurse");
        assertTrue(record.get().isShortlisted("nurse"));
        assertTrue(model.isShortlisted("nurse"));
        assertTrue(model.cards().stream().filter(c -> c.job().id().equals("nurse")).findFirst().orElseThrow().shortlisted());
        assertEquals("Nurse", model.shortlistedJobs().get(0).title());
        model.onlyMyShortlist(true);
        assertEquals(List.of("Nurse"), titles(model));
        model.toggleShortlist("nurse", "Nurse");
        assertFalse(record.get().isShortlisted("nurse"));
        assertEquals(List.of(), model.cards());
    }

    @Test
    void aFullShortlistSaysSoAndKeepsWhatItHas() {
        StudentRecord full = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_SHORTLIST; i++) {
            full = full.withShortlisted("job-" + i, "Job " + i);
        }
        record.set(full);
        JobsViewModel model = model(Background.sameThread());
        model.toggleShortlist("nurse", "Nurse");
        assertFalse(record.get().isShortlisted("nurse"));
        assertEquals("Your shortlist holds 1,000 jobs, the most it can: take one off to add another.",
                model.messageProperty().get());
    }

    @Test
    void aJobIsReadAwayFromTheWindowWhileThePageSaysSoAndAJobOpenedLatelyNeedsNoFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        for (String name : List.of("nurse.json", "chef.json")) {
            Files.copy(TestPack.FOLDER.resolve(name), folder.resolve(name));
        }
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.empty(), "test",
                Optional.empty());
        reading.follow(pack::set);
        reading.run();
        LaterBackground later = new LaterBackground();
        JobsViewModel model = model(later);
        model.open("nurse");
        assertEquals("Opening Nurse\u2026", model.openingProperty().get());
        model.open("chef");
        assertEquals(1, later.waiting.size(), "one job at a time");
        later.runAll();
        assertEquals("", model.openingProperty().get());
        assertEquals(List.of("Nurse"), shown.stream().map(Profile::title).toList());

        Files.writeString(folder.resolve("nurse.json"), "{ \"title\": ");
        model.open("nurse");
        assertTrue(later.waiting.isEmpty(), "opened lately: no file is read");
        assertEquals(2, shown.size());

        Files.writeString(folder.resolve("chef.json"), "{ \"title\": ");
        model.open("chef");
        later.runAll();
        assertEquals(2, shown.size(), "a broken file shows nothing");
        assertTrue(model.messageProperty().get().startsWith("Chef could not be opened: " + folder.resolve("chef.json")
                + ":1:"), model.messageProperty().get());
        assertTrue(model.messageProperty().get().endsWith("The other jobs can still be opened."));
    }

    @Test
    void theFoldersProblemsAreSaidInASentence(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        Files.copy(TestPack.FOLDER.resolve("nurse.json"), folder.resolve("nurse.json"));
        Files.writeString(folder.resolve("broken.json"), "{");
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.empty(), "test",
                Optional.empty());
        reading.follow(pack::set);
        reading.run();
        JobsViewModel model = model(Background.sameThread());
        assertEquals("1 file could not be read; the other job is listed.", model.problemsProperty().get(),
                "nothing of the nurse's warnings: a student cannot act on them");
        assertEquals("The jobs of the other files are listed on the Jobs page, those of the 1 file with warnings too.",
                JobsWording.problemsOutcome(model.problemFiles()));
    }

    @Test
    void filesWithWarningsOnlyAreNotSaidToAStudent(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        Files.copy(TestPack.FOLDER.resolve("nurse.json"), folder.resolve("nurse.json"));
        Files.copy(TestPack.FOLDER.resolve("chef.json"), folder.resolve("chef.json"));
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.empty(), "test",
                Optional.empty());
        reading.follow(pack::set);
        reading.run();
        assertEquals(2, pack.get().problems().size(), "both profiles have warnings");
        JobsViewModel model = model(Background.sameThread());
        assertEquals("", model.problemsProperty().get());
        assertEquals("Every job is listed on the Jobs page, those of the 2 files with warnings too.",
                JobsWording.problemsOutcome(model.problemFiles()));
    }

    @Test
    void enteringQualificationsGoesToTheJobOnShowOrTheFirstJobWhoseRoutesAreChecked() {
        JobsViewModel model = model(Background.sameThread());
        List<String> onTrack = new ArrayList<>();
        model.enterQualifications("nurse", () -> onTrack.add("on track"));
        assertEquals(List.of("on track"), onTrack, "the nurse's routes are checked: its own page");
        assertEquals(List.of(), shown, "no other job opened");
        model.enterQualifications("farm-worker", () -> onTrack.add("on track of " + shown.get(shown.size() - 1).id()));
        assertEquals("on track of accountant", onTrack.get(1),
                "the farm worker's page has no form: the first job by title whose routes are checked");
        assertEquals("Skip to the 32 jobs", model.skipToProperty().get());
        model.queryProperty().set("pilot");
        assertEquals("Skip to the job", model.skipToProperty().get());
        model.queryProperty().set("xyz");
        assertEquals("", model.skipToProperty().get(), "nothing to skip to");
    }

    @Test
    void jobsLikeThisComeFromTheJobsOnOffer() {
        JobsViewModel model = model(Background.sameThread());
        Profile nurse = TestPack.profiles().stream().filter(p -> p.id().equals("nurse")).findFirst().orElseThrow();
        assertEquals("Paramedic", model.like(nurse).get(0).job().title());
        pack.set(JobPack.of(List.of(nurse)));
        assertEquals(List.of(), model.like(nurse), "no other job: none like it");
    }

    /** Copies of one profile with ids and titles of their own: "Job 1", "Job 2"… */
    static List<Profile> manyProfiles(int count) {
        Profile nurse = TestPack.profiles().stream().filter(p -> p.id().equals("nurse")).findFirst().orElseThrow();
        List<Profile> many = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            many.add(new Profile("job-" + i, "Job " + i, nurse.summary(), nurse.duties(), nurse.entryRoutes(),
                    nurse.registration(), nurse.skills(), nurse.subjects(), nurse.workplaces(), nurse.careerPath(),
                    nurse.salary(), nurse.hours(), nurse.source(), nurse.facts(), nurse.routeMap()));
        }
        return many;
    }
}
