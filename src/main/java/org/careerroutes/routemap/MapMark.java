package org.careerroutes.routemap;

import java.util.Objects;

/**
 * A mark the map shows on a step or beside a pathway, such as how a student's qualifications
 * stand against it. The map only shows marks; whoever makes them decides what they mean.
 *
 * @param symbol a symbol shown before the words, e.g. "\u2713", so a mark never rests on colour
 * @param label  a few words, e.g. "You have this"
 * @param detail a sentence or more for the detail panel and screen readers
 * @param style  a style key ("met", "predicted", "not-yet", "considered", "some", "helps"): the
 *               step's mark shows it as a pseudo-class ({@code .step-mark:met})
 */
public record MapMark(String symbol, String label, String detail, String style) {

    public MapMark {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(style, "style");
    }

    /** Symbol and words together, as shown. */
    public String text() {
        return symbol + " " + label;
    }
}
