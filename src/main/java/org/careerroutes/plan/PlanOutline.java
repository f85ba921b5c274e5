package org.careerroutes.plan;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan read against its profile: the favourite pathway's steps in order, each with its entry
 * route (where the step leads into one), the student's mark and note; and what the plan holds
 * that the profile no longer has (a step or pathway removed since), which is kept and said.
 *
 * @param pathway        the chosen pathway, when it is one the profile has
 * @param steps          its steps in order
 * @param unknownPathway the chosen pathway's id, when the profile has no such pathway
 * @param unknownSteps   ids of marked or noted steps that are not on the profile's route map
 */
public record PlanOutline(Optional<Pathway> pathway, List<Step> steps, Optional<String> unknownPathway,
                          List<String> unknownSteps) {

    /**
     * @param number     1 for the pathway's first step
     * @param node       the step on the route map
     * @param entryRoute the route of "How to become one" the step links to, whose entry requirements apply
     */
    public record Step(int number, MapNode node, Optional<EntryRoute> entryRoute, Optional<StepMark> mark,
                       Optional<String> note) {
    }

    public PlanOutline {
        steps = List.copyOf(steps);
        unknownSteps = List.copyOf(unknownSteps);
    }

    /** The pathways a student can choose from, in the profile's order. */
    public static List<Pathway> pathways(Profile profile) {
        return profile.routeMap().map(RouteMap::pathways).orElse(List.of());
    }

    public static PlanOutline of(Profile profile, MyPlan plan) {
        Optional<RouteMap> map = profile.routeMap();
        Optional<Pathway> chosen = plan.pathway().flatMap(id -> map.flatMap(m -> m.pathway(id)));
        Optional<String> unknownPathway = plan.pathway().filter(id -> chosen.isEmpty());
        List<Step> steps = new ArrayList<>();
        if (chosen.isPresent()) {
            int number = 1;
            for (String id : chosen.get().steps()) {
                Optional<MapNode> node = map.flatMap(m -> m.node(id));
                if (node.isEmpty()) {
                    continue;   // a loaded profile's pathways name only its steps; nothing to show otherwise
                }
                Optional<EntryRoute> route = node.get().link().flatMap(link -> profile.entryRoutes().route(link));
                steps.add(new Step(number++, node.get(), route, plan.mark(id), plan.stepNote(id)));
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : plan.marks().keySet()) {
            if (map.flatMap(m -> m.node(id)).isEmpty()) {
                unknown.add(id);
            }
        }
        for (String id : plan.stepNotes().keySet()) {
            if (map.flatMap(m -> m.node(id)).isEmpty()) {
                unknown.add(id);
            }
        }
        return new PlanOutline(chosen, steps, unknownPathway, List.copyOf(unknown));
    }

    /** Marks on the profile's steps off the chosen pathway, in the order they were made. */
    public static List<MapNode> markedElsewhere(Profile profile, MyPlan plan, PlanOutline outline) {
        Set<String> onPathway = new LinkedHashSet<>();
        outline.steps().forEach(s -> onPathway.add(s.node().id()));
        Set<String> ids = new LinkedHashSet<>(plan.marks().keySet());
        ids.addAll(plan.stepNotes().keySet());
        List<MapNode> nodes = new ArrayList<>();
        for (String id : ids) {
            if (!onPathway.contains(id)) {
                profile.routeMap().flatMap(m -> m.node(id)).ifPresent(nodes::add);
            }
        }
        return nodes;
    }
}
