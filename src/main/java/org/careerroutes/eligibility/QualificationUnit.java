package org.careerroutes.eligibility;

import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectNeed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One qualification, or one half of a double award, as a rule counts it; and which of them fill
 * the subjects a rule names, each a different one.
 *
 * @param subjects the main subjects it is in (two for joint honours)
 * @param standIn  a master's or doctorate in a relevant subject that counts for a degree's
 *                 subject (see {@link MasterForSubject})
 */
record QualificationUnit(StudentQualification from, List<Subject> subjects, int rank,
                         Optional<StudentQualification> standIn) {

    /** Whether it is in a subject the need accepts by itself, without a master's standing in. */
    boolean meetsItself(SubjectNeed need) {
        return subjects.stream().anyMatch(need::accepts);
    }

    boolean meets(SubjectNeed need) {
        return meetsItself(need) || standIn.filter(master -> master.reading().mainIsIn(need)).isPresent();
    }

    /**
     * Gives each slot (one subject a rule needs) a different unit, as many as can be: a small
     * bipartite matching by augmenting paths. Returns, for each slot, the unit's index or -1.
     */
    static int[] fill(List<SubjectNeed> slots, List<QualificationUnit> units) {
        int[] slotOf = new int[units.size()];
        Arrays.fill(slotOf, -1);
        for (int s = 0; s < slots.size(); s++) {
            augment(s, slots, units, slotOf, new boolean[units.size()]);
        }
        int[] filledBy = new int[slots.size()];
        Arrays.fill(filledBy, -1);
        for (int u = 0; u < units.size(); u++) {
            if (slotOf[u] >= 0) {
                filledBy[slotOf[u]] = u;
            }
        }
        return filledBy;
    }

    private static boolean augment(int slot, List<SubjectNeed> slots, List<QualificationUnit> units, int[] slotOf,
                                   boolean[] seen) {
        for (int u = 0; u < units.size(); u++) {
            if (!seen[u] && units.get(u).meets(slots.get(slot))) {
                seen[u] = true;
                if (slotOf[u] < 0 || augment(slotOf[u], slots, units, slotOf, seen)) {
                    slotOf[u] = slot;
                    return true;
                }
            }
        }
        return false;
    }
}
