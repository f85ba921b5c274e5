package org.careerroutes.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact from beyond the profile text, always shown with where it came from.
 *
 * @param about   the ids of the routes, sections or route-map steps it is shown with
 * @param text    the fact, in our own words
 * @param source  who says so, e.g. "National School of Healthcare Science (nshcs.hee.nhs.uk)"
 * @param checked the month it was last checked, as YYYY-MM
 */
public record Fact(List<String> about, String text, String source, String checked) {

    public Fact {
        about = List.copyOf(about);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
    }
}
