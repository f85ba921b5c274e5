package org.careerroutes.handout.view;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerroutes.handout.Handout;
import org.careerroutes.handout.HandoutSamples;
import org.careerroutes.handout.PlanCode;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.Theme;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.TakeHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save, print and "Take this with you" as a student meets them, with the file chooser and the
 * printer replaced by the test where a headless machine has none.
 */
class HandoutActionsUITest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private final Profile profile = HandoutSamples.builtIn();
    private final MyPlan plan = HandoutSamples.plan();
    private Stage stage;
    private Optional<Path> answer = Optional.empty();
    private final List<String> asked = new ArrayList<>();
    private final List<Integer> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Boolean> printedOnFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** A printer that takes its time: it waits for this, which is open unless a test closes it. */
    private java.util.concurrent.CountDownLatch printerTakesThePages = new java.util.concurrent.CountDownLatch(0);
    /** Where the handout's work runs: the caller's thread, unless a test gives the app's own. */
    private Background background = Background.sameThread();

    /** A printer that takes what it is given, or none. */
    private PagePrinter printer(boolean present) {
        return new PagePrinter() {
            @Override
            public boolean available() {
                return present;
            }

            @Override
            public Job start(Window owner, boolean choose) {
                return new Job() {
                    @Override
                    public Optional<String> notPrinting() {
                        return Optional.empty();
                    }

                    @Override
                    public String print(List<Image> pages) {
                        try {
                            printerTakesThePages.await(20, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        printed.add(pages.size());
                        printedOnFxThread.add(javafx.application.Platform.isFxApplicationThread());
                        return "Sent " + pages.size() + " pages to Test printer.";
                    }
                };
            }
        };
    }

    private HandoutActions show(boolean kiosk, boolean printingAllowed, PagePrinter printer) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            StackPane root = new StackPane(new Label("My plan"));
            root.setId("test-root");
            Scene scene = new Scene(root, 1024, 768);
            scene.getStylesheets().addAll(kiosk ? Theme.kioskStylesheets() : Theme.stylesheets());
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        HandoutActions.SaveTarget target = (owner, folder, name) -> {
            asked.add(folder + "|" + name);
            return answer;
        };
        HandoutActions.Source source = new HandoutActions.Source(() -> stage, () -> profile, CLOCK, Optional::empty);
        return new HandoutActions(source, kiosk, printingAllowed, printer, target, home, background);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private List<Window> otherWindows() {
        return listTargetWindows().stream().filter(Window::isShowing).filter(w -> w != stage).toList();
    }

    /** What the page that asked would show: working on what, then what happened. */
    private final List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TakeHome.Progress progress = new TakeHome.Progress() {
        @Override
        public void working(String what) {
            said.add("working: " + what);
        }

        @Override
        public void done(String message, boolean problem) {
            said.add((problem ? "problem: " : "done: ") + message);
        }
    };

    @Test
    void thePreviewShowsEachPageAndPrintsThem() throws TimeoutException, IOException {
        HandoutActions actions = show(false, true, printer(true));
        assertTrue(actions.canPrint());
        interact(() -> actions.print(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, lookup("#handout-pages .handout-page").queryAll().size(), "two pages for this plan");
        assertEquals("2 pages, A4", lookup("#handout-page-count").queryAs(Label.class).getText());
        Image first = ((ImageView) lookup("#handout-pages .handout-page").query()).getImage();
        assertEquals(595.0 / 842.0, first.getWidth() / first.getHeight(), 0.01, "an A4 page");
        keepPicture("desktop-preview", otherWindows().get(0));
        clickOn("#handout-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2), printed);
        assertEquals("Sent 2 pages to Test printer.", lookup("#handout-print-status").queryAs(Label.class).getText());
    }

    @Test
    void withNoPrinterThePreviewSaysSoAndOffersNoPrint() throws TimeoutException {
        HandoutActions actions = show(false, true, printer(false));
        assertFalse(actions.canPrint());
        interact(() -> actions.print(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, lookup("#handout-pages .handout-page").queryAll().size());
        assertTrue(lookup("#handout-print").queryAs(Button.class).isDisabled());
        assertEquals("No printer is set up on this computer, so the plan cannot be printed here. "
                        + "Save it as a PDF instead: it can be printed on any computer.",
                lookup("#handout-print-status").queryAs(Label.class).getText());
    }

    @Test
    void theSystemPrintersOnAHeadlessMachineAreNoneAndThatIsSaid() throws TimeoutException {
        // The machine the tests run on has no printer: the real lookup says so, rather than failing.
        HandoutActions actions = show(false, true, PagePrinter.SYSTEM);
        org.junit.jupiter.api.Assumptions.assumeFalse(PagePrinter.SYSTEM.available(), "this machine has a printer");
        assertFalse(actions.canPrint());
        interact(() -> actions.print(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#handout-print-status").queryAs(Label.class).getText().startsWith("No printer is set up"));
    }

    @Test
    void savingWritesThePdfWhereChosenAndSaysWhere() throws TimeoutException, IOException {
        Files.createDirectories(home.resolve("Documents"));
        HandoutActions actions = show(false, true, printer(false));
        Path chosen = home.resolve("Documents").resolve("my plan");
        answer = Optional.of(chosen);
        interact(() -> actions.savePdf(plan, progress));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(home.resolve("Documents") + "|clinical-engineer-plan.pdf"), asked);
        Path written = home.resolve("Documents").resolve("my plan.pdf");
        assertTrue(Files.readString(written, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(List.of("working: Making your PDF and saving it as my plan.pdf\u2026",
                "done: Your plan is saved as a PDF: my plan.pdf in " + home.resolve("Documents") + "."), said);
        assertEquals(List.of(), otherWindows(), "said on the page, with no window of its own");
        assertEquals(List.of("my plan.pdf"), Files.list(home.resolve("Documents")).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left");
    }

    @Test
    void aPlaceThatCannotBeWrittenGetsAClearMessage() throws TimeoutException, IOException {
        Path file = Files.writeString(home.resolve("a-file"), "x");
        HandoutActions actions = show(false, true, printer(false));
        answer = Optional.of(file.resolve("plan.pdf"));
        interact(() -> actions.savePdf(plan, progress));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(home + "|clinical-engineer-plan.pdf"), asked, "no Documents folder: starts at home");
        assertEquals("problem: Your plan was not saved as a PDF: " + file.resolve("plan.pdf") + ": cannot be written: "
                + "its folder " + file + " cannot be made (a file is in the way where a folder should be). Choose "
                + "another folder, such as Documents or a USB stick.", said.get(said.size() - 1));
    }

    @Test
    void theCodeAtAKioskIsOverTheScreenAndDecodesToThePlan() throws Exception {
        HandoutActions actions = show(true, false, printer(true));
        interact(() -> actions.showCode(plan));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), otherWindows(), "no window of its own");
        assertTrue(lookup("#test-root > #plan-code-overlay").tryQuery().isPresent());
        String expected = PlanCode.text(Handout.of(profile, plan, LocalDate.of(2026, 11, 30)));
        assertEquals("Shortened to fit the code: long titles are cut short (\u2026). The full plan is on the screen.",
                lookup("#plan-code-shortened").queryAs(Label.class).getText(), "said beside the code");
        assertEquals(expected, lookup("#plan-code-text").queryAs(Label.class).getText());
        assertEquals(expected, decode(lookup("#plan-code").queryAs(Canvas.class)));
        assertTrue(lookup("#plan-code-close").queryAs(Button.class).isFocused());
        keepPicture("kiosk-code");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#plan-code-overlay").tryQuery().isPresent());
    }

    @Test
    void aKioskSavesNothingAndPrintsOnlyWhenTheStandAllowsIt() throws TimeoutException, IOException {
        HandoutActions actions = show(true, false, printer(true));
        assertFalse(actions.canPrint(), "printer=no");
        interact(() -> actions.savePdf(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), asked, "no file dialog");
        assertEquals(List.of(), otherWindows());
        assertTrue(lookup("#handout-message-text").queryAs(Label.class).getText().startsWith("At this stand nothing is saved"));
        clickOn("#handout-message-ok");
        interact(() -> actions.print(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), otherWindows());
        assertTrue(lookup("#handout-print").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#handout-print-status").queryAs(Label.class).getText().startsWith("This stand has no printer"));
        clickOn("#handout-preview-close");
        assertFalse(lookup("#handout-preview-overlay").tryQuery().isPresent());
        try (var files = Files.list(home)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void aKioskWithAPrinterPrintsFromThePreviewOverTheScreen() throws TimeoutException, IOException {
        HandoutActions actions = show(true, true, printer(true));
        assertTrue(actions.canPrint());
        List<String> sent = new ArrayList<>();
        interact(() -> actions.print(plan, TakeHome.Progress.NONE, () -> sent.add("sent")));
        WaitForAsyncUtils.waitForFxEvents();
        keepPicture("kiosk-preview");
        assertTrue(lookup("#test-root > #handout-preview-overlay").tryQuery().isPresent());
        assertEquals(List.of(), sent, "a preview is not a print (a kiosk counts prints)");
        clickOn("#handout-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2), printed);
        assertEquals(List.of("sent"), sent, "told once the pages are sent");
        assertEquals(List.of(), otherWindows());
    }

    @Test
    void thePdfIsMadeAndWrittenOffTheWindowsThreadWhileThePageSaysItIsBusy() throws Exception {
        background = Background.oneThread("test-files");
        Files.createDirectories(home.resolve("Documents"));
        HandoutActions actions = show(false, true, printer(true));
        answer = Optional.of(home.resolve("Documents").resolve("plan.pdf"));
        List<Boolean> writtenOnFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> {
            actions.savePdf(plan, progress);
            writtenOnFxThread.add(Files.exists(home.resolve("Documents").resolve("plan.pdf")));
        });
        assertEquals(List.of(false), writtenOnFxThread, "not written while the JavaFX thread asked");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> said.size() == 2);
        assertEquals(List.of("working: Making your PDF and saving it as plan.pdf\u2026",
                "done: Your plan is saved as a PDF: plan.pdf in " + home.resolve("Documents") + "."), said,
                "busy first, then done");
        assertTrue(Files.size(home.resolve("Documents").resolve("plan.pdf")) > 10_000);
    }

    @Test
    void thePagesArePrintedOffTheWindowsThreadAndThePreviewSaysPrintingMeanwhile() throws Exception {
        background = Background.oneThread("test-print");
        printerTakesThePages = new java.util.concurrent.CountDownLatch(1);
        HandoutActions actions = show(false, true, printer(true));
        interact(() -> actions.print(plan, TakeHome.Progress.NONE));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#handout-pages .handout-page").tryQuery().isPresent());
        interact(() -> lookup("#handout-preview").queryAs(PrintPreview.class).print());
        assertEquals("Printing\u2026", lookup("#handout-print-status").queryAs(Label.class).getText());
        assertTrue(lookup("#handout-print").queryAs(Button.class).isDisabled(), "one print at a time");
        printerTakesThePages.countDown();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !printed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), printedOnFxThread, "the pages go to the printer from the background");
        assertEquals("Sent 2 pages to Test printer.", lookup("#handout-print-status").queryAs(Label.class).getText());
    }

    @Test
    void aProfileWhoseTitleIsTooLongForAnyCodeGetsAShortenedCodeAndSaysSo() throws Exception {
        Profile longTitle = HandoutSamples.withTitle("Clinical engineer ".repeat(170).strip());
        HandoutActions.Source source = new HandoutActions.Source(() -> stage, () -> longTitle, CLOCK, Optional::empty);
        show(true, false, printer(false));
        HandoutActions actions = new HandoutActions(source, true, false, printer(false), (o, f, n) -> Optional.empty(),
                home, background);
        interact(() -> actions.showCode(HandoutSamples.plan()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = lookup("#plan-code-text").queryAs(Label.class).getText();
        assertEquals(text, decode(lookup("#plan-code").queryAs(Canvas.class)), "the code holds what is written beside it");
        assertTrue(text.contains("Pathway:"), "the pathway is kept: " + text);
        assertTrue(lookup("#plan-code-shortened").queryAs(Label.class).getText().startsWith("Shortened to fit the code"));
        assertTrue(lookup("#plan-code-close").queryAs(Button.class).isFocused(), "the visit goes on");
    }

    /** The window as it looks, kept in the build folder for a person to look at. */
    private void keepPicture(String name) throws IOException {
        keepPicture(name, stage);
    }

    private void keepPicture(String name, Window window) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = window.getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        picture.setRGB(0, 0, w, h, pixels, 0, w);
        Path folder = Files.createDirectories(Path.of("target", "handout-samples"));
        javax.imageio.ImageIO.write(picture, "png", folder.resolve(name + ".png").toFile());
    }

    private String decode(Node code) throws Exception {
        WritableImage image = new WritableImage((int) code.getBoundsInLocal().getWidth(), (int) code.getBoundsInLocal().getHeight());
        interact(() -> code.snapshot(null, image));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
