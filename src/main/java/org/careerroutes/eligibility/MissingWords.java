package org.careerroutes.eligibility;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.SubjectReading;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a student is missing for one rule, as phrases that follow "you need". Each need is said
 * once, and a result below the grade asked for is named with its subject beside the need it is
 * about: "one more science at GCSE grade 4 or above (your chemistry is grade 3)". "Yours" alone
 * is said only where one subject, or one degree, is named just before it. When every result falls
 * short, every one is named; a result is named under one need only, and a need it would count
 * towards as well says so.
 */
final class MissingWords {

    private final EntryRule rule;
    private final List<QualificationUnit> all;
    private final List<QualificationUnit> counting;
    private final List<SubjectNeed> slots;
    private final int[] filledBy;
    private final boolean onlyLaterDegrees;
    private final List<StudentQualification> belowDegree;
    /** The results already named under one need, so no other need names them again. */
    private final Set<StudentQualification> named = new LinkedHashSet<>();

    /**
     * @param all              every unit the rule counts, at any grade
     * @param counting         those at the grade asked for
     * @param slots            one per subject the rule needs (a need of two sciences is two slots)
     * @param filledBy         for each slot, the counting unit that fills it, or -1
     * @param onlyLaterDegrees no degree entered, but a master's or doctorate, which comes after one
     * @param belowDegree      foundation degrees and HNDs entered, which a degree rule does not count
     */
    MissingWords(EntryRule rule, List<QualificationUnit> all, List<QualificationUnit> counting, List<SubjectNeed> slots, int[] filledBy,
                 boolean onlyLaterDegrees, List<StudentQualification> belowDegree) {
        this.rule = rule;
        this.all = all;
        this.counting = counting;
        this.slots = slots;
        this.filledBy = filledBy;
        this.onlyLaterDegrees = onlyLaterDegrees;
        this.belowDegree = belowDegree;
    }

    List<String> missing() {
        RuleQualification q = rule.qualification();
        if ((q == RuleQualification.DEGREE || q == RuleQualification.HIGHER_DEGREE) && rule.count() == 1) {
            return List.of(aside(degreeNeeded(), degrees()));
        }
        if (counting.isEmpty()) {
            // Nothing counts yet: the whole rule, and every result below its grade.
            return List.of(aside(rule.describe(), your(below(u -> true), false)));
        }
        int unfilled = (int) java.util.Arrays.stream(filledBy).filter(u -> u < 0).count();
        int stillShort = rule.count() - counting.size() - unfilled;
        List<String> missing = new ArrayList<>(subjects(stillShort > 0));
        if (stillShort > 0) {
            missing.add(more(stillShort, unfilled > 0));
        }
        return missing;
    }

    /**
     * The subjects the rule names that no counted result provides: those wholly missing together
     * ("maths and physics at A level"), then each group still short ("one more science at GCSE
     * grade 4 or above"). {@code countsToo}: more results are needed besides, and each of these
     * counts towards the number asked for as well, which is said.
     */
    private List<String> subjects(boolean countsToo) {
        List<String> missing = new ArrayList<>();
        List<SubjectNeed> whole = new ArrayList<>();
        for (SubjectNeed need : rule.including()) {
            int got = filled(need);
            int wanted = need.count();
            if (got >= wanted) {
                continue;
            }
            if (got == 0) {
                whole.add(need);
                continue;
            }
            String one = need.anyOf().size() == 1 ? SubjectCatalogue.group(need.anyOf().get(0))
                    .map(g -> wanted - got == 1 ? g.one().replaceFirst("^an? ", "") : g.many())
                    .orElse(SubjectCatalogue.phrase(need.anyOf().get(0))) : need.describe();
            missing.add(aside(Words.number(wanted - got) + " more " + one + " at " + where()
                            + alsoCounts(countsToo, wanted - got > 1),
                    your(below(u -> u.meets(need)), false)));
        }
        if (!whole.isEmpty()) {
            String needs = Words.joinWith("and", whole.stream().map(SubjectNeed::describe).toList());
            String text = rule.qualification() == RuleQualification.EXPERIENCE ? needs : needs + " at " + where();
            // "English language at GCSE grade 4 or above (yours is grade 3)": one subject just named.
            boolean oneSubject = whole.size() == 1 && whole.get(0).count() == 1 && whole.get(0).anyOf().size() == 1
                    && SubjectCatalogue.subject(whole.get(0).anyOf().get(0)).isPresent() && !countsToo;
            boolean several = whole.size() > 1 || whole.get(0).count() > 1;
            missing.add(0, aside(text + alsoCounts(countsToo, several),
                    your(below(u -> whole.stream().anyMatch(u::meets)), oneSubject)));
        }
        return missing;
    }

    /** How many of the slots for this need a counted result fills. */
    private int filled(SubjectNeed need) {
        int got = 0;
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s) == need && filledBy[s] >= 0) {
                got++;
            }
        }
        return got;
    }

    /** ", which counts towards the five GCSEs too"; "which count" after several things ("two sciences"). */
    private String alsoCounts(boolean countsToo, boolean several) {
        return countsToo ? ", which " + (several ? "count" : "counts") + " towards the " + Words.number(rule.count()) + " "
                + rule.qualification().name(rule.count()) + " too" : "";
    }

    /**
     * The degree needed, in words: the rule's own, or, where a degree the student has is of the
     * class asked but not in a subject asked for, the subject alone and the master's that would
     * count for it ("a degree in a relevant science or engineering subject, or a master's or
     * doctorate in one"), said the same way on every card that asks for it.
     */
    private String degreeNeeded() {
        boolean classMet = all.stream().anyMatch(u -> u.from().type() == QualificationType.DEGREE
                && u.rank() >= rule.minRank());
        boolean subjectMet = all.stream().anyMatch(u -> rule.including().stream().allMatch(u::meets));
        if (rule.qualification() != RuleQualification.DEGREE || rule.including().isEmpty() || !classMet || subjectMet) {
            return rule.describe();
        }
        EntryRule subjectOnly = new EntryRule(RuleQualification.DEGREE, 1, Optional.empty(), rule.including(),
                Optional.empty(), false, List.of());
        return subjectOnly.describeFromRule() + ", or a master's or doctorate in one";
    }

    /**
     * "one more GCSE at grade 4 or above"; "in another subject" when subjects are missing too, so
     * that it and "one more science" read as two different GCSEs.
     */
    private String more(int stillShort, boolean subjectsMissingToo) {
        RuleQualification q = rule.qualification();
        return aside(Words.number(stillShort) + " more " + q.name(stillShort)
                + rule.minGrade().map(g -> " at " + q.scale().atLeast(g)).orElse("")
                + (subjectsMissingToo ? (stillShort == 1 ? " in another subject" : " in other subjects") : ""),
                your(below(u -> true), false));
    }

    /** The results below the rule's grade that {@code which} accepts, and not named already; each named now. */
    private List<StudentQualification> below(java.util.function.Predicate<QualificationUnit> which) {
        if (rule.minGrade().isEmpty()) {
            return List.of();
        }
        List<StudentQualification> found = all.stream().filter(which).filter(u -> u.rank() < rule.minRank())
                .sorted(Comparator.comparingInt(QualificationUnit::rank).reversed())
                .map(QualificationUnit::from).distinct().filter(q -> !named.contains(q)).toList();
        named.addAll(found);
        return found;
    }

    /**
     * "your maths and English language are grade 3, and your history is grade 2"; "yours is grade
     * 3" when {@code bare} and one result only; "your combined science is grade 4-3, which counts
     * once" for a double award half of which counts already.
     */
    private String your(List<StudentQualification> results, boolean bare) {
        if (results.isEmpty()) {
            return "";
        }
        if (bare && results.size() == 1 && !partlyCounts(results.get(0))) {
            return "yours is " + grade(results.get(0));
        }
        Map<String, List<String>> byGrade = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (StudentQualification q : results) {
            if (partlyCounts(q)) {
                parts.add("your " + subject(q) + " is " + grade(q) + ", which counts once");
            } else {
                byGrade.computeIfAbsent(grade(q), g -> new ArrayList<>()).add(subject(q));
            }
        }
        List<String> grouped = new ArrayList<>();
        byGrade.forEach((grade, subjects) -> grouped.add("your " + Words.joinWith("and", subjects)
                + (subjects.size() == 1 ? " is " : " are ") + grade));
        grouped.addAll(parts);
        if (grouped.size() == 1) {
            return grouped.get(0);
        }
        if (!parts.isEmpty()) {
            return String.join("; ", grouped);
        }
        return String.join(", ", grouped.subList(0, grouped.size() - 1)) + ", and " + grouped.get(grouped.size() - 1);
    }

    /** A double award with one grade at the rule's grade and one below. */
    private boolean partlyCounts(StudentQualification q) {
        return q.grades().length > 1 && java.util.Arrays.stream(q.grades()).anyMatch(g -> g >= rule.minRank());
    }

    /**
     * About each degree the student has that falls short, in one aside: its class if below the one
     * asked for (an ordinary degree is without honours), its subject if not on our list (hedged:
     * universities and employers decide), the second subject of a "with" degree when only that is
     * on it, and a foundation degree or HND, which is not a bachelor's degree.
     */
    private String degrees() {
        if (onlyLaterDegrees) {
            return "you have added a master's or doctorate, but not the degree before it: add that too, with its class";
        }
        List<StudentQualification> degrees = all.stream().map(QualificationUnit::from).distinct().toList();
        boolean one = degrees.size() == 1;
        List<String> parts = new ArrayList<>();
        Set<String> offList = new LinkedHashSet<>();
        boolean hedge = false;
        for (StudentQualification degree : degrees) {
            QualificationUnit unit = all.stream().filter(u -> u.from() == degree).findFirst().orElseThrow();
            boolean relevant = rule.including().isEmpty() || rule.including().stream().allMatch(unit::meets);
            boolean low = rule.minRank() > 0 && unit.rank() < rule.minRank();
            String subject = subject(degree);
            Optional<String> onlySecond = onlySecondOnList(degree);
            if (relevant && low) {
                parts.add(one ? "yours is " + grade(degree) : "your " + subject + " degree is " + grade(degree));
            } else if (!relevant && low) {
                parts.add(one ? "yours is " + grade(degree) + " in " + subject + ", which is not on our list of these subjects"
                        : "your " + subject + " degree is " + grade(degree) + ", and " + subject
                        + " is not on our list of these subjects");
                onlySecond.ifPresent(parts::add);
                hedge = true;
            } else if (!relevant) {
                if (onlySecond.isPresent()) {
                    parts.add(onlySecond.get());
                    hedge = true;
                } else {
                    offList.add(subject);
                }
            }
        }
        List<String> named = List.copyOf(offList);
        if (!named.isEmpty()) {
            String subjects = Words.joinWith("and", named) + (named.size() == 1 ? " is" : " are");
            parts.add((parts.isEmpty() ? Words.capitalise(subjects) : subjects) + " not on our list of these subjects");
        }
        for (StudentQualification below : belowDegree) {
            String words = "your " + below.type().inSentence() + " in " + subject(below) + " is not a bachelor's degree";
            parts.add(words);
        }
        if (!named.isEmpty() || hedge) {
            parts.add("universities and employers decide what is relevant");
        }
        return String.join("; ", parts);
    }

    /**
     * For a degree whose main subject is not one asked for but whose second is ("History with
     * Physics"): "its main subject, history, is not on our list of these subjects, though physics,
     * its second subject, is".
     */
    private Optional<String> onlySecondOnList(StudentQualification degree) {
        SubjectReading reading = degree.reading();
        return reading.second().filter(second -> rule.including().stream().allMatch(need -> need.accepts(second)))
                .map(second -> "its main subject, " + mainWords(reading) + ", is not on our list of these subjects, though "
                        + SubjectCatalogue.phrase(second.id()) + ", its second subject, is");
    }

    private static String mainWords(SubjectReading reading) {
        List<String> words = new ArrayList<>(reading.main().stream().map(s -> SubjectCatalogue.phrase(s.id())).toList());
        words.addAll(reading.unknownMain());
        return Words.joinWith("and", words);
    }

    /** "maths", "combined science", "maths and physics" for joint honours, or the name as typed for one we do not know. */
    static String subject(StudentQualification q) {
        SubjectReading reading = q.reading();
        if (!reading.isKnown()) {
            return reading.name();
        }
        return reading.single().filter(s -> reading.second().isEmpty()).map(Subject::id).map(SubjectCatalogue::phrase)
                .orElse(Words.lowerFirst(reading.name()));
    }

    /** "grade 3", "predicted grade 3", "a 2:2", "expected to be a 2:2". */
    private String grade(StudentQualification q) {
        GradeScale scale = q.type().scale();
        String grade = scale.describe(q.gradeText()) + (q.gradeText().equals("ordinary") && rule.minRank() > 0
                ? ", without honours" : "");
        if (!q.predicted()) {
            return grade;
        }
        return q.type().isHigherEducation() ? "expected to be " + grade : "predicted " + grade;
    }

    /** "A level", "GCSE grade 4 or above", "a first or 2:1 degree". */
    private String where() {
        RuleQualification q = rule.qualification();
        if (rule.minGrade().isEmpty()) {
            return q.name(1);
        }
        String grade = rule.minGrade().get();
        return q == RuleQualification.DEGREE ? q.scale().atLeast(grade) + " degree" : q.name(1) + " " + q.scale().atLeast(grade);
    }

    /**
     * A remark in brackets after a need. Where the need ends in a bracket of its own (the
     * profile's "(A* to C)"), after a dash instead, so that two brackets never stand side by side.
     */
    static String aside(String text, String remark) {
        if (remark.isEmpty()) {
            return text;
        }
        return text.endsWith(")") ? text + " \u2013 " + remark : text + " (" + remark + ")";
    }

    /** The student's own qualification in a sentence: "your 2:2", "your expected 2:2", "your master's or doctorate in physics". */
    static String yourOwn(StudentQualification q) {
        return switch (q.type()) {
            case DEGREE -> "your " + (q.predicted() ? "expected " : "")
                    + (q.gradeText().equals("ordinary") ? "ordinary degree" : q.gradeText());
            default -> "your " + q.type().inSentence() + " in " + subject(q);
        };
    }
}
