package org.careerroutes.plan.view;

/** Style-class names of the My plan tab (plan.css). */
public final class PlanStyles {
    public static final String STEP = "plan-step";
    public static final String STEP_META = "plan-step-meta";
    public static final String MARKS = "plan-marks";
    public static final String MARK_BUTTON = "plan-mark-button";
    public static final String NOTE = "plan-note";
    public static final String ACTIONS = "plan-actions";
    public static final String STATUS = "plan-status";
    public static final String PROBLEM = "plan-problem";
    public static final String QUESTION = "plan-question";
    public static final String VERDICT = "plan-verdict";

    private PlanStyles() {
    }
}
