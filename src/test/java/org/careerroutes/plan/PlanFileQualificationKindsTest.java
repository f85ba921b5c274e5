package org.careerroutes.plan;

import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every kind of qualification a student can enter is kept in a plan file and read back as it was. */
class PlanFileQualificationKindsTest {

    @ParameterizedTest(name = "{0} has a key in the file")
    @EnumSource(QualificationType.class)
    void everyKindHasAKey(QualificationType type) {
        assertNotNull(PlanFile.typeKey(type), type::toString);
    }

    @ParameterizedTest(name = "{0} {1}, {2}, is kept")
    @CsvSource({"FOUNDATION_DEGREE, Mechanical engineering, merit, false",
        "HND, Electrical and Electronic Engineering, Distinction, true",
        "DEGREE, BSc (Hons) Mathematics and Physics, ordinary, false"})
    void aFoundationDegreeAnHndAndAnOrdinaryDegreeAreKept(QualificationType type, String subject, String grade,
                                                           boolean expected) throws Exception {
        StudentQualification entered = assertInstanceOf(QualificationEntry.Accepted.class,
                QualificationEntry.of(type, subject, grade, expected)).qualification();
        MyPlan plan = MyPlan.empty("clinical-engineer").withQualifications(List.of(entered));
        assertEquals(plan, PlanFile.read(PlanFile.write(plan)).plan());
    }
}
