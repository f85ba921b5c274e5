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
import java.util.Locale;
import java.util.Optional;

/**
 * Puts pages on paper. The app uses the system's printers through JavaFX; tests use their own.
 * Choosing a printer is a dialog, on the JavaFX thread; printing the pages is slow and runs away
 * from it.
 */
interface PagePrinter {

    /** Whether the computer has a printer set up. */
    boolean available();

    /**
     * Gets a printer ready, on the JavaFX thread.
     *
     * @param choose show the printer chooser first (not at a kiosk, where it would be a window
     *               of its own; there the default printer is used)
     */
    Job start(Window owner, boolean choose);

    /** A printer made ready. */
    interface Job {
        /** Why nothing will be printed (no printer, printing cancelled); empty when the job is ready. */
        Optional<String> notPrinting();

        /** Prints the pages, each scaled to the paper's printable area, and says what happened. Any thread. */
        String print(List<Image> pages);
    }

    /** A job that prints nothing, and says why. */
    static Job none(String why) {
        return new Job() {
            @Override
            public Optional<String> notPrinting() {
                return Optional.of(why);
            }

            @Override
            public String print(List<Image> pages) {
                return why;
            }
        };
    }

    /** The system's printers, through JavaFX's {@link PrinterJob}. */
    PagePrinter SYSTEM = new PagePrinter() {
        @Override
        public boolean available() {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        }

        @Override
        public Job start(Window owner, boolean choose) {
            Printer printer = Printer.getDefaultPrinter();
            if (printer == null && !Printer.getAllPrinters().isEmpty()) {
                printer = Printer.getAllPrinters().iterator().next();
            }
            PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return none(HandoutActions.NO_PRINTER);
            }
            if (choose && !job.showPrintDialog(owner)) {
                job.cancelJob();
                return none("Printing was cancelled.");
            }
            return new Job() {
                @Override
                public Optional<String> notPrinting() {
                    return Optional.empty();
                }

                @Override
                public String print(List<Image> pages) {
                    return printOn(job, pages);
                }
            };
        }

        /** Off the JavaFX thread: the pages are not in a scene, which JavaFX allows. */
        private String printOn(PrinterJob job, List<Image> pages) {
            Printer chosen = job.getPrinter();
            Paper paper = job.getJobSettings().getPageLayout().getPaper();
            PageLayout layout = chosen.createPageLayout(paper == null ? Paper.A4 : paper, PageOrientation.PORTRAIT,
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
                            .toString().toLowerCase(Locale.UK) + "). Check that it is on and has paper.";
                }
            }
            if (!job.endJob()) {
                return "Printing on " + chosen.getName() + " did not finish. Check that it is on and has paper.";
            }
            return "Sent " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " to " + chosen.getName() + ".";
        }
    };
}
