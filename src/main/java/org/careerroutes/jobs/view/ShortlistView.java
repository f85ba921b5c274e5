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

import java.util.Objects;
import java.util.Set;

/**
 * My shortlist, on My plan: each job the student starred, with its ways in and their verdicts, a
 * link that opens it (while it is on offer) and its ★ to take it off.
 */
public final class ShortlistView {

    private final JobsViewModel model;
    private final VBox box = new VBox();
    private final VBox jobs = new VBox();
    private final ChangeListener<Set<String>> changed = (obs, old, now) -> show();
    /** The qualifications entered change the verdicts: the selection is worked out again with each change of the record. */
    private final ChangeListener<Object> verdictsChanged = (obs, old, now) -> show();

    private ShortlistView(JobsViewModel model) {
        this.model = model;
        box.setId("my-shortlist");
        box.getStyleClass().add(JobsStyles.SHORTLIST);
        box.getStylesheets().add(Objects.requireNonNull(JobsPage.class.getResource("jobs.css")).toExternalForm());
        jobs.getStyleClass().add(Styles.BLOCKS);
        box.getChildren().addAll(ProfileText.heading("My shortlist", Styles.HEADING_2), jobs);
        // Weakly: a My plan page dropped for another job is not kept alive by the window's model.
        model.shortlistProperty().addListener(new WeakChangeListener<>(changed));
        model.onTrackAvailableProperty().addListener(new WeakChangeListener<>(verdictsChanged));
        model.verdictsProperty().addListener(new WeakChangeListener<>(verdictsChanged));
        box.getProperties().put(ShortlistView.class, this);
        show();
    }

    /** The section for My plan. */
    public static Node create(JobsViewModel model) {
        return new ShortlistView(model).box;
    }

    private void show() {
        jobs.getChildren().clear();
        var listed = model.shortlistedJobs();
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
        star.setOnAction(e -> model.toggleShortlist(job.id(), job.title()));
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
