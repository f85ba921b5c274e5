package org.careerroutes.eligibility;

import org.careerroutes.model.GradeScale;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectReading;
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
            Map.entry("third", "third"), Map.entry("3rd", "third"), Map.entry("3", "third"),
            // A bachelor's degree without honours: an ordinary degree, also called a pass degree.
            Map.entry("ordinary", "ordinary"), Map.entry("pass", "ordinary"), Map.entry("ord", "ordinary"));
    /** A foundation degree's or an HND's grade, as written or by its first letter. */
    private static final Map<String, String> PASS_MERIT_DISTINCTION = Map.of(
            "pass", "pass", "p", "pass", "merit", "merit", "m", "merit", "distinction", "distinction", "d", "distinction");
    private static final Pattern DEGREE_FILLER = Pattern.compile(
            "\\b(a|an|class|honours|honors|hons|degree|with|without)\\b");

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
                case DEGREE, HIGHER_DEGREE, FOUNDATION_DEGREE, HND -> "Type the subject of the " + type.inSentence()
                        + ", for example \u201cMechanical engineering\u201d.";
                default -> "Type the subject of the " + type.label() + ", for example \u201cMaths\u201d.";
            });
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            return new Rejected(Field.SUBJECT, "That name is too long: keep it to " + MAX_SUBJECT_LENGTH
                    + " characters or fewer.");
        }
        if (type == QualificationType.GCSE && SubjectCatalogue.isTripleScience(subject)) {
            return new Rejected(Field.GRADE, tripleScienceGrades(typedGrade));
        }
        SubjectReading reading = SubjectCatalogue.read(subject, type.asRuleQualification());
        Optional<Subject> known = reading.single();
        boolean predictedHere = predicted && type.canBePredicted();
        Result graded = switch (type.scale()) {
            case GCSE -> gcse(type, subject, grade, typedGrade, predictedHere, known);
            case A_LEVEL -> aLevel(type, subject, grade, typedGrade, predictedHere);
            case DEGREE -> degree(type, subject, typedGrade, predictedHere);
            case PASS_MERIT_DISTINCTION -> passMeritDistinction(type, subject, typedGrade, predictedHere);
            case NONE -> new Accepted(new StudentQualification(type, subject, new int[0], "", predictedHere),
                    Optional.empty());
        };
        if (graded instanceof Accepted accepted && type != QualificationType.OTHER_LEVEL_3) {
            Optional<String> note = reading.isKnown() ? howTitleWasRead(type, reading)
                    : Optional.of(unknownSubjectNote(type, subject));
            return new Accepted(accepted.qualification(), note);
        }
        return graded;
    }

    /**
     * GCSE triple science with a grade for each of its three sciences ("7-6-6": biology,
     * chemistry, physics, in that order) as the three GCSEs it is; empty when what was typed is
     * not triple science with three grades ({@link #of} then says what to give).
     */
    public static Optional<List<StudentQualification>> tripleScience(QualificationType type, String subjectTyped,
                                                                     String gradeTyped, boolean predicted) {
        if (type != QualificationType.GCSE || !SubjectCatalogue.isTripleScience(subjectTyped) || gradeTyped == null) {
            return Optional.empty();
        }
        Optional<List<String>> tokens = gcseTokens(bareGrade(gradeTyped.strip()));
        if (tokens.isEmpty() || tokens.get().size() != SubjectCatalogue.TRIPLE_SCIENCE_PARTS.size()) {
            return Optional.empty();
        }
        List<StudentQualification> three = new ArrayList<>();
        for (int i = 0; i < tokens.get().size(); i++) {
            String token = tokens.get().get(i);
            String name = SubjectCatalogue.subject(SubjectCatalogue.TRIPLE_SCIENCE_PARTS.get(i)).orElseThrow().name();
            three.add(new StudentQualification(type, name, new int[] {GradeScale.GCSE.rank(token).orElseThrow()}, token,
                    predicted));
        }
        return Optional.of(three);
    }

    private static String tripleScienceGrades(String typed) {
        return (typed.isEmpty() ? "" : "\u201c" + typed + "\u201d is not three grades. ")
                + "Triple science is three GCSEs, biology, chemistry and physics, each with its own grade: give "
                + "the three grades in that order, such as 7-6-6, or add each science on its own.";
    }

    /** How a title with more than one subject in it was read, so the student can see it was understood. */
    private static Optional<String> howTitleWasRead(QualificationType type, SubjectReading reading) {
        if (reading.main().isEmpty()) {
            String second = SubjectCatalogue.phrase(reading.second().orElseThrow().id());
            return Optional.of("We don't know its main subject, " + Words.joinWith("and", reading.unknownMain())
                    + ", so it counts only as " + type.withArticle() + "; its second subject, " + second
                    + ", is one we know, but the main subject is the one that counts.");
        }
        List<String> main = reading.main().stream().map(s -> SubjectCatalogue.phrase(s.id())).toList();
        if (reading.isJoint()) {
            String known = reading.unknownMain().isEmpty() ? "both count as main subjects"
                    : "we know " + Words.joinWith("and", main) + ", not " + Words.joinWith("and", reading.unknownMain());
            return Optional.of("Read as joint honours in " + Words.joinWith("and", main.size() > 1 ? main
                    : java.util.stream.Stream.concat(main.stream(), reading.unknownMain().stream()).toList()) + ": "
                    + known + ".");
        }
        return reading.second().map(second -> "Read as " + main.get(0) + ", with " + SubjectCatalogue.phrase(second.id())
                + " as a second subject.");
    }

    /** One sentence, and the subjects probably meant, if any ("Did you mean Physics?"). */
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
        boolean doubleAward = known.map(Subject::isDoubleAward).orElse(false);
        if (grade.startsWith("-") || grade.startsWith("\u2212")) {
            return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d is not a GCSE grade: a grade has no minus sign. "
                    + "Use 9 to 1, or a letter A* to G for older GCSEs.");
        }
        Optional<List<String>> parsed = gcseTokens(grade);
        if (parsed.isEmpty() || parsed.get().size() > 2) {
            return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d is not a GCSE grade: use 9 to 1, or a letter "
                    + "A* to G for older GCSEs" + (doubleAward ? " (two grades such as 5-4 for combined science)" : "")
                    + ".");
        }
        List<String> tokens = parsed.get();
        if (tokens.size() == 2 && !doubleAward && !grade.matches(".*[\\s\\-/,].*")) {
            // "99" or "45" run together reads as one grade mistyped, not as a double award.
            return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d is not a GCSE grade: GCSE grades go from 9 "
                    + "(the highest) down to 1, or a letter A* to G for older GCSEs; give one grade for GCSE " + subject + ".");
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

    /**
     * The grades in what was typed: "5-4", "5 4", "54" and "BC" are two; empty when anything else
     * is there ("10", "4+", "5-"), or a separator does not stand between two grades.
     */
    private static Optional<List<String>> gcseTokens(String grade) {
        String upper = grade.toUpperCase(Locale.ROOT).strip();
        if (upper.isEmpty() || !upper.matches("[^\\-/,]+([\\s\\-/,]+[^\\s\\-/,]+)*")) {
            return Optional.empty();
        }
        String joined = upper.replaceAll("[\\s\\-/,]+", "");
        List<String> tokens = new ArrayList<>();
        Matcher m = GCSE_GRADE.matcher(joined);
        int end = 0;
        while (m.find() && m.start() == end) {
            tokens.add(m.group());
            end = m.end();
        }
        return end == joined.length() && !tokens.isEmpty() ? Optional.of(tokens) : Optional.empty();
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
            String lower = typed.toLowerCase(Locale.UK).strip();
            if (lower.startsWith("merit") || lower.startsWith("distinction")) {
                return new Rejected(Field.GRADE, "\u201c" + typed + "\u201d is not a degree class: a degree is a first, "
                        + "2:1, 2:2, third or ordinary degree. Merit and distinction are grades of a foundation degree "
                        + "or an HND: choose that kind of qualification instead.");
            }
            return new Rejected(Field.GRADE, typed.isEmpty()
                    ? "Give the degree's class: first, 2:1, 2:2, third or ordinary (the one you expect, and tick Still "
                    + "studying, if you have not finished)."
                    : "\u201c" + typed + "\u201d is not a degree class: use first, 2:1, 2:2, third or ordinary (a degree "
                    + "without honours).");
        }
        return new Accepted(new StudentQualification(type, subject,
                new int[] {GradeScale.DEGREE.rank(canonical.get()).orElseThrow()}, canonical.get(), predicted),
                Optional.empty());
    }

    /** A foundation degree or HND: pass, merit or distinction (P, M or D). */
    private static Result passMeritDistinction(QualificationType type, String subject, String typed, boolean predicted) {
        String key = typed.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        String grade = PASS_MERIT_DISTINCTION.get(key);
        String what = type.withArticle();
        if (grade == null) {
            return new Rejected(Field.GRADE, typed.isEmpty()
                    ? "Give the overall grade of the " + type.inSentence() + ": pass, merit or distinction (the one you "
                    + "expect, and tick Still studying, if you have not finished)."
                    : "\u201c" + typed + "\u201d is not a grade of " + what + ": use pass, merit or distinction.");
        }
        return new Accepted(new StudentQualification(type, subject,
                new int[] {GradeScale.PASS_MERIT_DISTINCTION.rank(grade).orElseThrow()}, grade, predicted), Optional.empty());
    }

    /** "Upper second class honours", "2.1", "2:1 (hons)", "First class", "3rd": the class as the scale writes it. */
    static Optional<String> degreeClass(String typed) {
        String words = DEGREE_FILLER.matcher(typed.toLowerCase(Locale.UK)).replaceAll(" ");
        String key = words.replaceAll("[\\s.:/\\-()\\[\\],]+", "");
        return Optional.ofNullable(DEGREE_CLASSES.get(key));
    }
}
