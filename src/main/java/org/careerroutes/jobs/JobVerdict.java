package org.careerroutes.jobs;

import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.Outcome;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Words;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a student stands against one job: each of its routes checked by the same checker as "Am I
 * on track?" (ways in included), and the best of them, which a card names ("Apprenticeship: you
 * meet the usual entry requirements for an advanced apprenticeship"). A route Career Routes does
 * not check counts for nothing; a job none of whose routes is checked says so and is never on track.
 *
 * @param routes each route's verdict, in the profile's order
 */
public record JobVerdict(Standing standing, Optional<RouteVerdict> best, List<RouteVerdict> routes) {

    /** Where a student stands with a job, best first. */
    public enum Standing {
        /** A route's usual entry requirements are met by results the student has. */
        MEETS("\u2713", "met"),
        /** Met only with predicted (or expected) results. */
        PREDICTED("\u25d1", "predicted"),
        /** Not met, but what the student has may be considered. */
        MAY_BE_CONSIDERED("?", "considered"),
        /** Career Routes checks at least one route, and none is met yet. */
        NOT_YET("\u2717", "not-yet"),
        /** Career Routes checks none of the job's routes. */
        NOT_CHECKED("\u2013", null);

        private final String symbol;
        private final String state;

        Standing(String symbol, String state) {
            this.symbol = symbol;
            this.state = state;
        }

        /** A symbol beside the words, so that a verdict never rests on colour. */
        public String symbol() {
            return symbol;
        }

        /** The mark's state ({@code org.careerroutes.kit.Styles#MARK_STATES}); null for none. */
        public String state() {
            return state;
        }
    }

    public JobVerdict {
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(best, "best");
        routes = List.copyOf(routes);
    }

    /** The job's routes checked against what the student entered. */
    public static JobVerdict of(JobEntry job, List<StudentQualification> mine) {
        List<EntryRoute> routes = job.entryRoutes();
        List<RouteVerdict> verdicts = routes.stream().map(route -> EligibilityChecker.check(route, mine, routes)).toList();
        Optional<RouteVerdict> best = verdicts.stream().filter(v -> v.outcome() != Outcome.NO_RULES)
                .min(Comparator.comparingInt(v -> rank(v.outcome())));
        Standing standing = best.map(v -> switch (v.outcome()) {
            case MEETS -> Standing.MEETS;
            case PREDICTED -> Standing.PREDICTED;
            case MAY_BE_CONSIDERED -> Standing.MAY_BE_CONSIDERED;
            default -> Standing.NOT_YET;
        }).orElse(Standing.NOT_CHECKED);
        return new JobVerdict(standing, best.filter(v -> standing != Standing.NOT_YET), verdicts);
    }

    /** Best first; a route pointing elsewhere ("another route fits") counts as not met. */
    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case MEETS -> 0;
            case PREDICTED -> 1;
            case MAY_BE_CONSIDERED -> 2;
            default -> 3;
        };
    }

    /** Whether "on track for me" counts the job: a route met, with predicted results or without. */
    public boolean onTrack() {
        return standing == Standing.MEETS || standing == Standing.PREDICTED;
    }

    /** How many of the job's routes are met (with predictions or not). */
    public long openRoutes() {
        return routes.stream().filter(v -> v.outcome().isOpen()).count();
    }

    /** How many of the job's routes Career Routes does not check. */
    public long routesNotChecked() {
        return routes.stream().filter(v -> v.outcome() == Outcome.NO_RULES).count();
    }

    /**
     * The verdict as a card says it, in one line: "Apprenticeship: you meet the usual entry
     * requirements (and 1 other route)", "Not yet on the routes Career Routes checks (it does not
     * check 2 of the 4)", "Career Routes does not check this job's entry requirements".
     */
    public String words() {
        return switch (standing) {
            case MEETS, PREDICTED, MAY_BE_CONSIDERED -> {
                RouteVerdict route = best.orElseThrow();
                long others = standing == Standing.MAY_BE_CONSIDERED ? 0 : openRoutes() - 1;
                yield routeLine(route) + (others <= 0 ? "" : " (and " + others + " other route" + (others == 1 ? ")" : "s)"));
            }
            case NOT_YET -> "Not yet on " + (routes.size() - routesNotChecked() == 1 ? "the route" : "any of the routes")
                    + " Career Routes checks" + notCheckedAside();
            case NOT_CHECKED -> "Career Routes does not check this job\u2019s entry requirements: read them on its "
                    + "How to become one page";
        };
    }

    private String notCheckedAside() {
        long unchecked = routesNotChecked();
        return unchecked == 0 ? "" : " (it does not check " + unchecked + " of its " + routes.size() + ")";
    }

    /** "Apprenticeship: you meet the usual entry requirements for an advanced apprenticeship". */
    public static String routeLine(RouteVerdict verdict) {
        String headline = verdict.headline();
        if (headline.equals(Outcome.PREDICTED.headline())) {
            headline = "Predicted grades meet the usual entry requirements";
        }
        return verdict.route().title() + ": " + Words.lowerFirst(headline);
    }
}
