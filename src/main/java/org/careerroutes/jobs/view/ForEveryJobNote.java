package org.careerroutes.jobs.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.Objects;

/**
 * On "Am I on track?" when there are several jobs: the qualifications entered are the student's,
 * counted for every job, not only the one whose tab this is (a student sent here from the Jobs
 * page would otherwise wonder why they are on Accountant), with the way back to all the jobs.
 */
public final class ForEveryJobNote {

    private ForEveryJobNote() {
    }

    /** @param showJobs shows the Jobs page */
    public static Node create(Runnable showJobs) {
        Objects.requireNonNull(showJobs);
        Label words = ProfileText.text("Your qualifications count for every job, not only this one: enter them here "
                + "once, then All jobs shows the jobs you are on track for.", Styles.BODY_TEXT);
        words.setId("on-track-every-job");
        HBox.setHgrow(words, Priority.ALWAYS);
        Button back = new Button("\u2190 All jobs");
        back.setId("on-track-all-jobs");
        back.setAccessibleText("All jobs (Control J)");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> showJobs.run());
        HBox note = new HBox(10, words, back);
        note.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().addAll(Styles.CALLOUT, JobsStyles.NOTICE);
        return note;
    }
}
