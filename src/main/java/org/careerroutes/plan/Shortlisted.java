package org.careerroutes.plan;

/**
 * A job on the student's shortlist: its profile's id, and its title as it was when it was
 * shortlisted, so that a job no longer in the content folder is still shown by name.
 *
 * @param profile the profile's id, as a plan holds one ({@link MyPlan#isId})
 * @param title   the job's title, one line, not blank, at most {@link StudentRecord#MAX_TITLE} characters
 */
public record Shortlisted(String profile, String title) {

    public Shortlisted {
        MyPlan.requireId(profile, "a shortlisted profile");
        StudentRecord.requireLine(title, StudentRecord.MAX_TITLE, "a shortlisted job's title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a shortlisted job's title is not blank");
        }
    }
}
