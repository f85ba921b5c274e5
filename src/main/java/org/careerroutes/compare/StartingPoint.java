package org.careerroutes.compare;

import org.careerroutes.model.RuleQualification;

import java.util.Optional;
import java.util.Set;

/**
 * Where a student stands today, as they say it: "I am in Year 12", "I have a degree". Each says
 * which steps are behind them (done), which one they are in and how far into it (a school year
 * begins in September), and in how many years, from the start of this school year, they are free
 * to start the next step.
 *
 * <p>The steps are named by the ids of the built-in profile's route map ({@code gcses},
 * {@code a-levels}, {@code degree}); a profile whose map names them otherwise shows no step as done.
 */
public enum StartingPoint {
    YEAR_10("I am in Year 10", "Year 10", Set.of(), "gcses", 0, 2, Set.of()),
    YEAR_11("I am in Year 11", "Year 11", Set.of(), "gcses", 12, 1, Set.of()),
    YEAR_12("I am in Year 12", "Year 12", Set.of("gcses"), "a-levels", 0, 2, Set.of(RuleQualification.GCSE)),
    YEAR_13("I am in Year 13", "Year 13", Set.of("gcses"), "a-levels", 12, 1, Set.of(RuleQualification.GCSE)),
    A_LEVELS("I have A levels", "A levels done", Set.of("gcses", "a-levels"), null, 0, 0,
            Set.of(RuleQualification.GCSE, RuleQualification.A_LEVEL, RuleQualification.LEVEL_3)),
    DEGREE("I have a degree", "a degree done", Set.of("gcses", "a-levels", "degree"), null, 0, 0,
            Set.of(RuleQualification.GCSE, RuleQualification.A_LEVEL, RuleQualification.LEVEL_3, RuleQualification.DEGREE));

    private final String label;
    private final String shortLabel;
    private final Set<String> done;
    private final String inProgress;
    private final int monthsIn;
    private final int freeAfterYears;
    private final Set<RuleQualification> having;

    StartingPoint(String label, String shortLabel, Set<String> done, String inProgress, int monthsIn,
                  int freeAfterYears, Set<RuleQualification> having) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.done = done;
        this.inProgress = inProgress;
        this.monthsIn = monthsIn;
        this.freeAfterYears = freeAfterYears;
        this.having = having;
    }

    /** As the student says it, for the chooser: "I am in Year 12". */
    public String label() {
        return label;
    }

    /** For a sentence: "Year 12", "a degree done". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The steps behind the student. */
    public boolean isDone(String stepId) {
        return done.contains(stepId);
    }

    /** The step the student is in now, if they are still at school. */
    public Optional<String> inProgress() {
        return Optional.ofNullable(inProgress);
    }

    /** How many months of the step in progress are behind them at the start of this school year. */
    public int monthsIn() {
        return monthsIn;
    }

    /**
     * In how many school years, counted from the start of this one, the school step the student is
     * in ends (GCSEs with Year 11, A levels with Year 13); 0 for one who has finished. When they
     * start the next step is {@link StartRule}'s to say.
     */
    public int freeAfterYears() {
        return freeAfterYears;
    }

    /** The last school year of the step the student is in, when they apply for the next: "Year 11", "Year 13". */
    public Optional<String> lastSchoolYear() {
        return inProgress().map(step -> step.equals("gcses") ? "Year 11" : "Year 13");
    }

    /** Whether this is the last school year of the step the student is in (Year 11, Year 13). */
    public boolean inLastSchoolYear() {
        return atSchool() && freeAfterYears == 1;
    }

    /** Whether a student here has this kind of qualification: a graduate has a degree. */
    public boolean has(RuleQualification qualification) {
        return having.contains(qualification);
    }

    /** Whether the student is still at school (so times count from the start of this school year). */
    public boolean atSchool() {
        return inProgress != null;
    }
}
