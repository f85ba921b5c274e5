package org.careerroutes.jobs;

import org.careerroutes.importer.RouteKind;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.Section;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Jobs page needs of one route into a job: its name, its kind, its rules (for "on track
 * for me", ways in included), and whether a student is paid while training on it, where the
 * profile says.
 *
 * @param paid true when every pathway of the route on the route map has a step the profile says is
 *             paid and none it says is not (an apprenticeship, starting in a junior job); false when
 *             it says a step is not paid (a degree); empty when the profile says nothing of pay
 */
public record JobRoute(String id, String title, RouteType type, EntryRules rules, Optional<Boolean> paid) {

    private static final Section NO_TEXT = new Section("", List.of());

    public JobRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(paid, "paid");
    }

    public boolean isPaid() {
        return paid.orElse(false);
    }

    /**
     * The route as the Jobs page names it wherever it names a way in (a card's verdict, the
     * shortlist in My plan and the handout), in the words of the Ways in filter: a route of a kind
     * that has only the title the importer gives every such route ("Work") goes by the filter's
     * name ("Starting in a junior job"); one with a name of its own ("Degree apprenticeship", a
     * named programme) keeps it.
     */
    public String name() {
        if (type == RouteType.OTHER) {
            return title;
        }
        boolean plain = Arrays.stream(RouteKind.values())
                .anyMatch(kind -> kind.id().equals(type.id()) && kind.title().equalsIgnoreCase(title.strip()));
        return plain ? type.label() : title;
    }

    /** The route as the eligibility checker takes it: its rules, without the profile's text, by its {@link #name()}. */
    EntryRoute asEntryRoute() {
        return new EntryRoute(id, name(), Optional.empty(), List.of(), NO_TEXT, rules);
    }
}
