package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One job profile, as read from a content file. Immutable; knows nothing of files or screens.
 *
 * @param id           a short stable name, e.g. "clinical-engineer"
 * @param title        the job's name, e.g. "Clinical engineer"
 * @param summary      the one-line description of the job
 * @param duties       what the job involves day to day
 * @param entryRoutes  how to get into the job
 * @param registration a requirement that applies whatever the route (e.g. HCPC registration)
 * @param skills       related skills
 * @param subjects     related school subjects
 * @param workplaces   where the job is done
 * @param careerPath   where the job can lead
 * @param salary       pay, where the profile gives it with a source
 * @param hours        working hours, where the profile gives them with a source
 * @param source       the origin and licence of the profile text
 * @param facts        facts from beyond the profile text, each with its source
 * @param routeMap     the map of routes into the job and beyond, where the profile has one
 */
public record Profile(String id, String title, String summary, Section duties,
                      EntryRoutes entryRoutes, Optional<Section> registration, Section skills,
                      Section subjects, Section workplaces, Section careerPath,
                      Optional<OptionalDetail> salary, Optional<OptionalDetail> hours,
                      SourceInfo source, List<Fact> facts, Optional<RouteMap> routeMap) {

    /** The section keys a fact's {@code about} may name, besides a route id or a route-map node id. */
    public static final Set<String> SECTION_KEYS = Set.of(
            "summary", "duties", "entryRoutes", "registration", "skills", "subjects",
            "workplaces", "careerPath");

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(duties, "duties");
        Objects.requireNonNull(entryRoutes, "entryRoutes");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(workplaces, "workplaces");
        Objects.requireNonNull(careerPath, "careerPath");
        Objects.requireNonNull(salary, "salary");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(source, "source");
        facts = List.copyOf(facts);
        Objects.requireNonNull(routeMap, "routeMap");
    }

    /** The facts shown with one route, section or route-map step, in file order. */
    public List<Fact> factsAbout(String key) {
        return facts.stream().filter(f -> f.about().contains(key)).toList();
    }
}
