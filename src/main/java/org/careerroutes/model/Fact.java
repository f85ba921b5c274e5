package org.careerroutes.model;

import java.util.Objects;

/**
 * A fact from beyond the profile text, always shown with where it came from.
 *
 * @param about   the id of the route or the key of the section it belongs to
 * @param text    the fact, in our own words
 * @param source  who says so, e.g. "National School of Healthcare Science (nshcs.hee.nhs.uk)"
 * @param checked the month it was last checked, as YYYY-MM
 */
public record Fact(String about, String text, String source, String checked) {

    public Fact {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
    }
}
