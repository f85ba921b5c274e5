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
        List<String> names = new ArrayList<>(type == QualificationType.OTHER_LEVEL_3 ? QualificationType.LEVEL_3_KINDS
                : SubjectCatalogue.subjectsFor(type.asRuleQualification()).stream().map(Subject::name).toList());
        if (type == QualificationType.GCSE) {
            // Three GCSEs under one name: offered so that its grades can be given together.
            names.add(SubjectCatalogue.TRIPLE_SCIENCE_NAMES.get(0));
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            List<String> spellings = new ArrayList<>();
            spellings.add(name);
            SubjectCatalogue.find(name, type.asRuleQualification()).ifPresent(s -> spellings.addAll(s.aliases()));
            if (SubjectCatalogue.isTripleScience(name)) {
                spellings.addAll(SubjectCatalogue.TRIPLE_SCIENCE_NAMES);
            }
            if (spellings.stream().map(SubjectCatalogue::normalise).anyMatch(s -> s.startsWith(wanted))) {
                starting.add(name);
            } else if (spellings.stream().map(SubjectCatalogue::normalise).anyMatch(s -> s.contains(wanted))) {
                containing.add(name);
            }
        }
        // A name typed in full needs no suggestion ("Maths" at A level, not also "Further maths"):
        // the list would only get in the way of Tab and Enter.
        if (SubjectCatalogue.find(typed, type.asRuleQualification()).isPresent()
                && names.stream().anyMatch(name -> SubjectCatalogue.normalise(name).equals(wanted))
                || type == QualificationType.GCSE && SubjectCatalogue.isTripleScience(typed)) {
            return List.of();
        }
        starting.addAll(containing);
        return starting;
    }

    /** The most subjects suggested for a name we do not know. */
    private static final int MOST_SUGGESTED = 3;
    /** Containing a subject's name ("Astrophysics": physics) is a weaker likeness than a slip or two. */
    private static final int CONTAINS = 3;

    /**
     * The subjects a name we do not know is probably meant to be, at most three, the likeliest
     * first: one a slip or two of the keyboard away from it ("Phyiscs", "Chemestry"; a swap of two
     * letters is one slip, and a name shorter than five letters allows one), then one whose name
     * (or other name) is inside it or it inside that ("Astrophysics": physics). A degree's award
     * and "(Hons)" are left out first, so "BSc Phyiscs" suggests Physics too.
     */
    public static List<String> similarTo(QualificationType type, String typed) {
        String wanted = SubjectCatalogue.subjectWords(typed == null ? "" : typed, type.asRuleQualification());
        if (wanted.length() < 3 || type == QualificationType.OTHER_LEVEL_3) {
            return List.of();
        }
        record Likeness(String name, int distance, int order) {
        }
        List<Likeness> close = new ArrayList<>();
        List<Subject> subjects = SubjectCatalogue.subjectsFor(type.asRuleQualification());
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            List<String> spellings = new ArrayList<>();
            spellings.add(subject.name());
            spellings.addAll(subject.aliases());
            int best = spellings.stream().map(SubjectCatalogue::normalise).mapToInt(name -> likeness(name, wanted))
                    .min().orElse(Integer.MAX_VALUE);
            if (best <= CONTAINS) {
                close.add(new Likeness(subject.name(), best, i));
            }
        }
        return close.stream().sorted(java.util.Comparator.comparingInt(Likeness::distance).thenComparingInt(Likeness::order))
                .limit(MOST_SUGGESTED).map(Likeness::name).toList();
    }

    /** Slips from one to the other, when one or two; {@link #CONTAINS} when one holds the other; else more. */
    private static int likeness(String name, String wanted) {
        int allowed = Math.min(name.length(), wanted.length()) >= 5 ? 2 : 1;
        int slips = Words.slips(name, wanted);
        if (slips <= allowed) {
            return slips;
        }
        return name.length() >= 4 && (wanted.contains(name) || name.contains(wanted)) ? CONTAINS : Integer.MAX_VALUE;
    }
}
