package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry requirements of one route-map step, its own and no other's: the step a route starts
 * at (the degree, for University) has the route's; a step a later checkpoint names (the STP) has
 * the checkpoint's, with their source; any other step (the GCSEs, the HCPC register, the STP's
 * voluntary work) has none, even where it belongs to a route. A route starts at the first step,
 * on a pathway that follows it, that belongs to it, and at the step of each of its ways in.
 *
 * @param route      the route of "How to become one" the requirements come from
 * @param checkpoint the later checkpoint they are, when not the route's own to start it
 */
public record StepRequirements(EntryRoute route, Optional<Checkpoint> checkpoint) {

    public StepRequirements {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** The requirements of a step of the profile's route map, if it has any of its own. */
    public static Optional<StepRequirements> of(Profile profile, String stepId) {
        for (EntryRoute route : profile.entryRoutes().routes()) {
            Optional<Checkpoint> checkpoint = route.rules().later().stream()
                    .filter(c -> c.step().filter(stepId::equals).isPresent()).findFirst();
            if (checkpoint.isPresent()) {
                return Optional.of(new StepRequirements(route, checkpoint));
            }
        }
        return profile.routeMap().flatMap(map -> map.node(stepId)).flatMap(MapNode::link)
                .flatMap(link -> profile.entryRoutes().route(link))
                .filter(route -> startStep(profile, route).filter(stepId::equals).isPresent()
                        || route.rules().wayAt(stepId).isPresent())
                .map(route -> new StepRequirements(route, Optional.empty()));
    }

    /** The step a route starts at: on the first pathway that follows it, its first step that belongs to it. */
    static Optional<String> startStep(Profile profile, EntryRoute route) {
        List<Pathway> pathways = profile.routeMap().map(RouteMap::pathways).orElse(List.of());
        return pathways.stream().filter(p -> p.route().filter(route.id()::equals).isPresent()).findFirst()
                .flatMap(pathway -> pathway.steps().stream().filter(id -> profile.routeMap().flatMap(m -> m.node(id))
                        .flatMap(MapNode::link).filter(route.id()::equals).isPresent()).findFirst());
    }
}
