package org.careerroutes.handout.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.event.ActionEvent;
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
import org.careerroutes.handout.Handout;
import org.careerroutes.handout.HandoutPdf;
import org.careerroutes.handout.PlanCode;
import org.careerroutes.handout.WriteProblem;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.settings.AtomicFile;

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
import java.util.function.Supplier;

/**
 * The ways a plan leaves the screen: a PDF saved where the student chooses, a print after a
 * preview of the same pages, and at a kiosk a QR code. Each says what happened in words; nothing
 * here throws for a problem a person can meet.
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

    /** Asks where to save the PDF; empty when the student cancels. */
    @FunctionalInterface
    interface SaveTarget {
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

    private final Supplier<Window> owner;
    private final Supplier<Profile> profile;
    private final Clock clock;
    private final boolean kiosk;
    private final boolean printingAllowed;
    private final PagePrinter printer;
    private final SaveTarget saveTarget;
    private final Path home;
    private final Supplier<Optional<CompareSelection>> comparing;

    /**
     * @param owner           the window the dialogs (or, at a kiosk, the overlays) belong to
     * @param profile         the profile shown, which the plan is for
     * @param clock           for the handout's date
     * @param kiosk           true in kiosk mode: nothing saved, no windows of its own
     * @param printingAllowed false where this machine's settings allow no printing (a kiosk
     *                        without {@code printer=yes})
     */
    public HandoutActions(Supplier<Window> owner, Supplier<Profile> profile, Clock clock, boolean kiosk,
                          boolean printingAllowed) {
        this(owner, profile, clock, kiosk, printingAllowed, Optional::empty);
    }

    /**
     * As above, with the routes the student compares on Compare routes (if they have), which the
     * handout lists.
     */
    public HandoutActions(Supplier<Window> owner, Supplier<Profile> profile, Clock clock, boolean kiosk,
                          boolean printingAllowed, Supplier<Optional<CompareSelection>> comparing) {
        this(owner, profile, clock, kiosk, printingAllowed, PagePrinter.SYSTEM, SaveTarget.FILE_CHOOSER,
                Path.of(System.getProperty("user.home")), comparing);
    }

    HandoutActions(Supplier<Window> owner, Supplier<Profile> profile, Clock clock, boolean kiosk,
                   boolean printingAllowed, PagePrinter printer, SaveTarget saveTarget, Path home) {
        this(owner, profile, clock, kiosk, printingAllowed, printer, saveTarget, home, Optional::empty);
    }

    private HandoutActions(Supplier<Window> owner, Supplier<Profile> profile, Clock clock, boolean kiosk,
                           boolean printingAllowed, PagePrinter printer, SaveTarget saveTarget, Path home,
                           Supplier<Optional<CompareSelection>> comparing) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kiosk = kiosk;
        this.printingAllowed = printingAllowed;
        this.printer = printer;
        this.saveTarget = saveTarget;
        this.home = home;
        this.comparing = Objects.requireNonNull(comparing, "comparing");
    }

    private Handout handout(MyPlan plan) {
        return Handout.of(profile.get(), plan, LocalDate.now(clock), Optional.empty(), comparing.get());
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
    public void savePdf(MyPlan plan) {
        if (kiosk) {
            say("Nothing is saved here", "At this stand nothing is saved. Use \u201cTake this with you\u201d "
                    + "to keep your plan on your phone.", false);
            return;
        }
        Handout handout = handout(plan);
        Optional<Path> chosen = saveTarget.ask(owner.get(), startFolder(home), fileName(handout.profile()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            file = file.resolveSibling(file.getFileName() + ".pdf");
        }
        byte[] pdf = HandoutPdf.bytes(handout);
        try {
            AtomicFile.write(file, pdf, Optional.empty());
        } catch (IOException e) {
            say("Your plan was not saved", "It could not be saved as " + file + ": " + WriteProblem.reason(e)
                    + ". Choose another folder, such as Documents or a USB stick.", true);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        say("Your plan is saved", "Saved as " + file.getFileName() + " in " + folder + ".", false);
    }

    @Override
    public boolean canPrint() {
        return printingAllowed && printer.available();
    }

    /** Why this plan cannot be printed here, if it cannot. */
    private Optional<String> whyNoPrinting() {
        if (!printingAllowed) {
            return Optional.of(kiosk ? KIOSK_NO_PRINTING : "Printing is turned off on this computer." + SAVE_INSTEAD);
        }
        if (!printer.available()) {
            return Optional.of(kiosk ? KIOSK_NO_PRINTING : NO_PRINTER + SAVE_INSTEAD);
        }
        return Optional.empty();
    }

    @Override
    public void print(MyPlan plan) {
        print(plan, () -> { });
    }

    @Override
    public void print(MyPlan plan, Runnable sent) {
        Handout handout = handout(plan);
        byte[] pdf = HandoutPdf.bytes(handout);
        List<Image> pages = PdfPages.render(pdf, PdfPages.PREVIEW_DPI);
        String title = "Print preview: " + HandoutPdf.title(handout);
        Supplier<String> printing = () -> {
            sent.run();   // the Print button was pressed (a kiosk counts it)
            return printer.print(PdfPages.render(pdf, PdfPages.PRINT_DPI), owner.get(), !kiosk);
        };
        if (kiosk) {
            Runnable[] close = new Runnable[1];
            PrintPreview preview = new PrintPreview(title, pages, whyNoPrinting(), printing, Optional.of(() -> close[0].run()));
            overlay("handout-preview-overlay", preview, preview.printButton().isDisabled()
                    ? preview.lookup("#handout-preview-close") : preview.printButton(), close);
            return;
        }
        PrintPreview preview = new PrintPreview(title, pages, whyNoPrinting(), printing, Optional.empty());
        Dialog<ButtonType> dialog = dialog("handout-preview-dialog", "Print my plan", preview);
        ButtonType printType = new ButtonType("Print\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(0, printType);
        Button print = (Button) dialog.getDialogPane().lookupButton(printType);
        print.setId("handout-print");
        print.setDisable(!preview.printable());
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
        String text = PlanCode.text(handout(plan));
        PlanCode.Matrix matrix = PlanCode.encode(text);
        Runnable[] close = new Runnable[1];
        CodeCard card = new CodeCard(text, matrix, () -> close[0].run());
        if (!overlay("plan-code-overlay", card, card.closeButton(), close)) {
            Dialog<ButtonType> dialog = dialog("plan-code-dialog", "Take this with you", card);
            close[0] = dialog::close;
            dialog.show();
        }
    }

    /**
     * Shows content over the owner's screen; false when its root is not one to put it on. Sets
     * {@code close[0]} to what closes it.
     */
    private boolean overlay(String id, Node content, Node focus, Runnable[] close) {
        Window window = owner.get();
        Scene scene = window == null ? null : window.getScene();
        Parent root = scene == null ? null : scene.getRoot();
        if (root == null) {
            return false;
        }
        Runnable[] closer = close;
        Optional<SceneOverlay> shown = SceneOverlay.show(root, id, content, focus, () -> closer[0].run());
        shown.ifPresent(overlay -> closer[0] = overlay::close);
        return shown.isPresent();
    }

    /** A message: over the screen at a kiosk, else in a small dialog. */
    private void say(String title, String text, boolean problem) {
        if (kiosk) {
            Runnable[] close = new Runnable[1];
            Label heading = new Label(title);
            heading.getStyleClass().add("take-home-title");
            Label body = new Label(text);
            body.setId("handout-message-text");
            body.setWrapText(true);
            body.setMaxWidth(560);
            Button ok = new Button("OK");
            ok.setId("handout-message-ok");
            ok.setDefaultButton(true);
            ok.setOnAction(e -> close[0].run());
            HBox buttons = new HBox(ok);
            buttons.getStyleClass().add("take-home-buttons");
            VBox card = new VBox(12, heading, body, buttons);
            if (overlay("handout-message-overlay", card, ok, close)) {
                return;
            }
        }
        Alert alert = new Alert(problem ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("handout-message");
        styleLike(alert.getDialogPane());
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.show();
    }

    private Dialog<ButtonType> dialog(String id, String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setContent(content);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        styleLike(pane);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setResizable(true);
        return dialog;
    }

    /** The owner's look (stylesheets, text size) for a dialog, and the handout's own rules. */
    private void styleLike(DialogPane pane) {
        Window window = owner.get();
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
