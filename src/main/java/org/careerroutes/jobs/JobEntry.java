package org.careerroutes.jobs;

import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.Section;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One job as the Jobs page knows it: only what its cards, search, filters, "on track for me" and
 * "jobs like this" need, so that hundreds of jobs are held without their whole profiles (a whole
 * profile is read when the job is opened).
 *
 * @param duties       what the job involves, each item or paragraph of its duties (searched, not shown)
 * @param skills       its related skills, as the profile lists them
 * @param subjects     its related school subjects, as the profile lists them
 * @param registration whether the job needs registration with a body (the profile's registration section)
 * @param routes       its routes into the job, in the profile's order
 * @param attribution  where its text comes from, as its profile says (the summary on its card is its text)
 */
public record JobEntry(String id, String title, String summary, List<String> duties, List<String> skills,
                       List<String> subjects, boolean registration, List<JobRoute> routes, String attribution) {

    public JobEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        duties = List.copyOf(duties);
        skills = List.copyOf(skills);
        subjects = List.copyOf(subjects);
        routes = List.copyOf(routes);
        Objects.requireNonNull(attribution, "attribution");
    }

    /** What the Jobs page needs of a whole profile. */
    public static JobEntry of(Profile profile) {
        List<JobRoute> routes = profile.entryRoutes().routes().stream().map(route -> new JobRoute(route.id(),
                route.title(), RouteType.ofRoute(route.id()), route.rules(), paid(profile, route.id()))).toList();
        return new JobEntry(profile.id(), profile.title(), profile.summary(), texts(profile.duties()),
                items(profile.skills()), items(profile.subjects()), profile.registration().isPresent(), routes,
                profile.source().attribution());
    }

    /** The kinds of its routes, in {@link RouteType}'s order. */
    public Set<RouteType> types() {
        Set<RouteType> types = EnumSet.noneOf(RouteType.class);
        routes.forEach(route -> types.add(route.type()));
        return types;
    }

    /** Whether any of its routes pays while you train, where the profile says. */
    public boolean paidWhileTraining() {
        return routes.stream().anyMatch(JobRoute::isPaid);
    }

    /** Whether Career Routes checks the entry requirements of any of its routes. */
    public boolean anyRouteChecked() {
        return routes.stream().anyMatch(route -> !route.rules().isEmpty());
    }

    /** Its routes as the eligibility checker takes them. */
    public List<EntryRoute> entryRoutes() {
        return routes.stream().map(JobRoute::asEntryRoute).toList();
    }

    /**
     * Whether a route pays while you train: every pathway of it on the route map has a step that
     * says it is paid, and none that says it is not (a degree before a paid training programme is
     * not "paid while you train").
     */
    static Optional<Boolean> paid(Profile profile, String routeId) {
        Optional<RouteMap> map = profile.routeMap();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        List<Pathway> pathways = map.get().pathways().stream()
                .filter(p -> p.route().filter(routeId::equals).isPresent()).toList();
        boolean said = false;
        boolean allPaid = !pathways.isEmpty();
        for (Pathway pathway : pathways) {
            List<PaidWhileTraining> pay = pathway.steps().stream().flatMap(step -> map.get().node(step).stream())
                    .map(MapNode::paid).flatMap(Optional::stream).toList();
            said |= !pay.isEmpty();
            allPaid &= !pay.isEmpty() && pay.stream().allMatch(PaidWhileTraining::paid);
        }
        return said ? Optional.of(allPaid) : Optional.empty();
    }

    /** The items of a section's lists; its paragraphs when it has no list. */
    private static List<String> items(Section section) {
        List<String> items = section.items();
        return items.isEmpty() ? texts(section) : items;
    }

    /** A section's paragraphs and list items, without the lists' introductions ("You could:"). */
    private static List<String> texts(Section section) {
        List<String> texts = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof BulletList list) {
                texts.addAll(list.items());
            } else if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            }
        }
        return texts;
    }
}
