package org.careerroutes.eligibility;

import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectReading;

import java.util.Objects;
import java.util.Optional;

/**
 * One qualification a student has added: a GCSE in maths at grade 7, an A level in physics
 * predicted B, a 2:1 degree, voluntary work in a hospital. Made through {@link QualificationEntry},
 * which checks what was typed.
 *
 * @param type      what kind of qualification
 * @param subject   the subject as the student typed it (for experience, what they did)
 * @param grades    the grade ranks in its scale, best first: two for a double award such as
 *                  Combined Science (5-4), none for a qualification without grades
 * @param gradeText the grade as the student wrote it, e.g. "C" or "5-4", for showing back
 * @param predicted true for a predicted result, false for one already achieved
 */
public record StudentQualification(QualificationType type, String subject, int[] grades, String gradeText,
                                   boolean predicted) {

    public StudentQualification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        grades = grades.clone();
        Objects.requireNonNull(gradeText, "gradeText");
    }

    @Override
    public int[] grades() {
        return grades.clone();
    }

    /**
     * What the subject reads as: one subject we know, two for joint honours ("Mathematics and
     * Physics"), a main subject and a second ("Physics with Medical Physics"), or none we know.
     */
    public SubjectReading reading() {
        return READINGS.computeIfAbsent(this, q -> SubjectCatalogue.read(q.subject, q.type.asRuleQualification()));
    }

    /**
     * Readings worked out already, as the verdicts read each qualification many times. Kept only
     * while the qualification itself is: a visitor's entries go with the visit (decision 6), and
     * nothing a student typed is held beyond them.
     */
    private static final java.util.Map<StudentQualification, SubjectReading> READINGS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The catalogue's subject for what was typed, if it is one subject we know. */
    public Optional<Subject> knownSubject() {
        return reading().single();
    }

    /** The subject's name as the catalogue spells it ("Maths and physics" for joint honours), or as typed. */
    public String subjectName() {
        return reading().name();
    }

    /**
     * What it is in a few words: "GCSE Maths, grade 7", "A level Physics, predicted B", "Degree in
     * Physics, expected 2:1", "HND in Engineering, a merit".
     */
    public String describe() {
        String what = switch (type) {
            case EXPERIENCE, OTHER_LEVEL_3 -> subjectName();
            case HIGHER_DEGREE -> "Higher degree in " + subjectName();
            case FOUNDATION_DEGREE, HND, DEGREE -> type.inSentence().substring(0, 1).toUpperCase(java.util.Locale.UK)
                    + type.inSentence().substring(1) + " in " + subjectName();
            default -> type.label() + " " + subjectName();
        };
        if (gradeText.isEmpty()) {
            return predicted ? what + ", expected" : what;
        }
        String grade = gradeText.equals("ordinary") ? "an ordinary degree, without honours" : type.scale().describe(gradeText);
        // A course still being studied has an expected result; a school exam a predicted grade.
        String notYet = type.isHigherEducation() ? "expected " : "predicted ";
        return what + ", " + (predicted ? notYet : "") + grade;
    }

    /**
     * Whether two entries are the same subject at the same kind of qualification. College
     * qualifications are never taken for the same one: two "BTEC National"s are usually two BTECs.
     */
    boolean sameSubjectAs(StudentQualification other) {
        return type == other.type && type != QualificationType.OTHER_LEVEL_3 && key().equals(other.key());
    }

    String key() {
        return knownSubject().map(Subject::id).orElse(SubjectCatalogue.normalise(subjectName()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudentQualification q && type == q.type && subject.equals(q.subject)
                && java.util.Arrays.equals(grades, q.grades) && gradeText.equals(q.gradeText)
                && predicted == q.predicted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, subject, java.util.Arrays.hashCode(grades), gradeText, predicted);
    }

    @Override
    public String toString() {
        return describe();
    }
}
