package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way into a route, where a route has several and any one of them is enough: "2 or more GCSEs
 * … for a level 2 course" or "4 or 5 GCSEs … for a level 3 course". A student meets the route when
 * they meet its rules for every way in (the route's own {@code toStart}) and the rules of any one
 * of its ways.
 *
 * @param title   what the way in is for, as the profile's text says it: "for a level 2 course"
 * @param step    the route-map step the way in starts at ("level-2-course"), so that a pathway
 *                through it is judged by this way in alone
 * @param rules   its rules, all needed (except those that only help); empty when it asks for
 *                nothing ("2 or fewer GCSEs … for a level 1 course") or is not checked
 * @param checked false when Career Routes cannot check this way in: its requirements are shown
 *                in the profile's words only, and it never makes the route met
 */
public record WayIn(String title, Optional<String> step, List<EntryRule> rules, boolean checked) {

    public WayIn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(step, "step");
        rules = List.copyOf(rules);
        if (!checked && !rules.isEmpty()) {
            throw new IllegalArgumentException("a way in that is not checked has no rules: " + title);
        }
    }

    /** A way in that is checked and asks for no qualification at all: every student meets it. */
    public boolean asksForNothing() {
        return checked && rules.isEmpty();
    }
}
