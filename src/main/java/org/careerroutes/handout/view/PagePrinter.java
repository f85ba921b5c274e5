package org.careerroutes.handout.view;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import java.util.List;

/** Puts pages on paper. The app uses the system's printers through JavaFX; tests use their own. */
interface PagePrinter {

    /** Whether the computer has a printer set up. */
    boolean available();

    /**
     * Prints the pages, each scaled to the paper's printable area, and says what happened.
     *
     * @param choose show the printer chooser first (not at a kiosk, where it would be a window
     *               of its own; there the default printer is used)
     */
    String print(List<Image> pages, Window owner, boolean choose);

    /** The system's printers, through JavaFX's {@link PrinterJob}. */
    PagePrinter SYSTEM = new PagePrinter() {
        @Override
        public boolean available() {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        }

        @Override
        public String print(List<Image> pages, Window owner, boolean choose) {
            Printer printer = Printer.getDefaultPrinter();
            if (printer == null && !Printer.getAllPrinters().isEmpty()) {
                printer = Printer.getAllPrinters().iterator().next();
            }
            PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return HandoutActions.NO_PRINTER;
            }
            if (choose && !job.showPrintDialog(owner)) {
                job.cancelJob();
                return "Printing was cancelled.";
            }
            Printer chosen = job.getPrinter();
            PageLayout layout = chosen.createPageLayout(job.getJobSettings().getPageLayout().getPaper() == null
                    ? Paper.A4 : job.getJobSettings().getPageLayout().getPaper(), PageOrientation.PORTRAIT,
                    Printer.MarginType.DEFAULT);
            for (Image page : pages) {
                ImageView view = new ImageView(page);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    return "The printer " + chosen.getName() + " did not take the pages (" + job.getJobStatus()
                            .toString().toLowerCase(java.util.Locale.UK) + "). Check that it is on and has paper.";
                }
            }
            if (!job.endJob()) {
                return "Printing on " + chosen.getName() + " did not finish. Check that it is on and has paper.";
            }
            return "Sent " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " to " + chosen.getName() + ".";
        }
    };
}
