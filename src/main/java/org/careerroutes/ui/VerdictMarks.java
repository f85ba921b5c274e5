package org.careerroutes.ui;

import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.Outcome;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.RuleResult;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;
import org.careerroutes.routemap.MapMark;
import org.careerroutes.routemap.MapMarks;
import org.careerroutes.routemap.RouteMapViewModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a student's verdicts on the route map: each pathway follows an entry route, whose verdict
 * marks the pathway (for a route with ways in, the verdict of the way the pathway takes); each rule
 * that names a step marks that step. The map knows nothing of
 * qualifications; this is the one place that turns verdicts into marks.
 */
final class VerdictMarks {

    /** The mark of a step further along a route that is open to the student. */
    static final String LATER = "later";
    static final String LATER_SYMBOL = "\u25cb";

    private VerdictMarks() {
    }

    /** Keeps the map's marks in step with the student's qualifications. */
    static void bind(MyQualifications mine, RouteMapViewModel map) {
        Runnable update = () -> map.marksProperty().set(mine.isEmpty() ? MapMarks.NONE
                : of(map.map(), mine.verdictsProperty().get()));
        mine.verdictsProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    static MapMarks of(RouteMap map, List<RouteVerdict> verdicts) {
        Map<String, MapMark> pathways = new HashMap<>();
        Set<String> open = new HashSet<>();
        Map<String, Map<String, MapMark>> byPathway = new HashMap<>();
        Map<String, Map<String, MapMark>> stepMarksByPathwayTitle = new LinkedHashMap<>();
        List<String> openTitles = new ArrayList<>();
        List<String> consideredTitles = new ArrayList<>();
        List<String> notYetTitles = new ArrayList<>();
        Map<String, List<String>> otherRouteTitles = new LinkedHashMap<>();
        for (Pathway pathway : map.pathways()) {
            // A pathway through one of a route's ways in is marked by that way's verdict.
            Optional<RouteVerdict> verdict = pathway.route().flatMap(id -> verdicts.stream()
                    .filter(v -> v.route().id().equals(id)).findFirst()).map(v -> v.on(pathway));
            if (verdict.isEmpty() || verdict.get().outcome() == Outcome.NO_RULES) {
                continue;
            }
            RouteVerdict v = verdict.get();
            pathways.put(pathway.id(), pathwayMark(v));
            if (v.outcome().isOpen()) {
                open.add(pathway.id());
                openTitles.add(pathway.title() + (v.outcome() == Outcome.PREDICTED ? " (with predicted grades)" : ""));
            } else if (v.outcome() == Outcome.MAY_BE_CONSIDERED) {
                consideredTitles.add(pathway.title());
            } else if (v.outcome() == Outcome.OTHER_ROUTE) {
                // "Meant for people without a degree: NHS Practitioner Training Programme"
                String meantFor = v.redirect().map(r -> "Meant for people without "
                        + org.careerroutes.model.Words.withArticle(r.without().name(1))).orElse("Another route fits");
                otherRouteTitles.computeIfAbsent(meantFor, k -> new ArrayList<>()).add(pathway.title());
            } else {
                notYetTitles.add(pathway.title());
            }
            Map<String, MapMark> steps = stepMarks(v, pathway);
            byPathway.put(pathway.id(), steps);
            stepMarksByPathwayTitle.put(pathway.title(), steps);
        }
        return new MapMarks(summary(openTitles, consideredTitles, notYetTitles, otherRouteTitles), pathways, open, overall(stepMarksByPathwayTitle),
                byPathway);
    }

    private static MapMark pathwayMark(RouteVerdict v) {
        String label = switch (v.outcome()) {
            case MEETS -> "Open to you";
            case PREDICTED -> "Open with predicted grades";
            case MAY_BE_CONSIDERED -> "May be considered";
            case OTHER_ROUTE -> "Another route fits";
            default -> "Not yet";
        };
        return new MapMark(v.outcome().symbol(), label, v.summary(), v.outcome().styleKey());
    }

    /** A mark for each step a rule of the pathway's route names: the least favourable where several do. */
    private static Map<String, MapMark> stepMarks(RouteVerdict v, Pathway pathway) {
        Map<String, List<RuleResult>> byStep = new LinkedHashMap<>();
        // A step that only helps (hospital experience) hangs beside the pathway rather than on it.
        v.allResults().filter(r -> r.rule().step().filter(step -> r.onlyHelps() || pathway.steps().contains(step))
                        .isPresent())
                .forEach(r -> byStep.computeIfAbsent(r.rule().step().get(), s -> new ArrayList<>()).add(r));
        Map<String, MapMark> marks = new LinkedHashMap<>();
        byStep.forEach((step, results) -> marks.put(step, laterOnAnOpenRoute(v, stepMark(results))));
        return marks;
    }

    /**
     * On a route open to the student, every requirement for starting it is met (or predicted to
     * be): a step still marked "not yet" is one further along, not yet started, not a failure.
     */
    private static MapMark laterOnAnOpenRoute(RouteVerdict v, MapMark mark) {
        if (!v.outcome().isOpen() || !mark.style().equals(Outcome.NOT_YET.styleKey())) {
            return mark;
        }
        return new MapMark(LATER_SYMBOL, "Later step", "A later step on this route, not yet started. " + mark.detail(), LATER);
    }

    private static MapMark stepMark(List<RuleResult> results) {
        String detail = String.join(" ", results.stream().map(r -> r.describe() + ".").toList());
        List<RuleResult> deciding = results.stream().filter(r -> !r.onlyHelps()).toList();
        if (deciding.isEmpty()) {
            boolean has = results.stream().allMatch(r -> r.outcome() == Outcome.MEETS);
            return has ? new MapMark("\u2713", "You have this", detail, "met")
                    : new MapMark("+", "Would help", detail, "helps");
        }
        // Short words: a step is narrow, and the detail panel says the rest.
        Outcome worst = deciding.stream().map(RuleResult::outcome).reduce(Outcome::worseOf).orElseThrow();
        String label = switch (worst) {
            case MEETS -> "You have this";
            case PREDICTED -> "Predicted";
            case MAY_BE_CONSIDERED -> "May be considered";
            default -> "Not yet";
        };
        return new MapMark(worst.symbol(), label, detail, worst.styleKey());
    }

    /**
     * A step's mark while no pathway is chosen: the same as on every pathway through it when
     * they agree, or "some routes" with each pathway's words when some are open and some not.
     */
    private static Map<String, MapMark> overall(Map<String, Map<String, MapMark>> byPathwayTitle) {
        Map<String, Map<String, MapMark>> byStep = new LinkedHashMap<>();
        byPathwayTitle.forEach((title, steps) -> steps.forEach((step, mark) ->
                byStep.computeIfAbsent(step, s -> new LinkedHashMap<>()).put(title, mark)));
        Map<String, MapMark> overall = new HashMap<>();
        byStep.forEach((step, marks) -> {
            List<String> lines = new ArrayList<>();
            marks.forEach((title, mark) -> lines.add(title + ": " + mark.detail()));
            String detail = String.join("\n", lines);
            // Every route open here (some perhaps only with predictions): the least sure of them.
            // None open: the same. Some open and some not: say so.
            long open = marks.values().stream().filter(VerdictMarks::isOpen).count();
            long later = marks.values().stream().filter(m -> m.style().equals(LATER)).count();
            if (later > 0 && open == 0) {
                // Ahead on a route the student is on: that says more than "not yet" on another.
                overall.put(step, new MapMark(LATER_SYMBOL, "Later step", detail, LATER));
            } else if (open > 0 && open < marks.size()) {
                overall.put(step, new MapMark("\u00bd", "Some routes", detail, "some"));
            } else {
                MapMark leastSure = marks.values().stream().max(Comparator.comparingInt(VerdictMarks::doubt)).orElseThrow();
                overall.put(step, new MapMark(leastSure.symbol(), leastSure.label(), detail, leastSure.style()));
            }
        });
        return overall;
    }

    private static boolean isOpen(MapMark mark) {
        return mark.style().equals("met") || mark.style().equals("predicted");
    }

    /** How far a mark is from "you have this", for choosing the least sure of several. */
    private static int doubt(MapMark mark) {
        return List.of("met", "predicted", "later", "helps", "considered", "not-yet").indexOf(mark.style());
    }

    private static String summary(List<String> open, List<String> considered, List<String> notYet,
                                  Map<String, List<String>> otherRoute) {
        StringBuilder text = new StringBuilder("Your qualifications: ");
        if (open.isEmpty()) {
            text.append("no route is open to you yet.");
        } else {
            text.append("open to you (highlighted): ").append(String.join("; ", open)).append('.');
        }
        if (!considered.isEmpty()) {
            text.append(" May be considered: ").append(String.join("; ", considered)).append('.');
        }
        if (!notYet.isEmpty()) {
            text.append(" Not yet: ").append(String.join("; ", notYet)).append('.');
        }
        otherRoute.forEach((meantFor, titles) -> text.append(' ').append(meantFor).append(": ")
                .append(String.join("; ", titles)).append('.'));
        return text.toString();
    }
}
