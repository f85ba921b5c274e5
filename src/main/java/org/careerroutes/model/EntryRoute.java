package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way into the job (university, apprenticeship, a training programme...).
 *
 * @param id                unique within the profile, used by facts and links
 * @param title             as shown on the route's card
 * @param group             a heading shared by consecutive routes, such as "Other routes"
 * @param blocks            what the route involves, in the profile's words
 * @param entryRequirements what a student usually needs to start it, in the profile's words
 * @param rules             the same requirements as rules the app can check a student's
 *                          qualifications against; {@link EntryRules#NONE} when the profile gives none
 */
public record EntryRoute(String id, String title, Optional<String> group, List<Block> blocks,
                         Section entryRequirements, EntryRules rules) {

    public EntryRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(group, "group");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(entryRequirements, "entryRequirements");
        Objects.requireNonNull(rules, "rules");
    }
}
