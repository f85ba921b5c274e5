package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.careerroutes.handout.HandoutSamples;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.PlanFile;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My skills and Things I've done, in the real window: a skill rated on one job's Skills and
 * subjects shows on another job that lists it; encounters are added in the form, listed newest
 * first on My plan, changed, and deleted after a question; both are there after a restart, and
 * on a shared computer they last the session and nothing is written.
 */
class SkillsAndEncountersUITest extends AppUITestBase {

    /** Problem solving: the fifth of the built-in profile's skills. */
    private static final int PROBLEM_SOLVING = 4;

    @TempDir
    Path content;

    private void openSkills() {
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openMyPlan() {
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The showing node with this id (pages of profiles shown before are kept, hidden). */
    private <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() != null && treeVisible(n)).queryAs(type);
    }

    private boolean shown(String id) {
        return lookup("#" + id).match(n -> n.getScene() != null && treeVisible(n)).tryQuery().isPresent();
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Brought into view as the keyboard would bring it, then clicked. */
    private void click(String id) {
        Node target = node(id, Node.class);
        interact(target::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String id, String text) {
        click(id);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ToggleButton rating(int skill, SkillRating rating) {
        return node("my-skill-" + skill + "-" + rating.key(), ToggleButton.class);
    }

    private void restart(String... args) throws Exception {
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        launch(args);
    }

    /** Fills the encounter form (open) and presses its button. */
    private void fillAndSave(EncounterKind kind, YearMonth month, String who, String learned) {
        interact(() -> {
            node("encounter-kind", ComboBox.class).getSelectionModel().select(kind);
            node("encounter-month", ComboBox.class).getSelectionModel().select(month.getMonth());
            node("encounter-year", ComboBox.class).getSelectionModel().select(Integer.valueOf(month.getYear()));
        });
        type("encounter-who", who);
        type("encounter-learned", learned);
        click("encounter-save");
    }

    @Test
    void aSkillRatedOnOneJobIsOnAnotherAndOnMyPlanAndAfterARestart() throws Exception {
        String folder = twoJobs(content);
        launch(folder);
        openSkills();
        assertEquals("So far: none of the 8 rated yet.", node("my-skills-summary", Label.class).getText());
        click("my-skill-" + PROBLEM_SOLVING + "-confident");
        type("my-skill-" + PROBLEM_SOLVING + "-shown", "Fixed the robot arm in Year 10");
        assertEquals("So far: 1 of 8 confident.", node("my-skills-summary", Label.class).getText());
        assertEquals("Confident, for Problem solving", rating(PROBLEM_SOLVING, SkillRating.CONFIDENT).getAccessibleText());
        assertEquals("When I showed it, for Problem solving",
                node("my-skill-" + PROBLEM_SOLVING + "-shown", TextField.class).getAccessibleText());

        openProfile("medical-physicist");
        openSkills();
        assertTrue(rating(PROBLEM_SOLVING, SkillRating.CONFIDENT).isSelected(), "the student's skill, on every job");
        assertEquals("Fixed the robot arm in Year 10", node("my-skill-" + PROBLEM_SOLVING + "-shown", TextField.class).getText());
        click("my-skill-" + PROBLEM_SOLVING + "-confident");
        assertFalse(rating(PROBLEM_SOLVING, SkillRating.CONFIDENT).isSelected(), "pressed again, the rating is cleared");
        click("my-skill-" + PROBLEM_SOLVING + "-getting-there");
        click("my-skills-subjects");
        assertTrue(node("subjects", Node.class).isFocused(), "the pointer leads to the subjects that help");

        openMyPlan();
        assertEquals("My skills (the same for every job): 0 of 8 confident, 1 getting there.",
                node("my-plan-skills-summary", Label.class).getText());
        assertTrue(allText(node("my-plan-skills", Node.class)).contains(
                "Problem solving: Getting there. When I showed it: Fixed the robot arm in Year 10"));

        restart(folder);
        openSkills();
        assertTrue(rating(PROBLEM_SOLVING, SkillRating.GETTING_THERE).isSelected(), "kept over a restart");
        assertEquals("Fixed the robot arm in Year 10", node("my-skill-" + PROBLEM_SOLVING + "-shown", TextField.class).getText());
        StudentRecord kept = PlanFile.read(Files.readString(environment().plansFolder().resolve("me.careerplan")))
                .student().orElseThrow();
        assertEquals(Optional.of(SkillRating.GETTING_THERE), kept.skill("problem solving").orElseThrow().rating(),
                "in the student's record");
    }

    @Test
    void encountersAreAddedListedNewestFirstChangedAndDeletedAfterAQuestionAndKept() throws Exception {
        String folder = twoJobs(content);
        launch(folder);
        openMyPlan();
        assertTrue(shown("encounter-none"));
        assertTrue(node("encounter-csv", Button.class).isDisabled(), "nothing to save yet");
        click("encounter-add");
        assertTrue(node("encounter-kind", ComboBox.class).isFocused(), "the form starts where the student starts");
        click("encounter-save");
        assertTrue(node("encounter-form-problem", Label.class).getText().startsWith("Choose what it was"));
        fillAndSave(EncounterKind.OPEN_DAY, YearMonth.of(2025, 3), "University of Leeds", "The labs have real scanners.");
        assertFalse(shown("encounter-form"), "the form closes");
        assertTrue(node("encounter-add", Button.class).isFocused(), "and the keyboard goes back to Add");

        openProfile("medical-physicist");
        openMyPlan();
        click("encounter-add");
        fillAndSave(EncounterKind.CAREERS_FAIR, YearMonth.of(2025, 10), "NEC Birmingham", "Physicists at the NHS stand.");
        String first = allText(node("encounter-card-0", Node.class));
        assertTrue(first.startsWith("October 2025 \u00b7 Careers fair"), "the newest first: " + first);
        assertTrue(first.contains("Thinking about: Medical physicist"), first);
        assertTrue(allText(node("encounter-card-1", Node.class)).contains("Thinking about: Clinical engineer"),
                "the one added on the other job, with its job");

        click("encounter-card-1-change");
        TextArea learned = node("encounter-learned", TextArea.class);
        assertEquals("The labs have real scanners.", learned.getText());
        type("encounter-next", "Ask about the MEng.");
        click("encounter-save");
        assertTrue(allText(node("encounter-card-1", Node.class)).contains("What will I do next?\nAsk about the MEng."),
                allText(node("encounter-card-1", Node.class)));

        click("encounter-card-0-delete");
        assertTrue(node("encounter-question-no", Button.class).isFocused(), "the safe answer first");
        assertTrue(allText(node("encounter-question", Node.class)).startsWith("Delete \u201cCareers fair, October 2025"));
        click("encounter-question-no");
        assertTrue(shown("encounter-card-1"), "kept");
        click("encounter-card-0-delete");
        click("encounter-question-yes");
        assertFalse(shown("encounter-card-1"), "one left");
        assertTrue(allText(node("encounter-card-0", Node.class)).startsWith("March 2025 \u00b7 Open day"));

        restart(folder);
        openMyPlan();
        assertTrue(allText(node("encounter-card-0", Node.class)).contains("Ask about the MEng."), "kept over a restart");
        assertFalse(shown("encounter-card-1"));
        assertFalse(node("encounter-csv", Button.class).isDisabled());
        StudentRecord kept = PlanFile.read(Files.readString(environment().plansFolder().resolve("me.careerplan")))
                .student().orElseThrow();
        assertEquals("Clinical engineer", kept.encounters().get(0).job());
    }

    @Test
    void onASharedComputerSkillsAndEncountersLastTheSessionAndNothingIsWritten() throws Exception {
        Path machine = environment().kioskConfigFolder();
        Files.createDirectories(machine);
        Files.writeString(machine.resolve("machine.properties"), "sharedComputer=true\n");
        launch();
        openSkills();
        click("my-skill-" + PROBLEM_SOLVING + "-not-yet");
        openMyPlan();
        click("encounter-add");
        fillAndSave(EncounterKind.WORK_EXPERIENCE, YearMonth.of(2026, 1), "St James's Hospital", "A week with the team.");
        assertTrue(shown("encounter-card-0"));
        assertTrue(shown("encounter-csv"), "a student takes them away as a CSV, where they choose");

        restart();
        openSkills();
        assertFalse(rating(PROBLEM_SOLVING, SkillRating.NOT_YET).isSelected(), "gone when the app closed");
        openMyPlan();
        assertTrue(shown("encounter-none"));
        assertFalse(Files.exists(environment().plansFolder()), "nothing of the student's on the machine");
    }

    @Test
    void longTextsAreHeldToTheRecordsLimitsWhereTheStudentTypes() throws Exception {
        launch();
        openMyPlan();
        click("encounter-add");
        interact(() -> {
            node("encounter-kind", ComboBox.class).getSelectionModel().select(EncounterKind.VOLUNTEERING);
            node("encounter-month", ComboBox.class).getSelectionModel().select(Month.JANUARY);
            node("encounter-who", TextField.class).setText("w".repeat(250));
            node("encounter-learned", TextArea.class).setText("l".repeat(1_200));
        });
        assertEquals(StudentRecord.MAX_WHO_OR_WHERE, node("encounter-who", TextField.class).getLength());
        assertTrue(node("encounter-who-count", Label.class).getText().startsWith("This line holds 200 characters"));
        assertEquals(StudentRecord.MAX_REFLECTION, node("encounter-learned", TextArea.class).getLength());
        click("encounter-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(environment().plansFolder().resolve("me.careerplan")));
        assertTrue(allText(node("encounter-card-0", Node.class)).contains("w".repeat(200)));
    }

    @Test
    void anOlderPlanIsReadAndUpgradedOnTheNextSaveWithItsFileKeptAsideOnce() throws Exception {
        Path plans = environment().plansFolder();
        Files.createDirectories(plans);
        String earlier = "{\n  \"formatVersion\": 1,\n  \"app\": \"Career Routes\",\n  \"profile\": \"clinical-engineer\",\n"
                + "  \"pathway\": null,\n  \"marks\": {},\n  \"stepNotes\": {},\n  \"note\": \"from before\",\n"
                + "  \"qualifications\": [\n    {\"type\": \"gcse\", \"subject\": \"Maths\", \"grade\": \"7\", "
                + "\"predicted\": false}\n  ]\n}\n";
        Path job = plans.resolve("clinical-engineer.careerplan");
        Files.writeString(job, earlier);
        launch();
        openSkills();
        click("my-skill-" + PROBLEM_SOLVING + "-confident");
        openMyPlan();
        click("encounter-add");
        fillAndSave(EncounterKind.ONLINE_EVENT, YearMonth.of(2026, 2), "IPEM webinar", "What the job is like.");
        type("my-plan-note", ", and after");
        restart();

        assertEquals(earlier, Files.readString(plans.resolve("clinical-engineer.careerplan.v1")), "kept aside as it was");
        assertEquals(2, PlanFile.read(Files.readString(job)).formatVersion(), "the job's file, upgraded");
        StudentRecord record = PlanFile.read(Files.readString(plans.resolve("me.careerplan"))).student().orElseThrow();
        assertEquals("Maths", record.qualifications().get(0).subject(), "the earlier qualifications are the student's");
        assertEquals(Optional.of(SkillRating.CONFIDENT), record.skill("Problem solving").orElseThrow().rating());
        assertEquals("IPEM webinar", record.encounters().get(0).whoOrWhere());

        openMyPlan();
        type("my-plan-note", " again");
        restart();
        assertEquals(earlier, Files.readString(plans.resolve("clinical-engineer.careerplan.v1")), "kept aside once, never replaced");
        assertTrue(PlanFile.read(Files.readString(job)).job().orElseThrow().note().endsWith("and after again"));
    }
}
