package org.careerroutes.eligibility;

import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(rejected(QualificationType.DEGREE, "Physics", "2:3").message().contains("first, 2:1, 2:2, third or ordinary"));
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

    // ---- grades: say what is wrong with what was typed

    @ParameterizedTest(name = "GCSE grade \"{0}\" says: {1}")
    @CsvSource(delimiter = '|', value = {
        "-4 | \u201c-4\u201d is not a GCSE grade: a grade has no minus sign. Use 9 to 1, or a letter A* to G for older GCSEs.",
        "99 | \u201c99\u201d is not a GCSE grade: GCSE grades go from 9 (the highest) down to 1, or a letter A* to G for older GCSEs; give one grade for GCSE Maths.",
        "45 | \u201c45\u201d is not a GCSE grade: GCSE grades go from 9 (the highest) down to 1",
        "5- | \u201c5-\u201d is not a GCSE grade: use 9 to 1, or a letter A* to G for older GCSEs.",
        "4+ | \u201c4+\u201d is not a GCSE grade: use 9 to 1",
        "5-4 | Only a double award, such as combined science, has two grades; give one grade for GCSE Maths."})
    void aGcseGradeThatIsNotOneSaysWhatIsWrongWithIt(String grade, String words) {
        String message = rejected(QualificationType.GCSE, "Maths", grade).message();
        assertTrue(message.startsWith(words), message);
    }

    @Test
    void combinedScienceStillTakesTwoGradesRunTogether() {
        assertArrayEquals(new int[] {5, 4}, accepted(QualificationType.GCSE, "Combined science", "54", false).grades());
        assertTrue(rejected(QualificationType.GCSE, "Combined science", "-5-4").message().contains("no minus sign"));
    }

    // ---- foundation degrees, HNDs and ordinary degrees

    @ParameterizedTest(name = "{0} graded \"{1}\" is {2}")
    @CsvSource({"FOUNDATION_DEGREE, Merit, merit", "FOUNDATION_DEGREE, distinction, distinction", "HND, Pass, pass",
        "HND, M, merit", "HND, D, distinction"})
    void foundationDegreesAndHndsAreGradedPassMeritOrDistinction(QualificationType type, String typed, String grade) {
        StudentQualification added = accepted(type, "Mechanical engineering", typed, false);
        assertEquals(grade, added.gradeText());
        assertEquals(type == QualificationType.HND ? "HND in Mechanical engineering, a " + grade
                : "Foundation degree in Mechanical engineering, a " + grade, added.describe());
        assertEquals("Foundation degree in Engineering, expected a merit",
                accepted(QualificationType.FOUNDATION_DEGREE, "FdEng Engineering", "merit", true).describe());
    }

    @Test
    void aFoundationDegreeOrHndGradeThatIsNotOneIsExplained() {
        assertEquals("\u201cB\u201d is not a grade of an HND: use pass, merit or distinction.",
                rejected(QualificationType.HND, "Engineering", "B").message());
        assertEquals("Give the overall grade of the foundation degree: pass, merit or distinction (the one you expect, "
                + "and tick Still studying, if you have not finished).",
                rejected(QualificationType.FOUNDATION_DEGREE, "Engineering", "").message());
    }

    @ParameterizedTest(name = "degree class \"{0}\" is an ordinary degree")
    @CsvSource({"ordinary", "Ordinary degree", "Pass", "pass degree", "ordinary (without honours)"})
    void anOrdinaryDegreeCanBeEntered(String typed) {
        StudentQualification added = accepted(QualificationType.DEGREE, "Physics", typed, false);
        assertEquals("ordinary", added.gradeText());
        assertEquals("Degree in Physics, an ordinary degree, without honours", added.describe());
    }

    @Test
    void meritIsNotADegreeClassAndTheMessageSaysWhereItBelongs() {
        assertEquals("\u201cmerit\u201d is not a degree class: a degree is a first, 2:1, 2:2, third or ordinary degree. "
                + "Merit and distinction are grades of a foundation degree or an HND: choose that kind of qualification "
                + "instead.", rejected(QualificationType.DEGREE, "Physics", "merit").message());
    }

    // ---- triple science: three GCSEs

    @Test
    void tripleScienceWithThreeGradesIsBiologyChemistryAndPhysics() {
        List<StudentQualification> three = QualificationEntry.tripleScience(QualificationType.GCSE, "Triple science",
                "7-6-5", false).orElseThrow();
        assertEquals(List.of("GCSE Biology, grade 7", "GCSE Chemistry, grade 6", "GCSE Physics, grade 5"),
                three.stream().map(StudentQualification::describe).toList());
        assertEquals(3, QualificationEntry.tripleScience(QualificationType.GCSE, "separate sciences", "A*AB", true)
                .orElseThrow().size());
    }

    @Test
    void tripleScienceIsSuggestedAsItIsTypedAndNotOnceTypedInFull() {
        assertEquals(List.of("Triple science"), SubjectSuggestions.forTyped(QualificationType.GCSE, "Trip"));
        assertTrue(SubjectSuggestions.forTyped(QualificationType.GCSE, "separate").contains("Triple science"));
        assertEquals(List.of(), SubjectSuggestions.forTyped(QualificationType.GCSE, "Triple science"),
                "nothing in the way of Enter");
        assertFalse(SubjectSuggestions.forTyped(QualificationType.A_LEVEL, "Trip").contains("Triple science"));
    }

    @ParameterizedTest(name = "triple science graded \"{0}\" asks for three grades")
    @CsvSource({"7", "7-6", "''", "7-6-5-4"})
    void tripleScienceWithoutThreeGradesAsksForThem(String grade) {
        assertTrue(QualificationEntry.tripleScience(QualificationType.GCSE, "Triple science", grade, false).isEmpty());
        String message = rejected(QualificationType.GCSE, "Triple science", grade).message();
        assertTrue(message.endsWith("Triple science is three GCSEs, biology, chemistry and physics, each with its own "
                + "grade: give the three grades in that order, such as 7-6-6, or add each science on its own."), message);
        assertFalse(message.contains("single award"), message);
    }

    // ---- misspellings: "Did you mean ...?" for every subject we know

    @ParameterizedTest(name = "\"{1}\" as {0} suggests {2}")
    @CsvSource({"GCSE, Phyiscs, Physics", "A_LEVEL, Phyiscs, Physics", "DEGREE, Phyiscs, Physics",
        "DEGREE, BSc (Hons) Phyiscs, Physics", "GCSE, Chemsitry, Chemistry", "GCSE, Mahts, Maths",
        "DEGREE, Mechanical enigneering, Mechanical engineering", "DEGREE, Biomedcial science, Biomedical science"})
    void aSwapOfTwoLettersIsOneSlip(QualificationType type, String typed, String meant) {
        QualificationEntry.Result result = QualificationEntry.of(type, typed, type.scale().grades().isEmpty() ? ""
                : type.scale().grades().get(1), false);
        String note = assertInstanceOf(QualificationEntry.Accepted.class, result, result::toString).note().orElseThrow();
        assertTrue(note.contains("Did you mean " + meant) && note.indexOf(meant) == note.indexOf("Did you mean ") + 13,
                () -> "the likeliest first: " + note);
    }

    /** Each subject of each kind, misspelt by one letter and by two, is suggested back. */
    static Stream<Arguments> everySubjectMisspelt() {
        List<Arguments> all = new ArrayList<>();
        for (QualificationType type : QualificationType.values()) {
            if (type == QualificationType.OTHER_LEVEL_3) {
                continue;
            }
            for (Subject subject : SubjectCatalogue.subjectsFor(type.asRuleQualification())) {
                String name = subject.name();
                all.add(Arguments.of(type, name, oneSlip(name)));
                all.add(Arguments.of(type, name, twoSlips(name)));
            }
        }
        return all.stream();
    }

    /** A letter dropped from the middle. */
    private static String oneSlip(String name) {
        int at = name.length() / 2;
        return name.substring(0, at) + name.substring(at + 1);
    }

    /** Two letters side by side swapped (one slip), and a letter changed (a second). */
    private static String twoSlips(String name) {
        char[] letters = name.toCharArray();
        char first = letters[1];
        letters[1] = letters[2];
        letters[2] = first;
        int last = letters.length - 1;
        letters[last] = letters[last] == 'x' ? 'q' : 'x';
        return new String(letters);
    }

    @ParameterizedTest(name = "{0} \"{2}\" suggests {1}")
    @MethodSource("everySubjectMisspelt")
    void everyKnownSubjectMisspeltOneOrTwoLettersOffIsSuggested(QualificationType type, String name, String typed) {
        QualificationEntry.Result result = QualificationEntry.of(type, typed,
                type.scale().hasGrades() ? type.scale().grades().get(0).replace("9", "7") : "", false);
        String note = assertInstanceOf(QualificationEntry.Accepted.class, result, result::toString).note().orElse("");
        assertTrue(note.contains("Did you mean ") && SubjectSuggestions.similarTo(type, typed).contains(name),
                () -> typed + ": " + note);
    }
}
