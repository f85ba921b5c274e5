package org.careerroutes.plan.view;

/** Style-class names of the My plan tab (its rules are in the kit's app.css, "My plan"). */
public final class PlanStyles {
    public static final String STEP = "plan-step";
    public static final String STEP_META = "plan-step-meta";
    public static final String MARKS = "plan-marks";
    public static final String MARK_BUTTON = "plan-mark-button";
    public static final String NOTE = "plan-note";
    public static final String ACTIONS = "plan-actions";
    /** What happened last; with the state {@code :problem} when it went wrong. */
    public static final String STATUS = "plan-status";
    /** A notice about a plan that could not be read or saved. */
    public static final String PROBLEM = "plan-problem";
    /** "Entry requirements (University)" over a step's requirements. */
    public static final String REQUIREMENTS_HEADING = "plan-requirements-heading";
    /** What the page is busy with, and its spinner. */
    public static final String BUSY = "plan-busy";
    public static final String BUSY_SPINNER = "plan-busy-spinner";
    public static final String QUESTION = "plan-question";
    public static final String VERDICT = "plan-verdict";
    /** "My skills" on the Skills and subjects tab, each skill's card, and the line that sums them up. */
    public static final String MY_SKILLS = "my-skills";
    public static final String SKILL = "my-skill";
    public static final String SKILLS_SUMMARY = "my-skills-summary";
    /** "Things I've done" on My plan: each encounter's card, and the form that adds or changes one. */
    public static final String ENCOUNTER = "encounter";
    public static final String ENCOUNTER_FORM = "encounter-form";

    private PlanStyles() {
    }
}
