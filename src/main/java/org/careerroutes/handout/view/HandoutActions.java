package org.careerroutes.handout.view;

import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;
import org.careerroutes.handout.Handout;
import org.careerroutes.jobs.ShortlistedJob;
import org.careerroutes.handout.HandoutPdf;
import org.careerroutes.handout.PlanCode;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.TakeHome;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The ways a plan leaves the screen: a PDF saved where the student chooses, a print after a
 * preview of the same pages, and at a kiosk a QR code. Each says what happened in words; nothing
 * here throws for a problem a person can meet. Making the PDF, drawing its pages, writing the
 * file, looking for a printer and printing run through the app's {@link Background}, never on the
 * JavaFX thread; the page that asked is told meanwhile and then what happened
 * ({@link TakeHome.Progress}: "saved as…" goes in My plan's own status line, as Save plan as…
 * does), and the preview says "Printing…".
 *
 * <p>At a kiosk nothing is saved and no window of its own is opened: the preview, the code and
 * any message are shown over the kiosk's screen, printing goes to the stand's default printer,
 * and only when the machine's settings allow it.
 */
public final class HandoutActions implements TakeHome {

    static final String NO_PRINTER = "No printer is set up on this computer, so the plan cannot be printed here.";
    private static final String SAVE_INSTEAD = " Save it as a PDF instead: it can be printed on any computer.";
    private static final String KIOSK_NO_PRINTING = "This stand has no printer for visitors. "
            + "Use \u201cTake this with you\u201d to keep your plan on your phone.";

    /** Asks where to save the PDF; empty when the student cancels. A test or a benchmark gives its own. */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<Path> ask(Window owner, Path folder, String name);

        SaveTarget FILE_CHOOSER = (owner, folder, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save my plan as a PDF");
            if (Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    /**
     * What a handout is made for: the window the dialogs (or, at a kiosk, the overlays) belong
     * to, the profile shown, the day, the routes the student compares on Compare routes, and the
     * jobs on their shortlist (with their ways in and verdicts).
     */
    public record Source(Supplier<Window> owner, Supplier<Profile> profile, Clock clock,
                         Supplier<Optional<CompareSelection>> comparing, Supplier<List<ShortlistedJob>> shortlist) {
        public Source {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(comparing, "comparing");
            Objects.requireNonNull(shortlist, "shortlist");
        }

        /** A source with no shortlist to list. */
        public Source(Supplier<Window> owner, Supplier<Profile> profile, Clock clock,
                      Supplier<Optional<CompareSelection>> comparing) {
            this(owner, profile, clock, comparing, List::of);
        }
    }

    private final Source source;
    private final boolean kiosk;
    private final boolean printingAllowed;
    private final PagePrinter printer;
    private final SaveTarget saveTarget;
    private final Path home;
    private final Background background;
    /** Whether the system has a printer: null until it has been asked, in the background. */
    private final AtomicReference<Boolean> printerFound = new AtomicReference<>();
    /** Whether the system has been asked for its printers yet. */
    private final java.util.concurrent.atomic.AtomicBoolean printerAsked = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param kiosk           true in kiosk mode: nothing saved, no windows of its own
     * @param printingAllowed false where this machine's settings allow no printing (a kiosk
     *                        without {@code printer=yes})
     * @param home            the user's home folder: the PDF's "Save as" starts in its Documents
     * @param background      where PDFs are made, pages drawn, files written and pages printed
     */
    public HandoutActions(Source source, boolean kiosk, boolean printingAllowed, Path home, Background background) {
        this(source, kiosk, printingAllowed, PagePrinter.SYSTEM, SaveTarget.FILE_CHOOSER, home, background);
    }

    /** As above, asking {@code saveTarget} where to save instead of the system's file chooser. */
    public HandoutActions(Source source, boolean kiosk, boolean printingAllowed, SaveTarget saveTarget, Path home,
                          Background background) {
        this(source, kiosk, printingAllowed, PagePrinter.SYSTEM, saveTarget, home, background);
    }

    HandoutActions(Source source, boolean kiosk, boolean printingAllowed, PagePrinter printer, SaveTarget saveTarget,
                   Path home, Background background) {
        this.source = Objects.requireNonNull(source, "source");
        this.kiosk = kiosk;
        this.printingAllowed = printingAllowed;
        this.printer = Objects.requireNonNull(printer, "printer");
        this.saveTarget = Objects.requireNonNull(saveTarget, "saveTarget");
        this.home = Objects.requireNonNull(home, "home");
        this.background = Objects.requireNonNull(background, "background");
        if (kiosk) {
            // A kiosk offers Print only where there is a printer, so it knows before its first visitor
            // (it starts once a day); a desktop window asks when it first prints, not at every start.
            canPrint();
        }
    }

    private Handout handout(MyPlan plan) {
        return Handout.of(source.profile().get(), plan, LocalDate.now(source.clock()), Optional.empty(),
                source.comparing().get()).withShortlist(source.shortlist().get());
    }

    /** The name offered for the PDF, e.g. "clinical-engineer-plan.pdf". */
    static String fileName(Profile profile) {
        String id = profile.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return (id.isBlank() ? "my" : id) + "-plan.pdf";
    }

    /** Where the file chooser starts: the user's Documents folder, else their home folder. */
    static Path startFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    @Override
    public void savePdf(MyPlan plan, Progress progress) {
        if (kiosk) {
            say("Nothing is saved here", "At this stand nothing is saved. Use \u201cTake this with you\u201d "
                    + "to keep your plan on your phone.", false);
            return;
        }
        Handout handout = handout(plan);
        Optional<Path> chosen = saveTarget.ask(source.owner().get(), startFolder(home), fileName(handout.profile()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen.get()
                : chosen.get().resolveSibling(chosen.get().getFileName() + ".pdf");
        progress.working("Making your PDF and saving it as " + file.getFileName() + "\u2026");
        background.submit(() -> {
            AtomicFile.checkWritable(file);
            AtomicFile.write(file, HandoutPdf.bytes(handout), Optional.empty());
            return file;
        }, saved -> progress.done("Your plan is saved as a PDF: " + saved.getFileName() + " in "
                + saved.toAbsolutePath().getParent() + ".", false),
                failed -> progress.done("Your plan was not saved as a PDF: " + FileProblem.describe(file, why(failed))
                        + ". Choose another folder, such as Documents or a USB stick.", true));
    }

    private static String why(Exception failed) {
        return failed instanceof IOException io ? FileProblem.whyNotWritten(io)
                : "the PDF could not be made (" + failed.getMessage() + ")";
    }

    /**
     * Whether there is a printer: once looked for (off the JavaFX thread: asking the system for its
     * printers can take a while), and until then taken as yes, the preview saying so if not. The
     * system is first asked here, when a page needs to know, not when the window is made: the
     * lookup loads the system's print services, which the first frame should not wait behind.
     */
    @Override
    public boolean canPrint() {
        if (printingAllowed && printerAsked.compareAndSet(false, true)) {
            background.submit(printer::available, printerFound::set, failed -> printerFound.set(false));
        }
        Boolean found = printerFound.get();
        return printingAllowed && (found == null || found);
    }

    /** Why this plan cannot be printed here, if it cannot; asks the system, so not on the JavaFX thread. */
    private Optional<String> whyNoPrinting() {
        if (!printingAllowed) {
            return Optional.of(kiosk ? KIOSK_NO_PRINTING : "Printing is turned off on this computer." + SAVE_INSTEAD);
        }
        boolean found = printer.available();
        printerFound.set(found);
        if (!found) {
            return Optional.of(kiosk ? KIOSK_NO_PRINTING : NO_PRINTER + SAVE_INSTEAD);
        }
        return Optional.empty();
    }

    /** The PDF, its pages drawn for the screen, and whether it can be printed here, made in the background. */
    private record Preview(byte[] pdf, List<Image> pages, Optional<String> whyNot) {
    }

    @Override
    public void print(MyPlan plan, Progress progress) {
        print(plan, progress, () -> { });
    }

    @Override
    public void print(MyPlan plan, Progress progress, Runnable sent) {
        Handout handout = handout(plan);
        progress.working("Making the print preview\u2026");
        background.submit(() -> {
            byte[] pdf = HandoutPdf.bytes(handout);
            return new Preview(pdf, PdfPages.render(pdf, PdfPages.PREVIEW_DPI), whyNoPrinting());
        }, preview -> {
            progress.done("", false);
            showPreview(handout, preview, sent);
        }, failed -> progress.done("Your plan cannot be printed: its pages could not be made (" + failed.getMessage()
                + ").", true));
    }

    private void showPreview(Handout handout, Preview made, Runnable sent) {
        String title = "Print preview: " + HandoutPdf.title(handout);
        PrintPreview.Printing printing = said -> {
            PagePrinter.Job job = printer.start(source.owner().get(), !kiosk);
            if (job.notPrinting().isPresent()) {
                said.accept(job.notPrinting().get());
                return;
            }
            sent.run();   // the pages go to a printer (a kiosk counts that, never what they hold)
            // The pages at print quality take a moment to draw, and the printer longer to take them.
            background.submit(() -> job.print(PdfPages.render(made.pdf(), PdfPages.PRINT_DPI)), said,
                    failed -> said.accept("The pages could not be printed (" + failed.getMessage() + ")."));
        };
        if (kiosk) {
            Optional<SceneOverlay> overlay = overlay("handout-preview-overlay");
            if (overlay.isPresent()) {
                PrintPreview preview = new PrintPreview(title, made.pages(), made.whyNot(), printing,
                        Optional.of(overlay.get()::close));
                overlay.get().show(preview, preview.printable() ? preview.printButton()
                        : preview.lookup("#handout-preview-close"));
                return;
            }
        }
        PrintPreview preview = new PrintPreview(title, made.pages(), made.whyNot(), printing, Optional.empty());
        Dialog<ButtonType> dialog = dialog("handout-preview-dialog", "Print my plan");
        dialog.getDialogPane().setContent(preview);
        ButtonType printType = new ButtonType("Print\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(0, printType);
        Button print = (Button) dialog.getDialogPane().lookupButton(printType);
        print.setId("handout-print");
        print.disableProperty().bind(preview.printButton().disableProperty());
        // Printing leaves the preview open, to say what happened.
        print.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            preview.print();
        });
        dialog.show();
        if (preview.printable()) {
            print.requestFocus();
        }
    }

    @Override
    public void showCode(MyPlan plan) {
        PlanCode.Code code = PlanCode.of(handout(plan));
        Optional<SceneOverlay> overlay = overlay("plan-code-overlay");
        if (overlay.isPresent()) {
            CodeCard card = new CodeCard(code, overlay.get()::close);
            overlay.get().show(card, card.closeButton());
            return;
        }
        Dialog<ButtonType> dialog = dialog("plan-code-dialog", "Take this with you");
        dialog.getDialogPane().setContent(new CodeCard(code, dialog::close));
        dialog.show();
    }

    /** An overlay over the owner's screen, when its root is one to put it on. */
    private Optional<SceneOverlay> overlay(String id) {
        Window window = source.owner().get();
        Scene scene = window == null ? null : window.getScene();
        Parent root = scene == null ? null : scene.getRoot();
        return root == null ? Optional.empty() : SceneOverlay.over(root, id);
    }

    /** A message: over the screen at a kiosk, else in a small dialog. */
    private void say(String title, String text, boolean problem) {
        if (kiosk) {
            Optional<SceneOverlay> overlay = overlay("handout-message-overlay");
            if (overlay.isPresent()) {
                Label heading = new Label(title);
                heading.getStyleClass().add(HandoutStyles.TITLE);
                Label body = new Label(text);
                body.setId("handout-message-text");
                body.setWrapText(true);
                body.setMaxWidth(560);
                Button ok = new Button("OK");
                ok.setId("handout-message-ok");
                ok.setDefaultButton(true);
                ok.setOnAction(e -> overlay.get().close());
                HBox buttons = new HBox(ok);
                buttons.getStyleClass().add(HandoutStyles.BUTTONS);
                overlay.get().show(new VBox(12, heading, body, buttons), ok);
                return;
            }
        }
        Alert alert = new Alert(problem ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("handout-message");
        styleLike(alert.getDialogPane());
        Window window = source.owner().get();
        if (window != null) {
            alert.initOwner(window);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.show();
    }

    private Dialog<ButtonType> dialog(String id, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        styleLike(pane);
        Window window = source.owner().get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setResizable(true);
        return dialog;
    }

    /** The owner's look (stylesheets, text size) for a dialog, and the handout's own rules. */
    private void styleLike(DialogPane pane) {
        Window window = source.owner().get();
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
            Parent root = window.getScene().getRoot();
            if (root != null && root.getStyle() != null) {
                pane.setStyle(root.getStyle());
            }
        }
        pane.getStylesheets().add(SceneOverlay.STYLESHEET);
    }
}
