package org.careerroutes.importer;

/**
 * What a line of entry requirements is for, as a profile ends it: "… for a level 3 course",
 * "… for an advanced apprenticeship". A route whose lines are for different things can be
 * started with any one of them, and each is a step of its own on the route map.
 *
 * @param words       as the text writes it after "for"
 * @param stepId      the id of its route-map step
 * @param stepTitle   the step's title on the map
 * @param gained      what a student has when the step is done
 * @param afterALevels whether the step usually follows A levels or other college qualifications
 */
enum Purpose {
    DEGREE("a degree", "degree", "Degree", "A degree", true),
    FOUNDATION_DEGREE("a foundation degree or higher national diploma", "foundation-degree",
            "Foundation degree or higher national diploma", "A foundation degree or higher national diploma", true),
    LEVEL_2_COURSE("a level 2 course", "level-2-course", "Level 2 college course", "A level 2 college qualification", false),
    LEVEL_3_COURSE("a level 3 course", "level-3-course", "Level 3 college course", "A level 3 college qualification", false),
    T_LEVEL("a T level", "t-level", "T level", "A T level", false),
    INTERMEDIATE_APPRENTICESHIP("an intermediate apprenticeship", "intermediate-apprenticeship",
            "Intermediate apprenticeship (level 2)", "An intermediate apprenticeship (level 2)", false),
    ADVANCED_APPRENTICESHIP("an advanced apprenticeship", "advanced-apprenticeship",
            "Advanced apprenticeship (level 3)", "An advanced apprenticeship (level 3)", false),
    HIGHER_OR_DEGREE_APPRENTICESHIP("a higher or degree apprenticeship", "higher-apprenticeship",
            "Higher or degree apprenticeship (levels 4 to 7)", "A higher or degree apprenticeship (levels 4 to 7)", true),
    HIGHER_APPRENTICESHIP("a higher apprenticeship", "higher-apprenticeship",
            "Higher apprenticeship (levels 4 and 5)", "A higher apprenticeship (level 4 or 5)", true),
    DEGREE_APPRENTICESHIP("a degree apprenticeship", "degree-apprenticeship",
            "Degree apprenticeship (level 6 or 7)", "A degree apprenticeship (level 6 or 7)", true);

    private final String words;
    private final String stepId;
    private final String stepTitle;
    private final String gained;
    private final boolean afterALevels;

    Purpose(String words, String stepId, String stepTitle, String gained, boolean afterALevels) {
        this.words = words;
        this.stepId = stepId;
        this.stepTitle = stepTitle;
        this.gained = gained;
        this.afterALevels = afterALevels;
    }

    String words() {
        return words;
    }

    String stepId() {
        return stepId;
    }

    String stepTitle() {
        return stepTitle;
    }

    String gained() {
        return gained;
    }

    boolean afterALevels() {
        return afterALevels;
    }
}
