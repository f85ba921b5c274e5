package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.routemap.MapCanvas;
import org.careerroutes.routemap.StepView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, "a long note makes the whole plan unreadable": a note typed on a route-map step had
 * no limit, was written, and was refused when read, so after a restart the plan was empty. Now
 * the boxes hold what the plan holds and show it: a counter near the limit, no more taken at the
 * limit, and a paste cut with a message. What is kept is there when the app starts again.
 */
class NoteLimitsUITest extends AppUITestBase {

    private Path planFile() {
        return environment().plansFolder().resolve("clinical-engineer.careerplan");
    }

    private void openStep(String id) {
        clickOn(lookup(".tab").match(t -> "tab-route-map".equals(t.getId())).queryAs(Node.class));
        MapCanvas canvas = lookup("#map-canvas").queryAs(MapCanvas.class);
        StepView step = lookup("#step-" + id).queryAs(StepView.class);
        interact(() -> canvas.reveal(step));
        clickOn(step);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What pasting does: the clipboard's text into the focused box, as Ctrl+V would. */
    private void paste(TextArea box, String text) {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            box.requestFocus();
            box.end();
            box.paste();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongNotePastedOnARouteMapStepIsCutToWhatThePlanHoldsSaidAndKeptAfterARestart() throws Exception {
        launch();
        openStep("a-levels");
        TextArea note = lookup("#plan-step-note").queryAs(TextArea.class);
        String pasted = "I want to study maths and physics, and ask about further maths. ".repeat(40);   // 2,560 characters
        paste(note, pasted);

        assertEquals(MyPlan.MAX_STEP_NOTE, note.getText().length(), "the box holds what the plan holds, no more");
        assertEquals("This note holds 2,000 characters, so only the first 2,000 of the 2,560 you added fitted. "
                + "Shorten it to add more.", lookup("#plan-step-note-count").queryAs(Label.class).getText());
        assertTrue(lookup("#plan-step-note-count").queryAs(Label.class).isVisible());

        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        try (Stream<Path> files = Files.list(planFile().getParent())) {
            assertEquals(List.of(planFile().getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList(),
                    "saved, and nothing set aside as damaged");
        }
        launch();
        openStep("a-levels");
        assertEquals(pasted.substring(0, MyPlan.MAX_STEP_NOTE), lookup("#plan-step-note").queryAs(TextArea.class).getText(),
                "read back exactly after a restart");
        assertFalse(lookup("#my-plan-notice").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void thePlansNoteShowsACounterNearItsLimitAndTakesNoMoreAtIt() throws Exception {
        launch();
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#page-my-plan").tryQuery().isPresent(), "My plan: " + ProfileSection.MY_PLAN.title());
        TextArea note = lookup("#my-plan-note").queryAs(TextArea.class);
        Label count = lookup("#my-plan-note-count").queryAs(Label.class);
        assertFalse(count.isVisible(), "far from the limit: no counter");

        paste(note, "x".repeat(MyPlan.MAX_NOTE - 10));
        assertTrue(count.isVisible());
        assertEquals("9,990 of 10,000 characters", count.getText());

        interact(() -> {
            note.requestFocus();
            note.end();
        });
        write("0123456789abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MyPlan.MAX_NOTE, note.getText().length(), "at the limit the box takes no more");
        assertTrue(note.getText().endsWith("0123456789"), note.getText().substring(note.getLength() - 20));
        assertTrue(count.getText().startsWith("This note holds 10,000 characters"), count.getText());
        assertTrue(count.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("cut")));
    }

    /** An emoji is one character, as the student counts it; half of one never reaches the plan. */
    @Test
    void charactersAreCountedAsAPersonCountsThem() throws Exception {
        launch();
        openStep("gcses");
        TextArea note = lookup("#plan-step-note").queryAs(TextArea.class);
        paste(note, "\uD83D\uDE00".repeat(MyPlan.MAX_STEP_NOTE + 5));
        assertEquals(MyPlan.MAX_STEP_NOTE, note.getText().codePointCount(0, note.getLength()));
        assertEquals(-1, MyPlan.firstHalfCharacter(note.getText()), "never cut between the halves of an emoji");
    }
}
