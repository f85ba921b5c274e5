package org.careerroutes.eligibility;

import java.util.Comparator;
import java.util.List;

/**
 * A route's verdict from its ways in, any one of which is enough: the best of them (met, then
 * met by predictions, then may be considered, then not yet), and among those not yet met, the
 * nearest: the one that needs fewest more qualifications, then the one that needs fewest of its
 * requirements put right, then the first the profile lists. A way in Career Routes does not check
 * never decides: it could not say the route is met, and "not yet" for it would be a guess.
 */
final class BestWayIn {

    /** Best first; a way in not checked comes after every other. */
    private static final List<Outcome> ORDER = List.of(Outcome.MEETS, Outcome.PREDICTED, Outcome.MAY_BE_CONSIDERED,
            Outcome.NOT_YET, Outcome.NO_RULES);

    private BestWayIn() {
    }

    /** The route's verdict: the best way in's, with every way's own verdict beside it, in the profile's order. */
    static RouteVerdict of(List<RouteVerdict> ways) {
        Comparator<RouteVerdict> better = Comparator.comparingInt((RouteVerdict v) -> ORDER.indexOf(v.outcome()))
                .thenComparingInt(BestWayIn::shortBy)
                .thenComparingInt(v -> (int) v.deciding().stream().filter(r -> !r.outcome().isOpen()).count());
        RouteVerdict best = ways.stream().min(better.thenComparingInt(ways::indexOf)).orElseThrow();
        return best.withWays(ways);
    }

    /** How many more qualifications a way in needs: none when it is open. */
    private static int shortBy(RouteVerdict way) {
        return way.outcome().isOpen() ? 0
                : way.deciding().stream().filter(r -> !r.outcome().isOpen()).mapToInt(RuleResult::shortBy).sum();
    }
}
