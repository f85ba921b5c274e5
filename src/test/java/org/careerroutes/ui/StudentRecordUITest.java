package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.handout.HandoutSamples;
import org.careerroutes.plan.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The qualifications a student enters are theirs, not a job's: entered on one profile's
 * "Am I on track?", they are there on another's, and after the app starts again; on a shared
 * computer they last the session and nothing is written.
 */
class StudentRecordUITest extends AppUITestBase {

    @TempDir
    Path content;

    /** Two jobs in a folder: the built-in one, and a second made from it with its own id and title. */
    private void openOnTrack() {
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String entered() {
        return allText(lookup("#qual-list").queryAs(Node.class));
    }

    private void restart(String... args) throws Exception {
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        launch(args);
    }

    @Test
    void qualificationsEnteredOnOneJobAreThereOnAnotherAndAfterARestart() throws Exception {
        String folder = twoJobs(content);
        launch(folder);
        assertTrue(stage.getTitle().startsWith("Jobs"), "a folder of jobs opens on the Jobs page: " + stage.getTitle());
        openOnTrack();
        assertTrue(stage.getTitle().startsWith("Clinical engineer"), "Ctrl+5 is the first job's tab: " + stage.getTitle());
        enterQualification(QualificationType.GCSE, "Maths", "7", false);
        enterQualification(QualificationType.GCSE, "Physics", "6", false);
        WaitForAsyncUtils.waitForFxEvents();

        openProfile("medical-physicist");
        assertTrue(stage.getTitle().startsWith("Medical physicist"), stage.getTitle());
        openOnTrack();
        assertTrue(entered().contains("GCSE Maths, grade 7") && entered().contains("GCSE Physics, grade 6"),
                "the same qualifications on the other job: " + entered());
        assertTrue(allText(lookup("#page-on-track").queryAs(Node.class)).contains("You meet the usual entry requirements")
                || allText(lookup("#page-on-track").queryAs(Node.class)).contains("Not yet"), "checked against its routes");
        enterQualification(QualificationType.A_LEVEL, "Maths", "A", true);
        WaitForAsyncUtils.waitForFxEvents();

        restart(folder);
        openOnTrack();
        assertTrue(entered().contains("GCSE Maths, grade 7") && entered().contains("A level Maths"), entered());
        openProfile("medical-physicist");
        openOnTrack();
        assertTrue(entered().contains("GCSE Physics, grade 6") && entered().contains("A level Maths"), entered());

        Path plans = environment().plansFolder();
        assertTrue(Files.readString(plans.resolve("me.careerplan")).contains("\"subject\": \"Physics\""),
                "kept once, as the student's record");
        try (Stream<Path> kept = Files.list(plans)) {
            assertEquals(List.of("me.careerplan"), kept.map(p -> p.getFileName().toString()).toList(),
                    "and in no job's plan: neither job has a plan of its own yet");
        }
        assertEquals(PlanFile.FORMAT_VERSION, PlanFile.read(Files.readString(plans.resolve("me.careerplan"))).formatVersion());
    }

    @Test
    void onASharedComputerTheRecordLastsTheSessionAcrossJobsAndNothingIsWritten() throws Exception {
        Path machine = environment().kioskConfigFolder();
        Files.createDirectories(machine);
        Files.writeString(machine.resolve("machine.properties"), "sharedComputer=true\n");
        String folder = twoJobs(content);
        launch(folder);
        openOnTrack();
        enterQualification(QualificationType.GCSE, "Maths", "7", false);
        openProfile("medical-physicist");
        openOnTrack();
        assertTrue(entered().contains("GCSE Maths, grade 7"), entered());

        restart(folder);
        openOnTrack();
        assertFalse(entered().contains("GCSE Maths"), "gone when the app closed: " + entered());
        assertFalse(Files.exists(environment().plansFolder()), "nothing of the student's on the machine");
    }

    @Test
    void plansSavedByTheEarlierVersionBecomeTheRecordAndTheStudentIsToldOnce() throws Exception {
        Path plans = environment().plansFolder();
        Files.createDirectories(plans);
        String earlier = "{\n  \"formatVersion\": 1,\n  \"app\": \"Career Routes\",\n  \"profile\": \"clinical-engineer\",\n"
                + "  \"pathway\": null,\n  \"marks\": {\"gcses\": \"done\"},\n  \"stepNotes\": {},\n  \"note\": \"from before\",\n"
                + "  \"qualifications\": [\n    {\"type\": \"gcse\", \"subject\": \"Chemistry\", \"grade\": \"8\", "
                + "\"predicted\": false}\n  ]\n}\n";
        Files.writeString(plans.resolve("clinical-engineer.careerplan"), earlier);
        String folder = twoJobs(content);
        launch(folder);
        openProfile("medical-physicist");
        openOnTrack();
        assertTrue(entered().contains("GCSE Chemistry, grade 8"), "the earlier plan's qualifications are the student's: "
                + entered());
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String news = allText(lookup("#my-plan-news").queryAs(Node.class));
        assertTrue(news.contains("now belong to you, not to one job"), news);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(plans.resolve("me.careerplan")));
        interact(() -> lookup("#my-plan-news-dismiss").queryButton().fire());
        assertFalse(lookup("#my-plan-news").queryAs(Node.class).getParent().isVisible(), "gone once read");

        openProfile("clinical-engineer");
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        lookup("#my-plan-note").queryAs(javafx.scene.control.TextArea.class);
        assertEquals("from before", lookup("#my-plan-note").queryAs(javafx.scene.control.TextArea.class).getText());
        interact(() -> lookup("#my-plan-note").queryAs(javafx.scene.control.TextArea.class).appendText(", and now"));
        restart(folder);
        assertEquals(earlier, Files.readString(plans.resolve("clinical-engineer.careerplan.v1")),
                "the earlier file, kept aside as it was before it was first saved again");
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("from before, and now", lookup("#my-plan-note").queryAs(javafx.scene.control.TextArea.class).getText());
        assertFalse(lookup("#my-plan-news").queryAs(Node.class).getParent().isVisible(), "said once, not at every start");
    }
}
