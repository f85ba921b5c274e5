package org.careerroutes.eligibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a student's qualifications in a line, for test tables: "gcse maths 7; alevel physics B p;
 * degree physics 2:1; higher physics; l3 BTEC National; exp patient contact; foundation engineering
 * merit; hnd engineering pass". The last word is the
 * grade (for kinds with grades), or all after " = " ("degree physics = Upper second class
 * honours"); a trailing "p" marks a predicted result.
 */
public final class Qualifications {

    private static final Map<String, QualificationType> TYPES = Map.of(
            "gcse", QualificationType.GCSE, "alevel", QualificationType.A_LEVEL,
            "l3", QualificationType.OTHER_LEVEL_3, "degree", QualificationType.DEGREE,
            "higher", QualificationType.HIGHER_DEGREE, "exp", QualificationType.EXPERIENCE,
            "foundation", QualificationType.FOUNDATION_DEGREE, "hnd", QualificationType.HND);

    private Qualifications() {
    }

    public static List<StudentQualification> parse(String line) {
        List<StudentQualification> all = new ArrayList<>();
        if (line.isBlank()) {
            return all;
        }
        for (String one : line.split(";")) {
            List<String> words = new ArrayList<>(Arrays.asList(one.strip().split("\\s+")));
            QualificationType type = TYPES.get(words.remove(0));
            if (type == null) {
                throw new IllegalArgumentException("unknown type in " + one);
            }
            boolean predicted = words.get(words.size() - 1).equals("p");
            if (predicted) {
                words.remove(words.size() - 1);
            }
            String subject;
            String grade;
            int equals = words.indexOf("=");
            if (equals >= 0) {
                // "degree physics = Upper second class honours": a grade of several words.
                subject = String.join(" ", words.subList(0, equals));
                grade = String.join(" ", words.subList(equals + 1, words.size()));
            } else {
                grade = type.scale().hasGrades() ? words.remove(words.size() - 1) : "";
                subject = String.join(" ", words);
            }
            QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
            if (!(result instanceof QualificationEntry.Accepted accepted)) {
                throw new IllegalArgumentException(one + ": " + ((QualificationEntry.Rejected) result).message());
            }
            all.add(accepted.qualification());
        }
        return all;
    }
}
