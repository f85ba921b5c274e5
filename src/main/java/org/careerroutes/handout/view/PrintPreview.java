package org.careerroutes.handout.view;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The handout's pages as they will be printed, with a Print button; or, where there is no
 * printer, a message saying so and what to do instead. While the pages print, it says so and the
 * button waits; then it says what happened.
 */
final class PrintPreview extends VBox {

    /** A page's width on screen at 100% text, in pixels (A4 is 595 points wide). */
    private static final double PAGE_WIDTH = 595 * PdfPages.PREVIEW_DPI / 72;
    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");

    /** Prints, off the JavaFX thread, and then gives what happened, on it. */
    @FunctionalInterface
    interface Printing {
        void print(Consumer<String> said);
    }

    private final Label status = new Label();
    private final Button print = new Button("Print\u2026");
    private final Printing printing;
    private final boolean printable;
    private boolean printingNow;

    /**
     * @param pages    the pages to look at
     * @param whyNot   why this cannot be printed here; empty where it can
     * @param printing prints and says what happened
     * @param close    for a Close button (in a kiosk's overlay); empty when the dialog has its own
     */
    PrintPreview(String title, List<Image> pages, Optional<String> whyNot, Printing printing, Optional<Runnable> close) {
        setId("handout-preview");
        getStyleClass().add(HandoutStyles.PREVIEW);
        setSpacing(12);
        Label heading = new Label(title);
        heading.getStyleClass().add(HandoutStyles.TITLE);
        heading.setWrapText(true);
        Label count = new Label(pages.size() == 1 ? "1 page, A4" : pages.size() + " pages, A4");
        count.setId("handout-page-count");
        VBox sheets = new VBox();
        sheets.setId("handout-pages");
        sheets.getStyleClass().add(HandoutStyles.PAGES);
        sheets.setMinHeight(pages.size() * PAGE_WIDTH * 842 / 595);
        // The pages go in after the preview is first shown, a pulse each: opening the window and
        // drawing large pictures in one pulse would hold the window still for longer than either.
        for (int i = 0; i < pages.size(); i++) {
            int number = i;
            Platform.runLater(() -> {
                ImageView page = new ImageView(pages.get(number));
                page.setPreserveRatio(true);
                page.setSmooth(true);
                page.setFitWidth(PAGE_WIDTH);
                page.getStyleClass().add(HandoutStyles.PAGE);
                page.setAccessibleText("Page " + (number + 1) + " of " + pages.size() + " of the handout");
                sheets.getChildren().add(page);
            });
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setId("handout-pages-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(PAGE_WIDTH + 30);
        scroll.setPrefViewportHeight(430);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        status.setId("handout-print-status");
        status.getStyleClass().add(HandoutStyles.MESSAGE);
        status.setWrapText(true);
        status.setMaxWidth(PAGE_WIDTH);
        status.setMinHeight(Region.USE_PREF_SIZE);
        print.setId("handout-print");
        print.setDefaultButton(true);
        printable = whyNot.isEmpty();
        print.setDisable(!printable);
        whyNot.ifPresent(status::setText);
        this.printing = printing;
        print.setOnAction(e -> print());
        getChildren().addAll(heading, count, scroll, status);
        // In a dialog, Print and Close go in the dialog's own button bar (see HandoutActions).
        close.ifPresent(action -> {
            Button closeButton = new Button("Close");
            closeButton.setId("handout-preview-close");
            closeButton.setCancelButton(true);
            closeButton.setOnAction(e -> action.run());
            HBox buttons = new HBox(print, closeButton);
            buttons.getStyleClass().add(HandoutStyles.BUTTONS);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            getChildren().add(buttons);
        });
    }

    /** Prints; says "Printing…" meanwhile, with the button waiting, and what happened after, under the pages. */
    void print() {
        if (!printable || printingNow) {
            return;
        }
        printingNow = true;
        print.setDisable(true);
        status.setText("Printing\u2026");
        status.pseudoClassStateChanged(BUSY, true);
        printing.print(said -> {
            printingNow = false;
            status.pseudoClassStateChanged(BUSY, false);
            status.setText(said);
            print.setDisable(false);
        });
    }

    /** Whether there is a printer to print on here. */
    boolean printable() {
        return printable;
    }

    Button printButton() {
        return print;
    }
}
