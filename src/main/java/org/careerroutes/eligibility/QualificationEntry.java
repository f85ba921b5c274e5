package org.careerroutes.eligibility;

import org.careerroutes.model.GradeScale;
import org.careerroutes.model.Subject;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a student typed for one qualification and makes a {@link StudentQualification},
 * or says in plain words what is wrong and which field to fix.
 */
public final class QualificationEntry {

    /** The field a problem is in, so the form can put focus there. */
    public enum Field { SUBJECT, GRADE }

    /** What came of an entry: a qualification (with a note for the student, perhaps), or a problem. */
    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(StudentQualification qualification, Optional<String> note) implements Result {
    }

    public record Rejected(Field field, String message) implements Result {
    }

    private static final Pattern GCSE_GRADE = Pattern.compile("A\\*|[A-G]|[1-9]");
    /**
     * Degree classes as students write them, with spaces, dots, colons and dashes taken out and
     * the words around them ("class", "honours", "(hons)", "degree", "a") dropped: "Upper second
     * class honours", "2.1", "2:1 (hons)" and "a first" all come here as one key.
     */
    private static final Map<String, String> DEGREE_CLASSES = Map.ofEntries(
            Map.entry("first", "first"), Map.entry("1st", "first"), Map.entry("1", "first"),
            Map.entry("21", "2:1"), Map.entry("2i", "2:1"), Map.entry("uppersecond", "2:1"),
            Map.entry("upper2nd", "2:1"), Map.entry("2ndupper", "2:1"), Map.entry("secondupper", "2:1"),
            Map.entry("22", "2:2"), Map.entry("2ii", "2:2"), Map.entry("lowersecond", "2:2"),
            Map.entry("lower2nd", "2:2"), Map.entry("2ndlower", "2:2"), Map.entry("secondlower", "2:2"),
            Map.entry("third", "third"), Map.entry("3rd", "third"), Map.entry("3", "third"));
    private static final Pattern DEGREE_FILLER = Pattern.compile(
            "\\b(a|an|class|honours|honors|hons|degree|with)\\b");

    /** Longer than any real subject name. */
    static final int MAX_SUBJECT_LENGTH = 80;

    private QualificationEntry() {
    }

    /** "Grade 5" as "5": a GCSE or A level grade without the word before it. */
    private static String bareGrade(String typed) {
        return typed.replaceFirst("(?i)^grade\\s+", "").strip();
    }

    public static Result of(QualificationType type, String subjectTyped, String gradeTyped, boolean predicted) {
        String subject = subjectTyped == null ? "" : subjectTyped.strip();
        String typedGrade = gradeTyped == null ? "" : gradeTyped.strip();
        String grade = bareGrade(typedGrade);
        if (subject.isEmpty()) {
            return new Rejected(Field.SUBJECT, switch (type) {
                case EXPERIENCE -> "Say what the experience was, for example \u201cVoluntary work in a hospital\u201d.";
                case OTHER_LEVEL_3 -> "Type the name of the qualification, for example \u201cT level\u201d or "
                        + "\u201cBTEC National in Engineering\u201d.";
                case DEGREE, HIGHER_DEGREE -> "Type the subject of the degree, for example \u201cMechanical engineering\u201d.";
                default -> "Type the subject of the " + type.label() + ", for example \u201cMaths\u201d.";
            });
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            return new Rejected(Field.SUBJECT, "That name is too long: keep it to " + MAX_SUBJECT_LENGTH
                    + " characters or fewer.");
        }
        Optional<Subject> known = org.careerroutes.model.SubjectCatalogue.find(subject, type.asRuleQualification());
        boolean predictedHere = predicted && type.canBePredicted();
        Result graded = switch (type.scale()) {
            case GCSE -> gcse(type, subject, grade, typedGrade, predictedHere, known);
            case A_LEVEL -> aLevel(type, subject, grade, typedGrade, predictedHere);
            case DEGREE -> degree(type, subject, typedGrade, predictedHere);
            case NONE -> new Accepted(new StudentQualification(type, subject, new int[0], "", predictedHere),
                    Optional.empty());
        };
        if (graded instanceof Accepted accepted && known.isEmpty() && type != QualificationType.OTHER_LEVEL_3) {
            return new Accepted(accepted.qualification(), Optional.of(unknownSubjectNote(type, subject)));
        }
        return graded;
    }

    /** One sentence, and the subjects probably meant, if any. */
    private static String unknownSubjectNote(QualificationType type, String subject) {
        List<String> meant = SubjectSuggestions.similarTo(type, subject);
        String didYouMean = meant.isEmpty() ? "" : " Did you mean " + Words.joinWith("or", meant) + "?";
        return switch (type) {
            case EXPERIENCE -> "Only the kinds of experience suggested as you type are checked against the routes."
                    + didYouMean;
            default -> "We don't know that subject, so it counts only as "
                    + Words.withArticle(type.asRuleQualification().name(1)) + "." + didYouMean;
        };
    }

    /** {@code typed} is the grade as typed, quoted back in a problem; {@code grade} without "grade" before it. */
    private static Result gcse(QualificationType type, String subject, String grade, String typed, boolean predicted,
                               Optional<Subject> known) {
        if (grade.isEmpty()) {
            return new Rejected(Field.GRADE, "Give a grade for GCSE " + subject
                    + ": 9 to 1, or a letter A* to G for older GCSEs.");
        }
        if (grade.equalsIgnoreCase("U")) {
            return new Rejected(Field.GRADE, ungraded("GCSE"));
        }
        String upper = grade.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-/,]+", "");
        List<String> tokens = new ArrayList<>();
        Matcher m = GCSE_GRADE.matcher(upper);
        int end = 0;
        while (m.find() && m.start() == end) {
            tokens.add(m.group());
            end = m.end();
        }
        boolean doubleAward = known.map(Subject::isDoubleAward).orElse(false);
        if (end != upper.length() || tokens.isEmpty() || tokens.size() > 2) {
            return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d is not a GCSE grade: use 9 to 1, or a letter "
                    + "A* to G for older GCSEs" + (doubleAward ? " (two grades such as 5-4 for combined science)" : "")
                    + ".");
        }
        if (tokens.size() == 2 && !doubleAward) {
            boolean science = known.filter(s -> s.isIn(org.careerroutes.model.SubjectCatalogue.SCIENCE)).isPresent();
            return new Rejected(Field.GRADE, "Only a double award, such as combined science, has two grades; give "
                    + "one grade for GCSE " + subject + "."
                    + (science ? " If it was combined science, type \u201cCombined science\u201d as the subject." : ""));
        }
        boolean letters = Character.isLetter(tokens.get(0).charAt(0));
        if (tokens.size() == 2 && letters != Character.isLetter(tokens.get(1).charAt(0))) {
            return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d mixes a number and a letter: give both "
                    + "grades as numbers (5-4) or as letters (BC).");
        }
        List<Integer> ranks = new ArrayList<>();
        for (String token : tokens) {
            ranks.add(GradeScale.GCSE.rank(token).orElseThrow());
        }
        if (doubleAward && ranks.size() == 1) {
            ranks.add(ranks.get(0));   // "5" for combined science means 5-5
        }
        ranks.sort(java.util.Comparator.reverseOrder());
        String shown = String.join(letters ? "" : "-", tokens);
        if (doubleAward && tokens.size() == 1) {
            shown = letters ? tokens.get(0) + tokens.get(0) : tokens.get(0) + "-" + tokens.get(0);
        }
        return new Accepted(new StudentQualification(type, subject, ranks.stream().mapToInt(Integer::intValue).toArray(),
                shown, predicted), Optional.empty());
    }

    private static String ungraded(String kind) {
        return "U (ungraded) is not a pass, so it does not count towards any route. Leave this " + kind
                + " out, or add the grade you expect from a resit and tick Predicted.";
    }

    private static Result aLevel(QualificationType type, String subject, String grade, String typed, boolean predicted) {
        if (grade.equalsIgnoreCase("U")) {
            return new Rejected(Field.GRADE, ungraded("A level"));
        }
        Optional<Integer> rank = GradeScale.A_LEVEL.rank(grade);
        if (rank.isEmpty()) {
            return new Rejected(Field.GRADE, grade.isEmpty()
                    ? "Give a grade for A level " + subject + ": A*, A, B, C, D or E (tick Predicted if it is not "
                    + "your result yet)."
                    : "\u201c" + typed + "\u201d is not an A level grade: use A*, A, B, C, D or E.");
        }
        return new Accepted(new StudentQualification(type, subject, new int[] {rank.get()},
                grade.toUpperCase(Locale.ROOT), predicted), Optional.empty());
    }

    private static Result degree(QualificationType type, String subject, String typed, boolean predicted) {
        Optional<String> canonical = degreeClass(typed);
        if (canonical.isEmpty()) {
            return new Rejected(Field.GRADE, typed.isEmpty()
                    ? "Give the degree's class: first, 2:1, 2:2 or third (the one you expect, and tick Still studying, "
                    + "if you have not finished)."
                    : "\u201c" + typed + "\u201d is not a degree class: use first, 2:1, 2:2 or third.");
        }
        return new Accepted(new StudentQualification(type, subject,
                new int[] {GradeScale.DEGREE.rank(canonical.get()).orElseThrow()}, canonical.get(), predicted),
                Optional.empty());
    }

    /** "Upper second class honours", "2.1", "2:1 (hons)", "First class", "3rd": the class as the scale writes it. */
    static Optional<String> degreeClass(String typed) {
        String words = DEGREE_FILLER.matcher(typed.toLowerCase(Locale.UK)).replaceAll(" ");
        String key = words.replaceAll("[\\s.:/\\-()\\[\\],]+", "");
        return Optional.ofNullable(DEGREE_CLASSES.get(key));
    }
}
