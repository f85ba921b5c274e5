package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kiosk visitor's plan goes with the visit: nothing saved, no file dialogs, the next visitor starts empty. */
class KioskPlanUITest extends KioskUITestBase {

    private <T extends Node> T here(String id, Class<T> type) {
        return lookup("#" + id).match(n -> n.getScene() == stage.getScene() && isTreeVisible(n)).queryAs(type);
    }

    private javafx.scene.control.TabPane tabsHere() {
        return here("profile-tabs", javafx.scene.control.TabPane.class);
    }

    private void openMyPlan() throws java.util.concurrent.TimeoutException {
        waitUntil(5, () -> shown("profile-tabs") && !attractShown());
        interact(() -> tabsHere().getSelectionModel().select(ProfileSection.MY_PLAN.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("My plan", tabsHere().getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void aMarkMadeInAVisitIsGoneWhenTheVisitEndsAndNothingIsOnDisk() throws Exception {
        countdownSeconds(1);
        startKiosk("--idle-timeout=5");   // long enough to make a plan, short enough to wait out
        startVisit();
        // The visitor's record: a qualification entered, which every job's pages see, for this visit only.
        waitUntil(5, () -> shown("profile-tabs") && !attractShown());
        interact(() -> tabsHere().getSelectionModel().select(ProfileSection.ON_TRACK.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        enterQualification(org.careerroutes.eligibility.QualificationType.GCSE, "Maths", "7", false);
        WaitForAsyncUtils.waitForFxEvents();
        openMyPlan();
        assertTrue(allText(here("my-plan-verdicts", Node.class)).contains("GCSE Maths, grade 7"), "in the visit's record");
        assertTrue(allText(here("my-plan-keeping", Node.class)).contains("goes when your visit ends"));
        assertTrue(lookup("#my-plan-save-as").tryQuery().isEmpty(), "no Save plan as… at a kiosk");
        assertTrue(lookup("#my-plan-open").tryQuery().isEmpty(), "no Open plan… at a kiosk");

        interact(() -> here("my-plan-pathway", ComboBox.class).getSelectionModel().select("degree-stp"));
        ToggleButton done = here("my-plan-mark-gcses-done", ToggleButton.class);
        interact(done::requestFocus);   // scrolled into view as it takes focus
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(done);
        TextArea note = here("my-plan-note", TextArea.class);
        interact(note::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(note);
        write("My visit");
        assertEquals("My visit", note.getText());
        assertTrue(here("my-plan-mark-gcses-done", ToggleButton.class).isSelected());

        waitUntil(10, () -> shown("still-there"));
        waitUntil(5, this::attractShown);

        startVisit();
        openMyPlan();
        assertEquals("", here("my-plan-pathway", ComboBox.class).getValue(), "no pathway chosen");
        assertEquals("", here("my-plan-note", TextArea.class).getText(), "no note");
        assertTrue(lookup("#my-plan-mark-gcses-done").match(n -> n.getScene() == stage.getScene() && isTreeVisible(n))
                .tryQuery().isEmpty(), "no steps marked");
        assertFalse(allText(here("my-plan-verdicts", Node.class)).contains("My qualifications"),
                "the record went with the visit");

        assertEquals(List.of(), files(settingsDir), "nothing in the user's folder");
        Path counts = configDir.resolve("insights").resolve("visit-counts.txt");
        waitUntil(5, () -> {
            try {
                return files(configDir).equals(List.of(counts));
            } catch (IOException e) {
                return false;
            }
        });
        String written = Files.readString(counts);
        assertTrue(written.contains("my-pathway.degree-stp=1"), "a visit's counts: " + written);
        assertFalse(written.contains("My visit") || written.contains("gcses"), "no note, no mark: " + written);
        assertEquals(List.of(), files(logDir), "nothing in the log folder");
    }

    @Test
    void aVisitorTakesThePlanAwayAsACodeThatGoesWithTheVisit() throws Exception {
        countdownSeconds(1);
        startKiosk("--idle-timeout=5");
        startVisit();
        openMyPlan();
        assertTrue(lookup("#my-plan-pdf").tryQuery().isEmpty(), "no PDF to save at a kiosk");
        interact(() -> here("my-plan-pathway", ComboBox.class).getSelectionModel().select("degree-stp"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button take = here("my-plan-take-away", javafx.scene.control.Button.class);
        interact(take::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(take);
        WaitForAsyncUtils.waitForFxEvents();

        String words = here("plan-code-text", javafx.scene.control.Label.class).getText();
        assertTrue(words.contains("Scientist Training Programme"), words);
        assertEquals(words, decode(here("plan-code", Node.class)), "the code holds the words shown beside it");
        assertEquals(1, javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count(),
                "the code is shown inside the kiosk, in no window of its own");

        waitUntil(10, () -> shown("still-there"));
        waitUntil(5, this::attractShown);
        assertTrue(lookup("#plan-code").match(n -> n.getScene() == stage.getScene() && isTreeVisible(n))
                .tryQuery().isEmpty(), "the code goes with the visit");
        assertEquals(List.of(), files(settingsDir), "nothing in the user's folder");
        Path counts = configDir.resolve("insights").resolve("visit-counts.txt");
        waitUntil(5, () -> Files.exists(counts));
        assertTrue(Files.readString(counts).contains(" code-shown=1 "), "the day's count of plans shown as a code: "
                + Files.readString(counts));
    }

    private String decode(Node code) throws Exception {
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(
                (int) code.getBoundsInLocal().getWidth(), (int) code.getBoundsInLocal().getHeight());
        interact(() -> code.snapshot(null, image));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(w, h, pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
