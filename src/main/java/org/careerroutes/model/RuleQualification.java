package org.careerroutes.model;

import java.util.Arrays;
import java.util.Optional;

/** What a rule of entry counts: the kind of qualification, as written in a content file. */
public enum RuleQualification {
    GCSE("gcse", "GCSE", "GCSEs", GradeScale.GCSE),
    A_LEVEL("a-level", "A level", "A levels", GradeScale.A_LEVEL),
    /** A levels and other college qualifications at level 3 (BTEC, T level, Access to HE...). */
    LEVEL_3("level-3", "college qualification, like an A level", "college qualifications, like A levels",
            GradeScale.NONE),
    /**
     * A foundation degree or a Higher National Diploma (HND): level 5, below a bachelor's degree,
     * graded pass, merit or distinction.
     */
    LEVEL_5("level-5", "foundation degree or HND", "foundation degrees or HNDs", GradeScale.PASS_MERIT_DISTINCTION),
    /** A bachelor's degree: with honours (first to third) or an ordinary degree. */
    DEGREE("degree", "degree", "degrees", GradeScale.DEGREE),
    /** A master's degree or a doctorate. */
    HIGHER_DEGREE("higher-degree", "master's degree or doctorate", "master's degrees or doctorates", GradeScale.NONE),
    EXPERIENCE("experience", "experience", "kinds of experience", GradeScale.NONE);

    private final String key;
    private final String one;
    private final String many;
    private final GradeScale scale;

    RuleQualification(String key, String one, String many, GradeScale scale) {
        this.key = key;
        this.one = one;
        this.many = many;
        this.scale = scale;
    }

    /** As written in a content file, e.g. "a-level". */
    public String key() {
        return key;
    }

    /** Its name for one, e.g. "A level"; for {@code count} of them, {@link #name(int)}. */
    public String name(int count) {
        return count == 1 ? one : many;
    }

    public GradeScale scale() {
        return scale;
    }

    public static Optional<RuleQualification> of(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
