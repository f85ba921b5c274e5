package org.careerroutes.importer;

import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Students for verdict tests, a qualification each, written as a person types them into "Am I
 * on track?": "gcse Maths 7; alevel Physics B p; l3 BTEC National" (a trailing "p" is predicted).
 */
final class Students {

    private static final Map<String, QualificationType> TYPES = Map.of(
            "gcse", QualificationType.GCSE, "alevel", QualificationType.A_LEVEL,
            "l3", QualificationType.OTHER_LEVEL_3, "degree", QualificationType.DEGREE);

    /** School leavers and students in school, from a Year 10 with nothing yet to a Year 13 with good predictions. */
    static final List<String> SCHOOL_LEAVERS = List.of(
            "",
            "gcse Maths 5",
            "gcse Maths 7; gcse English language 6; gcse Combined science 6-5; gcse History 5; gcse French 4",
            "gcse Maths 7; gcse English language 6; gcse Biology 6; gcse Chemistry 5; gcse Physics 5",
            "gcse Maths 4; gcse English language 4; gcse Art 4; gcse Music 4",
            "gcse Maths 3; gcse English language 3; gcse Biology 3; gcse Chemistry 3; gcse Physics 3",
            "gcse Maths 6 p; gcse English language 6 p; gcse Biology 6 p; gcse Chemistry 6 p; gcse Physics 6 p",
            "gcse Maths 7; gcse English language 6; gcse Biology 6; gcse Chemistry 5; gcse Physics 5; "
                    + "alevel Maths B p; alevel Physics C p",
            "gcse Maths 7; gcse English language 6; gcse Biology 6; gcse Chemistry 5; gcse Physics 5; "
                    + "alevel Maths B; alevel Physics C; alevel Chemistry A",
            "gcse Maths 7; gcse English language 6; gcse Biology 6; gcse Chemistry 5; gcse History 5; "
                    + "alevel Biology B; alevel Chemistry C",
            "gcse Maths 5; gcse English language 5; gcse Combined science 5-5; gcse Geography 4; l3 BTEC National",
            "gcse Maths 5; gcse English language 5; gcse Combined science 5-5; gcse Geography 4; alevel Psychology C p",
            "gcse Maths 4; gcse English literature 4; gcse Physics 4; gcse Chemistry 4; gcse Biology 4; "
                    + "alevel Maths D; alevel Physics E");

    private Students() {
    }

    static List<StudentQualification> parse(String line) {
        List<StudentQualification> all = new ArrayList<>();
        if (line.isBlank()) {
            return all;
        }
        for (String one : line.split(";")) {
            List<String> words = new ArrayList<>(List.of(one.strip().split("\\s+")));
            QualificationType type = TYPES.get(words.remove(0));
            boolean predicted = words.get(words.size() - 1).equals("p");
            if (predicted) {
                words.remove(words.size() - 1);
            }
            String grade = type.scale().hasGrades() ? words.remove(words.size() - 1) : "";
            QualificationEntry.Result result = QualificationEntry.of(type, String.join(" ", words), grade, predicted);
            if (!(result instanceof QualificationEntry.Accepted accepted)) {
                throw new IllegalArgumentException(one + ": " + result);
            }
            all.add(accepted.qualification());
        }
        return all;
    }
}
