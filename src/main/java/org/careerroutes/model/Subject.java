package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A subject a student can have a qualification in, from {@link SubjectCatalogue}.
 *
 * @param id      as rules write it, e.g. "maths"
 * @param name    as shown, e.g. "Maths"
 * @param aliases other names students type for it ("Mathematics", "Math")
 * @param kinds   the qualifications it can be taken as (GCSE, A level, degree, experience)
 * @param groups  the groups it belongs to, e.g. "science"
 * @param awards  how many qualifications it is worth: 2 for GCSE Combined Science, a double award
 */
public record Subject(String id, String name, List<String> aliases, Set<RuleQualification> kinds,
                      Set<String> groups, int awards) {

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        kinds = Set.copyOf(kinds);
        groups = Set.copyOf(groups);
        if (awards < 1 || awards > 2) {
            throw new IllegalArgumentException("awards must be 1 or 2: " + awards);
        }
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isDoubleAward() {
        return awards == 2;
    }
}
