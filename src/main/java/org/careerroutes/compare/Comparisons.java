package org.careerroutes.compare;

import org.careerroutes.eligibility.Outcome;
import org.careerroutes.eligibility.Redirect;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a profile's pathways for a student: how long each takes to registration and to the
 * job, whether it is paid while training and how, what it gives, the register it reaches, what
 * it asks to start, and the student's verdict. Pure: no screen. Everything is counted from where
 * the student stands; what is behind them (done) is left out.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** The pathways a student may compare, in the map's order. */
    public static List<Pathway> pathways(Profile profile) {
        return profile.routeMap().map(RouteMap::pathways).orElse(List.of());
    }

    /**
     * The pathways shown first: up to the first three, in the map's order, so that the
     * apprenticeship stands beside the degree routes (Gatsby benchmark 7).
     */
    public static List<String> defaultChoice(Profile profile) {
        return pathways(profile).stream().limit(3).map(Pathway::id).toList();
    }

    /**
     * One column for a pathway.
     *
     * @param schoolYear the calendar year the school year chosen began in
     * @param today      today, from the app's clock: when a student who has finished can apply
     * @param verdicts   the student's verdict for each route; empty when they have entered nothing
     */
    public static RouteComparison compare(Profile profile, Pathway pathway, StartingPoint from, int schoolYear,
                                          LocalDate today, List<RouteVerdict> verdicts) {
        RouteMap map = profile.routeMap().orElseThrow(() -> new IllegalArgumentException("the profile has no route map"));
        Optional<EntryRoute> route = pathway.route().flatMap(id -> profile.entryRoutes().route(id));
        Optional<String> notForYou = route.flatMap(r -> notForYou(r, from, profile));
        PathwayTimeline laidOut = Timelines.of(map, pathway, from, schoolYear, today);
        PathwayTimeline timeline = notForYou.map(laidOut::notFor).orElse(laidOut);
        List<RouteComparison.PaidStep> paid = new ArrayList<>();
        List<String> qualifications = new ArrayList<>();
        List<String> registrations = new ArrayList<>();
        for (TimelineStep step : timeline.steps()) {
            MapNode node = map.node(step.stepId()).orElseThrow();
            if (node.kind() == NodeKind.REGISTRATION) {
                registrations.add(node.registrationReached().orElse(node.title()));
            }
            if (step.status() == TimelineStep.Status.DONE) {
                continue;
            }
            node.paid().ifPresent(p -> paid.add(new RouteComparison.PaidStep(node.title(), p)));
            node.qualificationGained().ifPresent(qualifications::add);
        }
        // For a route with ways in, the verdict of the way this pathway takes.
        Optional<RouteVerdict> verdict = route.flatMap(r -> verdicts.stream()
                .filter(v -> v.route().id().equals(r.id())).findFirst()).map(v -> v.on(pathway));
        return new RouteComparison(pathway, timeline,
                time(timeline, timeline.registration(), timeline.monthsToRegistration(), timeline.registrationYear(),
                        "registered in ", "This route has no registration step"),
                time(timeline, timeline.role(), timeline.monthsToRole(), timeline.roleYear(),
                        "starting in ", "This route does not reach the job"),
                paid, qualifications, registrations, route.map(EntryRoute::title),
                route.map(r -> r.entryRequirements().blocks()).orElse(List.of()), verdict);
    }

    /**
     * Why a route is not meant for someone where the student stands, and which is, in the words
     * "Am I on track?" uses: the NHS Practitioner Training Programme is for people without a
     * degree, so not for "I have a degree".
     */
    private static Optional<String> notForYou(EntryRoute route, StartingPoint from, Profile profile) {
        return route.rules().notFor().filter(notFor -> from.has(notFor.qualification())).map(notFor -> {
            Optional<EntryRoute> instead = notFor.instead().flatMap(id -> profile.entryRoutes().route(id));
            return new Redirect(notFor.qualification(), false, instead, Optional.empty()).explain();
        });
    }

    /** "8 years (registered in 2034)", or "Varies: the length of Work in the private sector is not known". */
    private static String time(PathwayTimeline timeline, Optional<TimelineStep> step, Optional<Integer> months,
                               Optional<Integer> year, String inYear, String none) {
        if (timeline.notForYou().isPresent()) {
            return Outcome.OTHER_ROUTE.symbol() + " Not for you: " + Words.lowerFirst(timeline.notForYou().get())
                    .replaceFirst("\\. .*", "");
        }
        if (step.isEmpty()) {
            return none;
        }
        if (step.get().status() == TimelineStep.Status.DONE) {
            return "Done already";
        }
        if (months.isEmpty() || year.isEmpty()) {
            return "Varies: " + timeline.firstUnknown().map(s -> "how long \u201c" + s.title() + "\u201d takes is not known")
                    .orElse("its length is not known");
        }
        return Lengths.describe(months.get()) + " (" + inYear + year.get() + ")";
    }

    /**
     * Where the times are counted from and when the next step starts, in sentences the tab shows as
     * they are: "Times are counted from September 2027, when your next step starts: the first
     * September at least 8 months away, as applications ... close months before they start."
     */
    public static String countedFrom(StartingPoint from, int schoolYear, LocalDate today) {
        return StartRule.sentence(from, schoolYear, today);
    }
}
