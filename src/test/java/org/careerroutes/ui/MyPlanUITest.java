package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFile;
import org.careerroutes.plan.StepMark;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student makes a plan in My plan, from the keyboard, and finds it again; clears it; is told of a damaged one. */
class MyPlanUITest extends AppUITestBase {

    private Path planFile() {
        return environment().plansFolder().resolve("clinical-engineer.careerplan");
    }

    /** Ctrl and the tab's digit, as the Go menu says. */
    private void openMyPlan() {
        KeyCode digit = KeyCode.getKeyCode(String.valueOf(ProfileSection.MY_PLAN.shortcutDigit().orElseThrow()));
        press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#page-my-plan").tryQuery().isPresent(), "My plan is shown");
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).queryAs(type);
    }

    /** Moves keyboard focus to a control, as Tab would, and checks it got there. */
    private void focus(String id) {
        Node target = node(id, Node.class);
        interact(target::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(target.isFocused(), id + " has focus");
    }

    private String shown(String id) {
        return allText(node(id, Node.class));
    }

    @Test
    void thePlanCanBeSavedAsAPdfOrPrintedAfterAPreviewOfItsPages() throws Exception {
        launch();
        openMyPlan();
        assertTrue(node("my-plan-pdf", javafx.scene.control.Button.class).isVisible(), "Save as PDF… is offered");
        assertTrue(lookup("#my-plan-take-away").tryQuery().isEmpty(), "no QR code away from a kiosk");
        javafx.scene.control.Button print = node("my-plan-print", javafx.scene.control.Button.class);
        assertTrue(print.isVisible(), "Print… is offered");
        if (!print.isDisabled()) {
            focus("my-plan-print");
            type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(lookup("#handout-pages").tryQuery().isPresent(), "the preview shows the handout's pages");
        } else {
            assertTrue(print.getAccessibleText().contains("no printer"), print.getAccessibleText());
        }
    }

    @Test
    void aMarkMadeOnTheRouteMapIsKeptAndShownOnTheMapAndInMyPlanNextTime() throws Exception {
        launch();
        clickOn(lookup(".tab").match(t -> "tab-route-map".equals(t.getId())).queryAs(Node.class));
        org.careerroutes.routemap.MapCanvas canvas = lookup("#map-canvas").queryAs(org.careerroutes.routemap.MapCanvas.class);
        org.careerroutes.routemap.StepView aLevels = lookup("#step-a-levels").queryAs(org.careerroutes.routemap.StepView.class);
        interact(() -> canvas.reveal(aLevels));
        clickOn(aLevels);
        clickOn("#plan-considering");
        WaitForAsyncUtils.waitForFxEvents();

        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        assertTrue(Files.isRegularFile(planFile()), "saved in the user's data folder");
        launch();
        clickOn(lookup(".tab").match(t -> "tab-route-map".equals(t.getId())).queryAs(Node.class));
        assertEquals("\u2606 Considering",
                lookup("#step-a-levels").queryAs(org.careerroutes.routemap.StepView.class).planMarkShown());
        openMyPlan();
        interact(() -> node("my-plan-pathway", ComboBox.class).getSelectionModel().select("degree-stp"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node("my-plan-mark-a-levels-considering", ToggleButton.class).isSelected(), "and in My plan");
    }

    @Test
    void marksAndNotesMadeInMyPlanAreThereWhenTheAppStartsAgain() throws Exception {
        launch();
        enterQualificationOnTrack();
        openMyPlan();
        assertTrue(shown("my-plan-keeping").contains("saved on this computer"), shown("my-plan-keeping"));

        // The favourite pathway, from the keyboard: down from "No pathway chosen yet" to the first.
        focus("my-plan-pathway");
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("degree-stp", node("my-plan-pathway", ComboBox.class).getValue());
        assertTrue(shown("my-plan-steps").contains("1. GCSEs"), shown("my-plan-steps"));
        assertTrue(shown("my-plan-steps").contains("usually 3 years"), "each step's usual length");
        assertTrue(shown("my-plan-steps").contains("Entry requirements (University)"), "and its entry requirements");

        focus("my-plan-mark-gcses-done");
        type(KeyCode.SPACE);
        focus("my-plan-mark-a-levels-considering");
        type(KeyCode.SPACE);
        focus("my-plan-step-note-a-levels");
        write("Ask about further maths");
        type(KeyCode.TAB);
        assertFalse(node("my-plan-step-note-a-levels", TextArea.class).isFocused(), "Tab leaves the note");
        focus("my-plan-note");
        write("Open day in March");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown("my-plan-verdicts").contains("GCSE Maths, grade 7"), shown("my-plan-verdicts"));
        assertTrue(shown("my-plan-verdicts").contains("University:"), "each route's verdict");

        // Closed, and started again over the same data folder.
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        assertTrue(Files.isRegularFile(planFile()), "saved in the user's data folder: " + planFile());
        launch();
        openMyPlan();

        assertEquals("degree-stp", node("my-plan-pathway", ComboBox.class).getValue());
        assertTrue(node("my-plan-mark-gcses-done", ToggleButton.class).isSelected());
        assertTrue(node("my-plan-mark-a-levels-considering", ToggleButton.class).isSelected());
        assertFalse(node("my-plan-mark-degree-done", ToggleButton.class).isSelected());
        assertEquals("Ask about further maths", node("my-plan-step-note-a-levels", TextArea.class).getText());
        assertEquals("Open day in March", node("my-plan-note", TextArea.class).getText());
        assertTrue(shown("my-plan-verdicts").contains("GCSE Maths, grade 7"));

        // The qualifications are back in "Am I on track?" too.
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("qual-list").contains("GCSE Maths, grade 7"), shown("qual-list"));
    }

    private void enterQualificationOnTrack() {
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        enterQualification(QualificationType.GCSE, "Maths", "7", false);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clearMyPlanAsksFirstThenClearsThisJobsPlanOrEverything() throws Exception {
        Files.createDirectories(planFile().getParent());
        Files.writeString(planFile(), PlanFile.writeJob(MyPlan.empty("clinical-engineer").withPathway(Optional.of("ptp"))
                .withMark("gcses", Optional.of(StepMark.DONE)).withNote("Keep this?")));
        Path record = environment().plansFolder().resolve("me.careerplan");
        launch();
        enterQualificationOnTrack();
        openMyPlan();
        assertTrue(node("my-plan-mark-gcses-done", ToggleButton.class).isSelected(), "the saved plan is shown");

        focus("my-plan-clear");
        type(KeyCode.SPACE);
        String question = shown("my-plan-question");
        assertTrue(question.contains("Clear your plan for Clinical engineer?"), question);
        assertTrue(question.contains("The qualifications you entered are yours, for every job, and stay."), question);
        assertTrue(node("my-plan-question-no", Node.class).isFocused(), "the safe answer has focus");
        type(KeyCode.SPACE);   // Keep my plan
        assertTrue(Files.exists(planFile()));
        assertEquals("Keep this?", node("my-plan-note", TextArea.class).getText());

        focus("my-plan-clear");
        type(KeyCode.SPACE);
        focus("my-plan-question-yes");   // Clear this job's plan
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !Files.exists(planFile()));
        assertEquals("", node("my-plan-note", TextArea.class).getText());
        assertEquals("", node("my-plan-pathway", ComboBox.class).getValue());
        assertTrue(shown("my-plan-status").contains("cleared"));
        assertTrue(shown("my-plan-verdicts").contains("GCSE Maths, grade 7"), "the record stays: " + shown("my-plan-verdicts"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(record));

        focus("my-plan-clear");
        type(KeyCode.SPACE);
        focus("my-plan-question-other");   // Clear everything
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !Files.exists(record));
        assertFalse(shown("my-plan-verdicts").contains("GCSE Maths"), shown("my-plan-verdicts"));
        assertTrue(shown("my-plan-status").startsWith("Everything has been cleared"), shown("my-plan-status"));
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("qual-list").contains("Nothing added yet"), shown("qual-list"));
    }

    @Test
    void aSavedPlanThatCannotBeReadIsKeptAsideAndTheStudentIsToldWhere() throws Exception {
        Files.createDirectories(planFile().getParent());
        Files.writeString(planFile(), "{\n  \"formatVersion\": 1,\n  \"profile\": \"clinical-engineer\",\n"
                + "  \"marks\": {\"gcses\": \"finished\"}\n}\n");
        launch();
        Window dialog = windowWith("plan-problem").orElseThrow(() -> new AssertionError("a dialog says so"));
        String said = allText(dialog.getScene().getRoot());
        assertTrue(said.contains(planFile() + ":4:"), said);
        assertTrue(said.contains("finished"), said);
        interact(dialog::hide);

        openMyPlan();
        String notice = node("my-plan-notice", Label.class).getText();
        assertTrue(notice.contains(planFile() + ":4:") && notice.contains(".bad"), notice);
        try (Stream<Path> files = Files.list(planFile().getParent())) {
            List<Path> copies = files.filter(p -> p.getFileName().toString().endsWith(".bad")).toList();
            assertEquals(1, copies.size());
            assertTrue(Files.readString(copies.get(0)).contains("finished"), "the copy is the file as it was");
        }
        focus("my-plan-notice-dismiss");
        type(KeyCode.SPACE);
        assertFalse(node("my-plan-notice", Label.class).getParent().isVisible(), "gone once read");
    }

    @Test
    void onASharedComputerNothingOfThePlanIsSaved() throws Exception {
        Path machine = environment().kioskConfigFolder();
        Files.createDirectories(machine);
        Files.writeString(machine.resolve("machine.properties"), "sharedComputer=true\n");
        launch();
        enterQualificationOnTrack();
        openMyPlan();
        assertTrue(shown("my-plan-keeping").contains("shared computer"), shown("my-plan-keeping"));
        assertTrue(lookup("#my-plan-save-as").tryQuery().isPresent(), "Save plan as… is offered");
        assertTrue(lookup("#my-plan-open").tryQuery().isPresent(), "and Open plan…");
        interact(() -> node("my-plan-pathway", ComboBox.class).getSelectionModel().select("degree-stp"));
        focus("my-plan-mark-gcses-done");
        type(KeyCode.SPACE);
        focus("my-plan-note");
        write("Not to be left behind");
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();

        assertEquals(List.of(machine.resolve("machine.properties")), planFiles(settingsDir),
                "no plan anywhere in the user's folder (which holds the test's machine folder too): only the machine setting");
    }

    @Test
    void aMachineSettingThatCannotBeReadSavesNothingAndSaysWhy() throws Exception {
        Path machine = environment().kioskConfigFolder();
        Files.createDirectories(machine);
        Files.writeString(machine.resolve("machine.properties"), "# careers room\nsharedComputer=maybe\n");
        launch();
        openMyPlan();
        String keeping = shown("my-plan-keeping");
        assertTrue(keeping.contains(machine.resolve("machine.properties") + ":2:"), keeping);
        assertTrue(keeping.contains("nothing is saved"), keeping);
        focus("my-plan-note");
        write("x");
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        assertEquals(List.of(machine.resolve("machine.properties")), planFiles(settingsDir), "no plan saved");
    }

    /**
     * Every file under a folder but the settings file and the app's lock (an empty file, locked
     * while the app is open, so that a second start brings this window forward: nothing of a
     * student's in it).
     */
    private static List<Path> planFiles(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("settings.properties"))
                    .filter(p -> !p.getFileName().toString().equals("career-routes.lock"))
                    .toList();
        }
    }
}
