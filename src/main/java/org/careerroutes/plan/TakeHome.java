package org.careerroutes.plan;

/**
 * The ways a plan leaves the screen, offered by the My plan tab and provided by the handout
 * feature: a PDF handout, a printed copy (after a preview), or, at a kiosk, a code a phone can
 * read. Each method tells the student itself what happened (saved where, printing, cannot print);
 * none throws for a problem a person can meet.
 */
public interface TakeHome {

    /** Asks where to save, then writes the PDF handout of the plan. Not offered in kiosk mode. */
    void savePdf(MyPlan plan);

    /** Shows a preview of the handout's pages and prints them on a printer the student picks. */
    void print(MyPlan plan);

    /**
     * As {@link #print(MyPlan)}, and runs {@code sent} each time the pages are sent to the printer
     * (a kiosk counts that a plan was printed, never what it held). One that cannot tell when
     * pages are sent reports nothing.
     */
    default void print(MyPlan plan, Runnable sent) {
        print(plan);
    }

    /** Shows the plan as a QR code holding short plain text, for a visitor's phone camera. */
    void showCode(MyPlan plan);

    /** Whether this machine has a printer to print on. */
    boolean canPrint();
}
