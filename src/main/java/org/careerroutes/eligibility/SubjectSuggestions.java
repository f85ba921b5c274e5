package org.careerroutes.eligibility;

import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * What to suggest as a student types a subject: the catalogue's names whose name or any other
 * name they go by starts with (or, failing that, contains) what is typed, so "Mathem" suggests
 * "Maths" and "double" suggests "Combined science".
 */
public final class SubjectSuggestions {

    private SubjectSuggestions() {
    }

    public static List<String> forTyped(QualificationType type, String typed) {
        String wanted = SubjectCatalogue.normalise(typed == null ? "" : typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> names = type == QualificationType.OTHER_LEVEL_3 ? QualificationType.LEVEL_3_KINDS
                : SubjectCatalogue.subjectsFor(type.asRuleQualification()).stream().map(Subject::name).toList();
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            List<String> spellings = new ArrayList<>();
            spellings.add(name);
            SubjectCatalogue.find(name, type.asRuleQualification()).ifPresent(s -> spellings.addAll(s.aliases()));
            if (spellings.stream().map(SubjectCatalogue::normalise).anyMatch(s -> s.startsWith(wanted))) {
                starting.add(name);
            } else if (spellings.stream().map(SubjectCatalogue::normalise).anyMatch(s -> s.contains(wanted))) {
                containing.add(name);
            }
        }
        // A name typed in full needs no suggestion ("Maths" at A level, not also "Further maths"):
        // the list would only get in the way of Tab and Enter.
        if (SubjectCatalogue.find(typed, type.asRuleQualification()).isPresent()
                && names.stream().anyMatch(name -> SubjectCatalogue.normalise(name).equals(wanted))) {
            return List.of();
        }
        starting.addAll(containing);
        return starting;
    }

    /**
     * The subjects a name we do not know is probably meant to be, at most three: a subject whose
     * name (or other name) is inside it ("Astrophysics": physics), or one a slip or two away from
     * it ("Chemestry": chemistry).
     */
    public static List<String> similarTo(QualificationType type, String typed) {
        String wanted = SubjectCatalogue.normalise(typed == null ? "" : typed);
        if (wanted.length() < 3 || type == QualificationType.OTHER_LEVEL_3) {
            return List.of();
        }
        List<String> close = new ArrayList<>();
        for (Subject subject : SubjectCatalogue.subjectsFor(type.asRuleQualification())) {
            List<String> spellings = new ArrayList<>();
            spellings.add(subject.name());
            spellings.addAll(subject.aliases());
            boolean similar = spellings.stream().map(SubjectCatalogue::normalise).anyMatch(name ->
                    name.length() >= 4 && (wanted.contains(name) || name.contains(wanted))
                            || Words.editDistance(name, wanted) <= Math.max(1, Math.min(name.length(), wanted.length()) / 5));
            if (similar && close.size() < 3) {
                close.add(subject.name());
            }
        }
        return close;
    }
}
