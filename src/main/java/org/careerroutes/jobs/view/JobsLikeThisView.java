package org.careerroutes.jobs.view;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.JobsLikeThis;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Objects;

/**
 * "Jobs like this" on a job's Overview: up to five jobs on offer that share the most with it, each
 * a link that opens it and a line saying what they share ("Maths, Physics; an apprenticeship").
 * Shown again as a folder's reading brings more jobs; not shown while none shares anything.
 */
public final class JobsLikeThisView {

    private final Profile shown;
    private final JobsViewModel model;
    private final VBox box = new VBox();
    private final ChangeListener<JobPack> more = (obs, old, now) -> show();

    private JobsLikeThisView(Profile shown, JobsViewModel model) {
        this.shown = shown;
        this.model = model;
        box.setId("jobs-like-this");
        box.getStyleClass().add(JobsStyles.LIKE_THIS);
        box.getStylesheets().add(Objects.requireNonNull(JobsPage.class.getResource("jobs.css")).toExternalForm());
        box.managedProperty().bind(box.visibleProperty());
        // Weakly: an Overview dropped for another job is not kept alive by the window's jobs.
        model.jobsProperty().addListener(new WeakChangeListener<>(more));
        box.getProperties().put(JobsLikeThisView.class, this);
        show();
    }

    /** The section for a job's Overview. */
    public static Node create(Profile shown, JobsViewModel model) {
        return new JobsLikeThisView(shown, model).box;
    }

    private void show() {
        List<JobsLikeThis.Similar> like = model.like(shown);
        box.setVisible(!like.isEmpty());
        box.getChildren().setAll(ProfileText.heading("Jobs like this", Styles.HEADING_2),
                ProfileText.text("The jobs here that share the most related subjects, skills and ways in with this one, "
                        + "and what they share.", Styles.MUTED));
        for (JobsLikeThis.Similar similar : like) {
            String id = similar.job().id();
            Hyperlink open = new Hyperlink(similar.job().title());
            open.setId("like-this-" + id);
            open.setAccessibleText(similar.job().title() + ": shares " + similar.reasons());
            open.setOnAction(e -> model.open(id));
            Label shares = ProfileText.text("Shares " + similar.reasons(), Styles.BODY_TEXT);
            shares.setId("like-this-shares-" + id);
            VBox item = new VBox(open, shares);
            item.getStyleClass().add(JobsStyles.LIKE_THIS_ITEM);
            box.getChildren().add(item);
        }
    }
}
