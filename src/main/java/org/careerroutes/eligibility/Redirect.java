package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Words;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a route does not fit a student, and which does: the NHS Practitioner Training Programme
 * is for people without a degree, so a graduate is pointed to the University route's next step,
 * and told what that route's own card tells them, in the same words.
 *
 * @param without        what the route is for people without, e.g. a degree
 * @param studying       true when the student is still studying for it rather than has it
 * @param instead        the route that fits them, when the profile names one
 * @param insteadVerdict the student's verdict for that route, so that this card says what it says
 */
public record Redirect(RuleQualification without, boolean studying, Optional<EntryRoute> instead,
                       Optional<RouteVerdict> insteadVerdict) {

    public Redirect {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(instead, "instead");
        Objects.requireNonNull(insteadVerdict, "insteadVerdict");
    }

    /**
     * "This route is for people without a degree, and you have one. The route that fits is
     * University, at its next step: to apply for the NHS Scientist Training Programme (STP)." When
     * the student does not yet meet that step, what they need next instead, as the University card
     * says it: "The route for you is University, at its next step: to apply for the NHS Scientist
     * Training Programme (STP), you need a degree in a relevant science or engineering subject, or a
     * master's or doctorate in one (...)."
     */
    public String explain() {
        String what = Words.withArticle(without.name(1));
        String text = "This route is for people without " + what + ", and you "
                + (studying ? "are studying for one." : "have one.");
        return text + instead.map(route -> " " + toTheRoute(route)).orElse("");
    }

    private String toTheRoute(EntryRoute route) {
        Optional<String> next = route.rules().later().stream().findFirst().map(c -> Words.lowerFirst(c.title()));
        Outcome outcome = insteadVerdict.map(RouteVerdict::outcome).orElse(Outcome.MEETS);
        List<String> needs = insteadVerdict.map(RouteVerdict::missing).orElse(List.of());
        if (outcome == Outcome.NOT_YET && !needs.isEmpty()) {
            String at = insteadVerdict.flatMap(RouteVerdict::reached).map(c -> ", at its next step: "
                    + Words.lowerFirst(c.checkpoint().title()) + ",").orElse(":");
            return "The route for you is " + route.title() + at + " you need " + String.join("; ", needs) + ".";
        }
        String step = next.map(n -> ", at its next step: " + n).orElse("");
        String considered = outcome == Outcome.MAY_BE_CONSIDERED ? ", where you may be considered" : "";
        return "The route that fits is " + route.title() + step + considered + ".";
    }

    /** Notes on how the route that fits is met ("Your master's ... counts for the degree's subject: ..."). */
    public List<String> notes() {
        return insteadVerdict.map(RouteVerdict::notes).orElse(List.of());
    }
}
