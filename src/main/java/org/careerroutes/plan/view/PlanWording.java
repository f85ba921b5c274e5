package org.careerroutes.plan.view;

import org.careerroutes.model.Words;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StudentRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * How My plan names what a student's record holds and what opening a file would replace, in the
 * words its questions and messages use. Pure: no JavaFX.
 */
final class PlanWording {

    private PlanWording() {
    }

    /** What a record holds, in words: "the qualifications you entered, your skill ratings and your shortlist of jobs". */
    static String recordWords(StudentRecord record) {
        List<String> parts = new ArrayList<>();
        parts.add("the qualifications you entered");
        if (!record.skills().isEmpty()) {
            parts.add("your skill ratings");
        }
        if (!record.encounters().isEmpty()) {
            parts.add("your careers encounters");
        }
        if (!record.shortlist().isEmpty()) {
            parts.add("your shortlist of jobs");
        }
        return Words.joinWith("and", parts);
    }

    /**
     * What of the plan on screen ({@code current}) opening a file would replace, one phrase a
     * part: nothing for a part that is empty now, or that the file leaves as it is.
     */
    static List<String> replaced(MyPlan current, MyPlan after, String jobTitle) {
        List<String> lost = new ArrayList<>();
        if (!current.isJobEmpty() && !after.jobOnly().equals(current.jobOnly())) {
            lost.add("your pathway, marks and notes for " + jobTitle);
        }
        StudentRecord mine = current.student();
        StudentRecord theirs = after.student();
        if (!mine.qualifications().isEmpty() && !theirs.qualifications().equals(mine.qualifications())) {
            lost.add("the qualifications you entered (they are used for every job)");
        }
        if (!mine.skills().isEmpty() && !theirs.skills().equals(mine.skills())) {
            lost.add("your skill ratings");
        }
        if (!mine.encounters().isEmpty() && !theirs.encounters().equals(mine.encounters())) {
            lost.add("your careers encounters");
        }
        if (!mine.shortlist().isEmpty() && !theirs.shortlist().equals(mine.shortlist())) {
            lost.add("your shortlist of jobs");
        }
        return lost;
    }
}
