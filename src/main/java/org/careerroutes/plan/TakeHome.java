package org.careerroutes.plan;

/**
 * The ways a plan leaves the screen, offered by the My plan tab and provided by the handout
 * feature: a PDF handout, a printed copy (after a preview), or, at a kiosk, a code a phone can
 * read. None throws for a problem a person can meet. The slow parts (making the PDF, drawing its
 * pages, writing the file, looking for a printer, printing) run away from the JavaFX thread; the
 * page that asked is told while they do, so that it shows it is busy, and then what happened.
 */
public interface TakeHome {

    /** What the page that asked shows while the work runs, and after. */
    interface Progress {
        /** The work has started, e.g. "Making your PDF…". */
        void working(String what);

        /**
         * The work is over: what happened, for the page to say ("" when the result shows itself,
         * as a preview does), and whether it went wrong.
         */
        void done(String said, boolean problem);

        /** For a caller that shows nothing. */
        Progress NONE = new Progress() {
            @Override
            public void working(String what) {
                // nothing shown
            }

            @Override
            public void done(String said, boolean problem) {
                // nothing shown
            }
        };
    }

    /** Asks where to save, then writes the PDF handout of the plan. Not offered in kiosk mode. */
    void savePdf(MyPlan plan, Progress progress);

    /** Shows a preview of the handout's pages and prints them on a printer the student picks. */
    void print(MyPlan plan, Progress progress);

    /**
     * As {@link #print(MyPlan, Progress)}, and runs {@code sent} each time the pages are sent to
     * the printer (a kiosk counts that a plan was printed, never what it held). One that cannot
     * tell when pages are sent reports nothing.
     */
    default void print(MyPlan plan, Progress progress, Runnable sent) {
        print(plan, progress);
    }

    /** Shows the plan as a QR code holding short plain text, for a visitor's phone camera. */
    void showCode(MyPlan plan);

    /** Whether this machine has a printer to print on. */
    boolean canPrint();
}
