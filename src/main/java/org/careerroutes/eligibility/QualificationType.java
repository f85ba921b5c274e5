package org.careerroutes.eligibility;

import org.careerroutes.model.GradeScale;
import org.careerroutes.model.RuleQualification;

import java.util.List;

/** The kinds of qualification a student can add to "My qualifications". */
public enum QualificationType {
    GCSE("GCSE", RuleQualification.GCSE, true),
    A_LEVEL("A level", RuleQualification.A_LEVEL, true),
    /** A BTEC, T level, Access to HE Diploma or another college qualification at level 3. */
    OTHER_LEVEL_3("College qualification (BTEC, T level...)", RuleQualification.LEVEL_3, true),
    /** A foundation degree (FdA, FdSc, FdEng): level 5, graded pass, merit or distinction. */
    FOUNDATION_DEGREE("Foundation degree", RuleQualification.LEVEL_5, true),
    /** A Higher National Diploma: level 5, graded pass, merit or distinction. */
    HND("HND (Higher National Diploma)", RuleQualification.LEVEL_5, true),
    /** A bachelor's degree, with honours or an ordinary degree. */
    DEGREE("Degree", RuleQualification.DEGREE, true),
    HIGHER_DEGREE("Master's or higher degree", RuleQualification.HIGHER_DEGREE, true),
    EXPERIENCE("Experience", RuleQualification.EXPERIENCE, false);

    /** The kinds of college qualification offered for {@link #OTHER_LEVEL_3}. */
    public static final List<String> LEVEL_3_KINDS = List.of("BTEC National", "T level",
            "Access to HE Diploma", "Cambridge Technical", "Other level 3 qualification");

    private final String label;
    private final RuleQualification counts;
    private final boolean canBePredicted;

    QualificationType(String label, RuleQualification counts, boolean canBePredicted) {
        this.label = label;
        this.counts = counts;
        this.canBePredicted = canBePredicted;
    }

    /** As shown in the type chooser. */
    public String label() {
        return label;
    }

    /** The rule qualification it is, for finding its subjects. */
    public RuleQualification asRuleQualification() {
        return counts;
    }

    public GradeScale scale() {
        return counts.scale();
    }

    /** Whether it can be a predicted result rather than an achieved one. */
    public boolean canBePredicted() {
        return canBePredicted;
    }

    /** Whether a rule asking for {@code wanted} counts this kind. A levels count as level 3. */
    public boolean countsFor(RuleQualification wanted) {
        return wanted == counts || (wanted == RuleQualification.LEVEL_3 && this == A_LEVEL);
    }

    /** A degree, master's or doctorate, foundation degree or HND: studied after school or college. */
    public boolean isHigherEducation() {
        return this == FOUNDATION_DEGREE || this == HND || this == DEGREE || this == HIGHER_DEGREE;
    }

    /** "a foundation degree", "an HND" (said "aitch"), "a degree". */
    public String withArticle() {
        return (this == HND ? "an " : "a ") + inSentence();
    }

    /** What it is called in a sentence: "foundation degree", "HND", "degree", "master's or doctorate". */
    public String inSentence() {
        return switch (this) {
            case HND -> "HND";
            case HIGHER_DEGREE -> "master's or doctorate";
            case OTHER_LEVEL_3 -> "college qualification";
            case GCSE, A_LEVEL -> label;
            default -> label.toLowerCase(java.util.Locale.UK);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
