package org.careerroutes.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualificationEntryTest {

    private static StudentQualification accepted(QualificationType type, String subject, String grade, boolean predicted) {
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
        return assertInstanceOf(QualificationEntry.Accepted.class, result, result::toString).qualification();
    }

    private static QualificationEntry.Rejected rejected(QualificationType type, String subject, String grade) {
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, false);
        return assertInstanceOf(QualificationEntry.Rejected.class, result, result::toString);
    }

    @ParameterizedTest(name = "GCSE grade {0} ranks {1}")
    @CsvSource({"9, 9", "4, 4", "1, 1", "A*, 8", "a, 7", "B, 5", "C, 4", "c, 4", "D, 3", "E, 2", "F, 1", "G, 1"})
    void legacyLettersMapTheStandardWay(String grade, int rank) {
        assertArrayEquals(new int[] {rank}, accepted(QualificationType.GCSE, "Maths", grade, false).grades());
    }

    @Test
    void combinedScienceHasTwoGradesAndOneGradeMeansBoth() {
        assertArrayEquals(new int[] {5, 4}, accepted(QualificationType.GCSE, "Combined science", "4-5", false).grades());
        assertArrayEquals(new int[] {6, 6}, accepted(QualificationType.GCSE, "double science", "6", false).grades());
        assertArrayEquals(new int[] {5, 4}, accepted(QualificationType.GCSE, "Combined science", "BC", false).grades());
        assertEquals("5-4", accepted(QualificationType.GCSE, "Combined science", "5 4", false).gradeText());
    }

    @ParameterizedTest(name = "GCSE {0} grade \"{1}\" is refused")
    @CsvSource({"Maths, 10, is not a GCSE grade", "Maths, 0, is not a GCSE grade", "Maths, U, U (ungraded) is not a pass",
        "Maths, 5-4, Only a double award", "Combined science, 5B, mixes a number and a letter",
        "Maths, '', Give a grade for GCSE Maths", "Combined science, 5-4-3, is not a GCSE grade"})
    void badGcseGradesSayWhatIsWrong(String subject, String grade, String words) {
        QualificationEntry.Rejected problem = rejected(QualificationType.GCSE, subject, grade);
        assertEquals(QualificationEntry.Field.GRADE, problem.field());
        assertTrue(problem.message().contains(words), problem.message());
    }

    @Test
    void aLevelAndDegreeGradesAreChecked() {
        assertTrue(rejected(QualificationType.A_LEVEL, "Physics", "F").message().contains("A*, A, B, C, D or E"));
        assertTrue(rejected(QualificationType.DEGREE, "Physics", "2:3").message().contains("first, 2:1, 2:2 or third"));
        assertEquals("2:1", accepted(QualificationType.DEGREE, "Physics", "upper second", false).gradeText());
        assertEquals("first", accepted(QualificationType.DEGREE, "Physics", "1st", false).gradeText());
        assertEquals("2:1", accepted(QualificationType.DEGREE, "Physics", "Upper second class", false).gradeText());
        assertArrayEquals(new int[] {5}, accepted(QualificationType.GCSE, "Maths", "grade 5", false).grades());
        assertTrue(rejected(QualificationType.A_LEVEL, "Physics", "u").message().contains("not a pass"));
        assertArrayEquals(new int[] {6}, accepted(QualificationType.A_LEVEL, "Physics", "a*", true).grades());
    }

    @ParameterizedTest(name = "degree class \"{0}\" is {1}")
    @CsvSource({"Upper second class honours, 2:1", "upper second, 2:1", "Upper second class, 2:1", "2:1 (hons), 2:1",
        "2.1, 2:1", "2-1, 2:1", "2:1 Hons, 2:1", "a 2:1, 2:1", "Lower second class honours, 2:2", "2.2, 2:2",
        "2ii, 2:2", "First class, first", "First class honours, first", "1st, first", "Third, third",
        "third class honours, third", "3rd, third"})
    void degreeClassesAreAcceptedAsStudentsWriteThem(String typed, String degreeClass) {
        assertEquals(degreeClass, accepted(QualificationType.DEGREE, "Physics", typed, false).gradeText());
    }

    @ParameterizedTest(name = "a refusal quotes \"{1}\" as typed")
    @CsvSource({"DEGREE, Upper third class, \u201cUpper third class\u201d is not a degree class",
        "DEGREE, 2:3 (hons), \u201c2:3 (hons)\u201d is not a degree class",
        "GCSE, Grade 10, \u201cGrade 10\u201d is not a GCSE grade",
        "A_LEVEL, grade F, \u201cgrade F\u201d is not an A level grade"})
    void aRefusalQuotesWhatWasTyped(QualificationType type, String typed, String words) {
        assertTrue(rejected(type, "Physics", typed).message().startsWith(words), rejected(type, "Physics", typed).message());
    }

    @Test
    void aSubjectIsNeededAndAnUnknownOneIsAcceptedWithANote() {
        assertEquals(QualificationEntry.Field.SUBJECT, rejected(QualificationType.GCSE, "  ", "5").field());
        QualificationEntry.Result unknown = QualificationEntry.of(QualificationType.GCSE, "Astrophysics", "7", false);
        QualificationEntry.Accepted added = assertInstanceOf(QualificationEntry.Accepted.class, unknown);
        assertEquals("We don't know that subject, so it counts only as a GCSE. Did you mean Physics?", added.note().orElseThrow());
        assertEquals("We don't know that subject, so it counts only as a degree.", QualificationEntry.of(
                QualificationType.DEGREE, "Underwater archaeology", "first", false) instanceof QualificationEntry.Accepted a
                ? a.note().orElseThrow() : "refused");
        assertTrue(QualificationEntry.of(QualificationType.GCSE, "Maths", "7", false) instanceof QualificationEntry.Accepted a
                && a.note().isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource({"GCSE, Astrophysics, Physics", "GCSE, Chemestry, Chemistry", "GCSE, Biolgy, Biology",
        "A_LEVEL, Maths and mechanics, Maths", "DEGREE, Mechanical enginering, Mechanical engineering"})
    void anUnknownSubjectSuggestsWhatWasProbablyMeant(QualificationType type, String typed, String meant) {
        assertTrue(SubjectSuggestions.similarTo(type, typed).contains(meant), SubjectSuggestions.similarTo(type, typed)::toString);
    }

    @ParameterizedTest(name = "degree \"{0}\" is {1}")
    @CsvSource({"Clinical engineering (healthcare science), Clinical engineering",
        "Healthcare science (clinical engineering), Clinical engineering",
        "BSc (Hons) Healthcare Science (Clinical Engineering), Clinical engineering",
        "BEng Mechanical Engineering, Mechanical engineering", "Physics BSc, Physics",
        "MEng Biomedical engineering, Biomedical engineering", "Healthcare science, Healthcare science"})
    void accreditedDegreesAreFoundByTheNamesTheyGoBy(String typed, String subject) {
        assertEquals(subject, accepted(QualificationType.DEGREE, typed, "2:1", false).subjectName());
    }

    @Test
    void aliasesFindTheCatalogueSubject() {
        assertEquals("Maths", accepted(QualificationType.GCSE, "mathematics", "7", false).subjectName());
        assertEquals("English language", accepted(QualificationType.GCSE, "English", "7", false).subjectName());
        assertEquals("Further maths", accepted(QualificationType.A_LEVEL, "Further Mathematics", "A", false).subjectName());
        assertEquals("Combined science", accepted(QualificationType.GCSE, "combined  science!", "5", false).subjectName());
        assertEquals("Electrical or electronic engineering",
                accepted(QualificationType.DEGREE, "Electrical & Electronic Engineering", "2:1", false).subjectName());
    }

    @Test
    void experienceAndHigherDegreesHaveNoGrade() {
        StudentQualification experience = accepted(QualificationType.EXPERIENCE, "patient contact", "", true);
        assertEquals(0, experience.grades().length);
        assertEquals(false, experience.predicted(), "experience cannot be predicted");
        assertEquals("Experience of patient contact", experience.describe());
    }
}
