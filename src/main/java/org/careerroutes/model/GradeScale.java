package org.careerroutes.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The grades of one kind of qualification, each with a rank so that grades compare: a higher
 * rank is a better grade. Kinds without grades (a BTEC entered without its grade, experience)
 * use {@link #NONE}.
 */
public enum GradeScale {
    /**
     * GCSE grades 9 to 1. The legacy letters are accepted and mapped the standard way, each to
     * the lowest number it lines up with: A* to 8, A to 7, B to 5, C to 4, D to 3, E to 2, F and G
     * to 1. So C meets "grade 4 or above" and D does not.
     */
    GCSE(List.of("9", "8", "7", "6", "5", "4", "3", "2", "1"),
            Map.of("A*", 8, "A", 7, "B", 5, "C", 4, "D", 3, "E", 2, "F", 1, "G", 1)),
    A_LEVEL(List.of("A*", "A", "B", "C", "D", "E"), Map.of()),
    /**
     * Degree classifications: the four honours classes, then an ordinary degree, a bachelor's
     * degree without honours (also called a pass degree), below a third.
     */
    DEGREE(List.of("first", "2:1", "2:2", "third", "ordinary"), Map.of()),
    /** A foundation degree's or an HND's overall grade. */
    PASS_MERIT_DISTINCTION(List.of("distinction", "merit", "pass"), Map.of()),
    NONE(List.of(), Map.of());

    private final List<String> grades;
    private final Map<String, Integer> legacy;

    GradeScale(List<String> grades, Map<String, Integer> legacy) {
        this.grades = grades;
        this.legacy = legacy;
    }

    /** The grades, best first, as a rule writes them. */
    public List<String> grades() {
        return grades;
    }

    public boolean hasGrades() {
        return !grades.isEmpty();
    }

    /**
     * The rank of a grade as written (case and spaces ignored; legacy GCSE letters accepted),
     * or empty when it is not a grade of this scale. The worst grade has rank 1.
     */
    public Optional<Integer> rank(String grade) {
        String written = grade.strip().toUpperCase(Locale.ROOT);
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).toUpperCase(Locale.ROOT).equals(written)) {
                return Optional.of(this == GCSE ? Integer.parseInt(grades.get(i)) : grades.size() - i);
            }
        }
        return Optional.ofNullable(legacy.get(written));
    }

    /** The grade as shown to a student, e.g. "grade 4", "grade C", "a 2:1". */
    public String describe(String grade) {
        return switch (this) {
            case GCSE, A_LEVEL -> "grade " + grade.strip().toUpperCase(Locale.ROOT);
            case DEGREE -> switch (grade) {
                case "first" -> "a first";
                case "ordinary" -> "an ordinary degree";
                default -> "a " + grade;
            };
            case PASS_MERIT_DISTINCTION -> "a " + grade;
            case NONE -> grade;
        };
    }

    /** "grade 4 or above", "a 2:1 or above", for the plain-English wording of a rule. */
    public String atLeast(String grade) {
        if (this == DEGREE) {
            return switch (grade) {
                case "first" -> "a first";
                case "2:1" -> "a first or 2:1";
                case "ordinary" -> "an ordinary degree or above";
                default -> "a " + grade + " or above";
            };
        }
        if (this == PASS_MERIT_DISTINCTION && grade.equals("distinction")) {
            return "a distinction";
        }
        return describe(grade) + " or above";
    }

    /** Whether a degree class is an honours class: an ordinary degree is without honours. */
    public static boolean isHonours(String degreeClass) {
        return DEGREE.grades.contains(degreeClass) && !degreeClass.equals("ordinary");
    }
}
