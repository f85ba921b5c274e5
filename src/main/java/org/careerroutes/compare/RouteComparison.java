package org.careerroutes.compare;

import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.model.Block;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.Pathway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of the comparison: a pathway from where the student stands, in words.
 *
 * @param timeToRegistration "8 years (registered in 2034)", or "Varies: …" naming the step whose
 *                           length is not known, never a guess
 * @param timeToRole         the same, to starting work as a clinical engineer
 * @param paid               each step ahead that says whether it is paid, in order
 * @param qualifications     what the steps ahead give, in order
 * @param registrations      the register or status the pathway reaches
 * @param entryRoute         the title of the entry route the pathway follows, if any
 * @param entryRequirements  that route's entry requirements, in the profile's words
 * @param verdict            the student's verdict for that route, when they have entered qualifications; for
 *                           a route with ways in, that of the way in the pathway takes
 */
public record RouteComparison(Pathway pathway, PathwayTimeline timeline, String timeToRegistration, String timeToRole,
                              List<PaidStep> paid, List<String> qualifications, List<String> registrations,
                              Optional<String> entryRoute, List<Block> entryRequirements,
                              Optional<RouteVerdict> verdict) {

    /** One step's pay while training, with the step's title. */
    public record PaidStep(String step, PaidWhileTraining paid) {

        public PaidStep {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(paid, "paid");
        }

        /** "✓ Paid" or "✗ Not paid": words with a symbol, never colour alone. */
        public String headline() {
            return paid.paid() ? "\u2713 Paid" : "\u2717 Not paid";
        }

        /** "NHS Scientist Training Programme (STP): Employed by the NHS on a fixed-term contract". */
        public String describe() {
            return step + ": " + paid.how();
        }

        public String source() {
            return "Source: " + paid.source();
        }
    }

    public RouteComparison {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(timeToRegistration, "timeToRegistration");
        Objects.requireNonNull(timeToRole, "timeToRole");
        paid = List.copyOf(paid);
        qualifications = List.copyOf(qualifications);
        registrations = List.copyOf(registrations);
        Objects.requireNonNull(entryRoute, "entryRoute");
        entryRequirements = List.copyOf(entryRequirements);
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The verdict in words with its symbol: "✓ You meet the usual entry requirements". */
    public Optional<String> verdictText() {
        return verdict.map(v -> v.outcome().symbol() + " " + v.summary());
    }
}
