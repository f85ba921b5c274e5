package org.careerroutes.jobs.view;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.careerroutes.model.Profile;

import java.util.Objects;
import java.util.Set;

/**
 * The bar above a job's tabs when there are several jobs: back to all the jobs (the toolbar button
 * of Ctrl+J), the job's title, and its ☆, so that a job can be shortlisted from any of its tabs.
 */
public final class JobBar {

    private final HBox bar = new HBox();
    private final Label title = new Label();
    private final ToggleButton star = ShortlistStar.create("job-bar-star", true);
    private final ObservableValue<Profile> shown;
    private final JobsViewModel model;
    // Held here: the listeners are weak, so a bar dropped with its window is not kept alive by the model.
    private final ChangeListener<Profile> profileChanged = (obs, old, now) -> show();
    private final ChangeListener<Set<String>> shortlistChanged = (obs, old, now) -> show();

    /** @param showJobs shows the Jobs page */
    public JobBar(ObservableValue<Profile> shown, JobsViewModel model, Runnable showJobs) {
        this.shown = Objects.requireNonNull(shown);
        this.model = Objects.requireNonNull(model);
        bar.setId("job-bar");
        bar.getStyleClass().add(JobsStyles.JOB_BAR);
        bar.getStylesheets().add(Objects.requireNonNull(JobsPage.class.getResource("jobs.css")).toExternalForm());
        Button all = new Button("\u2190 All jobs");
        all.setId("job-bar-jobs");
        all.setAccessibleText("All jobs (Control J)");
        all.setOnAction(e -> showJobs.run());
        all.setMinWidth(Region.USE_PREF_SIZE);
        title.setId("job-bar-title");
        title.getStyleClass().add(JobsStyles.JOB_BAR_TITLE);
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        star.setMinWidth(Region.USE_PREF_SIZE);
        star.setOnAction(e -> {
            Profile job = shown.getValue();
            ShortlistStar.toggle(star, model, job.id(), job.title());
        });
        bar.getChildren().addAll(all, title, star);
        shown.addListener(new WeakChangeListener<>(profileChanged));
        model.shortlistProperty().addListener(new WeakChangeListener<>(shortlistChanged));
        show();
    }

    public Node node() {
        return bar;
    }

    private void show() {
        Profile job = shown.getValue();
        title.setText(job.title());
        ShortlistStar.show(star, job.title(), model.isShortlisted(job.id()));
    }
}
