package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Words;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a route does not fit a student, and which does: the NHS Practitioner Training Programme
 * is for people without a degree, so a graduate is pointed to the University route's next step.
 *
 * @param without  what the route is for people without, e.g. a degree
 * @param studying true when the student is still studying for it rather than has it
 * @param instead  the route that fits them, when the profile names one
 */
public record Redirect(RuleQualification without, boolean studying, Optional<EntryRoute> instead) {

    public Redirect {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(instead, "instead");
    }

    /**
     * "This route is for people without a degree, and you have one. The route that fits is
     * University, at its next step: to apply for the NHS Scientist Training Programme (STP)."
     */
    public String explain() {
        String what = Words.withArticle(without.name(1));
        String text = "This route is for people without " + what + ", and you "
                + (studying ? "are studying for one." : "have one.");
        return text + instead.map(route -> " The route that fits is " + route.title()
                + route.rules().later().stream().findFirst()
                        .map(next -> ", at its next step: " + Words.lowerFirst(next.title()))
                        .orElse("") + ".").orElse("");
    }
}
