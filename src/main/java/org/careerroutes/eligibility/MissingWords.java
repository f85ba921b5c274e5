package org.careerroutes.eligibility;

import org.careerroutes.eligibility.EligibilityChecker.Unit;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final List<Unit> all;
    private final List<Unit> counting;
    private final List<SubjectNeed> slots;
    private final int[] filledBy;
    private final boolean onlyLaterDegrees;
    /** The results already named under one need, so no other need names them again. */
    private final Set<StudentQualification> named = new LinkedHashSet<>();

    /**
     * @param all              every unit the rule counts, at any grade
     * @param counting         those at the grade asked for
     * @param slots            one per subject the rule needs (a need of two sciences is two slots)
     * @param filledBy         for each slot, the counting unit that fills it, or -1
     * @param onlyLaterDegrees no degree entered, but a master's or doctorate, which comes after one
     */
    MissingWords(EntryRule rule, List<Unit> all, List<Unit> counting, List<SubjectNeed> slots, int[] filledBy,
                 boolean onlyLaterDegrees) {
        this.rule = rule;
        this.all = all;
        this.counting = counting;
        this.slots = slots;
        this.filledBy = filledBy;
        this.onlyLaterDegrees = onlyLaterDegrees;
    }

    List<String> missing() {
        RuleQualification q = rule.qualification();
        if ((q == RuleQualification.DEGREE || q == RuleQualification.HIGHER_DEGREE) && rule.count() == 1) {
            return List.of(aside(rule.describe(), degrees()));
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
            missing.add(aside(Words.number(wanted - got) + " more " + one + " at " + where() + alsoCounts(countsToo),
                    your(below(u -> u.meets(need)), false)));
        }
        if (!whole.isEmpty()) {
            String needs = Words.joinWith("and", whole.stream().map(SubjectNeed::describe).toList());
            String text = rule.qualification() == RuleQualification.EXPERIENCE ? needs : needs + " at " + where();
            // "English language at GCSE grade 4 or above (yours is grade 3)": one subject just named.
            boolean oneSubject = whole.size() == 1 && whole.get(0).count() == 1 && whole.get(0).anyOf().size() == 1
                    && SubjectCatalogue.subject(whole.get(0).anyOf().get(0)).isPresent() && !countsToo;
            missing.add(0, aside(text + alsoCounts(countsToo),
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

    /** ", which counts towards the five GCSEs too". */
    private String alsoCounts(boolean countsToo) {
        return countsToo ? ", which counts towards the " + Words.number(rule.count()) + " "
                + rule.qualification().name(rule.count()) + " too" : "";
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
    private List<StudentQualification> below(java.util.function.Predicate<Unit> which) {
        if (rule.minGrade().isEmpty()) {
            return List.of();
        }
        List<StudentQualification> found = all.stream().filter(which).filter(u -> u.rank() < rule.minRank())
                .sorted(Comparator.comparingInt(Unit::rank).reversed())
                .map(Unit::from).distinct().filter(q -> !named.contains(q)).toList();
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
     * asked for, its subject if not on our list (hedged: universities and employers decide).
     */
    private String degrees() {
        if (onlyLaterDegrees) {
            return "you have added a master's or doctorate, but not the degree before it: add that too, with its class";
        }
        List<StudentQualification> degrees = all.stream().map(Unit::from).distinct().toList();
        boolean one = degrees.size() == 1;
        List<String> parts = new ArrayList<>();
        List<String> offList = new ArrayList<>();
        for (StudentQualification degree : degrees) {
            Unit unit = all.stream().filter(u -> u.from() == degree).findFirst().orElseThrow();
            boolean relevant = rule.including().isEmpty() || rule.including().stream().anyMatch(unit::meets);
            boolean low = rule.minRank() > 0 && unit.rank() < rule.minRank();
            String subject = subject(degree);
            if (relevant && low) {
                parts.add(one ? "yours is " + grade(degree) : "your " + subject + " degree is " + grade(degree));
            } else if (!relevant && low) {
                parts.add(one ? "yours is " + grade(degree) + " in " + subject + ", which is not on our list of these subjects"
                        : "your " + subject + " degree is " + grade(degree) + ", and " + subject
                        + " is not on our list of these subjects");
            } else if (!relevant) {
                offList.add(subject);
            }
            if (!relevant && low) {
                offList.add("");   // said with its class above; the hedge below is still owed
            }
        }
        List<String> named = offList.stream().filter(subject -> !subject.isEmpty()).toList();
        if (!named.isEmpty()) {
            String subjects = Words.joinWith("and", named) + (named.size() == 1 ? " is" : " are");
            parts.add((parts.isEmpty() ? Words.capitalise(subjects) : subjects) + " not on our list of these subjects");
        }
        if (!offList.isEmpty()) {
            parts.add("universities and employers decide what is relevant");
        }
        return String.join("; ", parts);
    }

    /** "maths", "combined science", or the name as typed for a subject we do not know. */
    private static String subject(StudentQualification q) {
        return q.knownSubject().map(Subject::id).map(SubjectCatalogue::phrase).orElse(q.subject().strip());
    }

    /** "grade 3", "predicted grade 3", "a 2:2", "expected to be a 2:2". */
    private static String grade(StudentQualification q) {
        GradeScale scale = q.type().scale();
        String grade = scale.describe(q.gradeText());
        if (!q.predicted()) {
            return grade;
        }
        return scale == GradeScale.DEGREE ? "expected to be " + grade : "predicted " + grade;
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
            case DEGREE -> "your " + (q.predicted() ? "expected " : "") + q.gradeText();
            case HIGHER_DEGREE -> "your master's or doctorate in " + subject(q);
            default -> "your " + q.type().label() + " in " + subject(q);
        };
    }

    /** What is finished, in "once your degree is finished". */
    static String kindOf(StudentQualification q) {
        return switch (q.type()) {
            case DEGREE -> "degree";
            case HIGHER_DEGREE -> "master's or doctorate";
            default -> q.type().label();
        };
    }
}
