package org.careerroutes.importer;

import org.careerroutes.eligibility.Qualifications;
import org.careerroutes.eligibility.StudentQualification;

import java.util.List;

/**
 * Students for verdict tests, written as eligibility's {@link Qualifications} reads them:
 * "gcse Maths 7; alevel Physics B p; l3 BTEC National" (a trailing "p" is predicted).
 */
final class Students {

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

    /** A student's qualifications as written here, read as "Am I on track?" reads them. */
    static List<StudentQualification> parse(String line) {
        return Qualifications.parse(line);
    }
}
