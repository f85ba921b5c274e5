package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.Words;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rule for a master's degree or doctorate in a relevant subject, applied the same way by every
 * route: it counts for the subject a degree is asked to be in, whatever the subject of the
 * student's first degree. The class asked for is still the first degree's. So a history
 * graduate with a master's in medical physics has the private sector's "degree in a relevant
 * subject" and the STP's "first or 2:1 in a relevant subject" (with a 2:1), and a 2:2 with it may
 * be considered for the STP; and each card says why, in the same words. See decision 0023.
 */
final class MasterForSubject {

    private MasterForSubject() {
    }

    /**
     * The master's or doctorate that counts for the subject of a degree this rule asks for, an
     * achieved one before one still being studied; empty when the rule asks for no subject.
     */
    static Optional<StudentQualification> standIn(EntryRule rule, List<StudentQualification> mine) {
        if (rule.qualification() != RuleQualification.DEGREE || rule.including().isEmpty()) {
            return Optional.empty();
        }
        return mine.stream().filter(q -> q.type() == QualificationType.HIGHER_DEGREE)
                .filter(q -> rule.including().stream().allMatch(need -> q.reading().mainIsIn(need)))
                .min(Comparator.comparing(StudentQualification::predicted));
    }

    /**
     * The rule in words, with the student's own master's: "Your master's or doctorate in medical
     * physics counts for the degree's subject: a master's degree or doctorate in a relevant science
     * or engineering subject does, whatever the subject of your first degree."
     */
    static Optional<String> note(EntryRule rule, Optional<StudentQualification> master) {
        return master.map(q -> {
            String subjects = Words.joinWith("and", rule.including().stream().map(SubjectNeed::describe).toList());
            String counts = q.predicted() ? " will count for the degree's subject once it is finished"
                    : " counts for the degree's subject";
            return "Your master's or doctorate in " + MissingWords.subject(q) + counts + ": a master's degree or doctorate in "
                    + subjects + " does, whatever the subject of your first degree.";
        });
    }
}
