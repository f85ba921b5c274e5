package org.careerroutes.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of entry requirements is for, as a profile ends it: "… for a level 3 course",
 * "… for an advanced apprenticeship". A route whose lines are for different things can be
 * started with any one of them, and each is a step of its own on the route map.
 *
 * @param words       as the text writes it after "for"
 * @param stepId      the id of its route-map step
 * @param stepTitle   the step's title on the map
 * @param gained      what a student has when the step is done
 * @param before      what usually comes just before the step, for the pathways through it
 */
enum Purpose {
    DEGREE("a degree", "degree", "Degree", "A degree", Before.A_LEVELS),
    FOUNDATION_DEGREE("a foundation degree or higher national diploma", "foundation-degree",
            "Foundation degree or higher national diploma", "A foundation degree or higher national diploma",
            Before.A_LEVELS),
    POSTGRADUATE_COURSE("a postgraduate course", "postgraduate-course", "Postgraduate course",
            "A postgraduate qualification", Before.DEGREE),
    LEVEL_1_COURSE("a level 1 course", "level-1-course", "Level 1 college course", "A level 1 college qualification",
            Before.GCSES),
    LEVEL_2_COURSE("a level 2 course", "level-2-course", "Level 2 college course", "A level 2 college qualification",
            Before.GCSES),
    LEVEL_3_COURSE("a level 3 course", "level-3-course", "Level 3 college course", "A level 3 college qualification",
            Before.GCSES),
    T_LEVEL("a T level", "t-level", "T level", "A T level", Before.GCSES),
    INTERMEDIATE_APPRENTICESHIP("an intermediate apprenticeship", "intermediate-apprenticeship",
            "Intermediate apprenticeship (level 2)", "An intermediate apprenticeship (level 2)", Before.GCSES),
    ADVANCED_APPRENTICESHIP("an advanced apprenticeship", "advanced-apprenticeship",
            "Advanced apprenticeship (level 3)", "An advanced apprenticeship (level 3)", Before.GCSES),
    HIGHER_OR_DEGREE_APPRENTICESHIP("a higher or degree apprenticeship", "higher-apprenticeship",
            "Higher or degree apprenticeship (levels 4 to 7)", "A higher or degree apprenticeship (levels 4 to 7)",
            Before.A_LEVELS),
    HIGHER_APPRENTICESHIP("a higher apprenticeship", "higher-apprenticeship",
            "Higher apprenticeship (levels 4 and 5)", "A higher apprenticeship (level 4 or 5)", Before.A_LEVELS),
    DEGREE_APPRENTICESHIP("a degree apprenticeship", "degree-apprenticeship",
            "Degree apprenticeship (level 6 or 7)", "A degree apprenticeship (level 6 or 7)", Before.A_LEVELS);

    /** What usually comes just before the step: GCSEs, A levels (or other college qualifications), or a degree. */
    enum Before { GCSES, A_LEVELS, DEGREE }

    private final String words;
    private final String stepId;
    private final String stepTitle;
    private final String gained;
    private final Before before;

    Purpose(String words, String stepId, String stepTitle, String gained, Before before) {
        this.words = words;
        this.stepId = stepId;
        this.stepTitle = stepTitle;
        this.gained = gained;
        this.before = before;
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

    /** Whether the step usually follows A levels or other college qualifications (a degree does, too). */
    boolean afterALevels() {
        return before != Before.GCSES;
    }

    /** Whether the step follows a degree: a postgraduate course. */
    boolean afterADegree() {
        return before == Before.DEGREE;
    }

    /**
     * What the way in is for, as the line writes it ("for a level 2 course", in its own letter
     * case; where it is said twice, the last, which ends the line), so that its title is the
     * profile's own words.
     */
    Optional<String> asWritten(String line) {
        Matcher m = Pattern.compile("\\bfor " + Pattern.quote(words) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(line.replace('\u2019', '\''));
        Optional<String> last = Optional.empty();
        while (m.find()) {
            last = Optional.of(line.substring(m.start(), m.end()));
        }
        return last;
    }
}
