package org.careerroutes.jobs.view;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careerroutes.jobs.ShortlistedJob;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.List;
import java.util.Objects;

/**
 * My shortlist, on My plan: each job the student starred, with its ways in and their verdicts, a
 * link that opens it (while it is on offer) and its ★ to take it off.
 */
public final class ShortlistView {

    private final JobsViewModel model;
    private final VBox box = new VBox();
    private final VBox jobs = new VBox();
    /**
     * What a shortlisted job shows hangs on the shortlist, the qualifications entered (its
     * verdicts) and the jobs on offer (a link to open it, its ways in). With no qualifications the
     * verdicts stay the same empty map as the folder is read, so the jobs on offer are followed too.
     */
    private final ChangeListener<Object> changed = (obs, old, now) -> show();
    /** The jobs as last shown: the folder's reading hands on many packs, most of which change nothing here. */
    private List<ShortlistedJob> shown;

    private ShortlistView(JobsViewModel model) {
        this.model = model;
        box.setId("my-shortlist");
        box.getStyleClass().add(JobsStyles.SHORTLIST);
        box.getStylesheets().add(Objects.requireNonNull(JobsPage.class.getResource("jobs.css")).toExternalForm());
        jobs.getStyleClass().add(Styles.BLOCKS);
        box.getChildren().addAll(ProfileText.heading("My shortlist", Styles.HEADING_2), jobs);
        // Weakly: a My plan page dropped for another job is not kept alive by the window's model.
        model.shortlistProperty().addListener(new WeakChangeListener<>(changed));
        model.onTrackAvailableProperty().addListener(new WeakChangeListener<>(changed));
        model.verdictsProperty().addListener(new WeakChangeListener<>(changed));
        model.jobsProperty().addListener(new WeakChangeListener<>(changed));
        box.getProperties().put(ShortlistView.class, this);
        show();
    }

    /** The section for My plan. */
    public static Node create(JobsViewModel model) {
        return new ShortlistView(model).box;
    }

    private void show() {
        List<ShortlistedJob> listed = model.shortlistedJobs();
        if (listed.equals(shown)) {
            return;   // as shown: made again, it would drop the keyboard from a link or a star
        }
        shown = listed;
        jobs.getChildren().clear();
        if (listed.isEmpty()) {
            Label none = ProfileText.text("No jobs yet: press \u2606 on a job\u2019s card on the Jobs page, or beside "
                    + "its title, to keep it here.", Styles.BODY_TEXT);
            none.setId("my-shortlist-empty");
            jobs.getChildren().add(none);
            return;
        }
        for (ShortlistedJob job : listed) {
            jobs.getChildren().add(item(job));
        }
    }

    private Node item(ShortlistedJob job) {
        Node name;
        if (job.onOffer()) {
            Hyperlink open = new Hyperlink(job.title());
            open.setOnAction(e -> model.open(job.id()));
            name = open;
        } else {
            name = ProfileText.text(job.title(), Styles.HEADING_3);
        }
        name.setId("my-shortlist-open-" + job.id());
        ToggleButton star = ShortlistStar.create("my-shortlist-star-" + job.id(), false);
        ShortlistStar.show(star, job.title(), true);
        star.setOnAction(e -> ShortlistStar.toggle(star, model, job.id(), job.title()));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(8, name, star);
        VBox item = new VBox(2, top, ProfileText.text(job.waysIn(), Styles.MUTED));
        item.setId("my-shortlist-" + job.id());
        for (String line : job.verdictLines()) {
            item.getChildren().add(ProfileText.text(line, Styles.BODY_TEXT));
        }
        return item;
    }
}
