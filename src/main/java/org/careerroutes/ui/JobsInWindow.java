package org.careerroutes.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.careerroutes.jobs.JobEntry;
import org.careerroutes.jobs.view.ForEveryJobNote;
import org.careerroutes.jobs.view.JobBar;
import org.careerroutes.jobs.view.JobsLikeThisView;
import org.careerroutes.jobs.view.JobsPage;
import org.careerroutes.jobs.view.ShortlistView;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;

import java.util.List;
import java.util.Optional;

/**
 * Where the Jobs page meets the window: in the window's centre either the Jobs page or the job on
 * show (its bar, when there are several jobs, above its tabs); "Jobs like this" for a job's
 * Overview; My shortlist for My plan; and the footer's words for the jobs' summaries. Made with
 * the window; the Jobs page itself is made the first time it is shown.
 */
final class JobsInWindow {

    private final WindowModel model;
    private final StackPane centre;
    private final BorderPane job = new BorderPane();
    private final Optional<Runnable> showProblems;
    private JobsPage page;
    private JobBar bar;

    /** @param showProblems lists the problems of the folder's files, where a dialog can be shown */
    JobsInWindow(WindowModel model, StackPane centre, TabPane tabs, Optional<Runnable> showProblems) {
        this.model = model;
        this.centre = centre;
        this.showProblems = showProblems;
        job.setCenter(tabs);
        centre.getChildren().add(job);
        WindowJobs jobs = model.jobs();
        jobs.severalProperty().addListener((obs, old, several) -> showBar());
        jobs.shownProperty().addListener((obs, old, shown) -> showPage(shown));
        showBar();
        showPage(jobs.isShown());
    }

    private void showBar() {
        if (model.jobs().several() && bar == null) {
            bar = new JobBar(model.profileProperty(), model.jobs().page(), model::showJobs);
        }
        job.setTop(model.jobs().several() ? bar.node() : null);
    }

    private void showPage(boolean shown) {
        if (shown) {
            model.search().close();
            if (page == null) {
                page = JobsPage.create(model.jobs().page(), showProblems, Optional.of(() -> model.jobs().page()
                        .enterQualifications(model.profile().id(), () -> model.open(ProfileSection.ON_TRACK))));
            }
            centre.getChildren().set(0, page.node());
            page.focus();
        } else if (centre.getChildren().get(0) != job) {
            centre.getChildren().set(0, job);
        }
    }

    /** Ctrl+F on the Jobs page goes to its own search; returns whether it was on show. */
    boolean focusSearch() {
        if (!model.jobs().isShown() || page == null) {
            return false;
        }
        page.focusSearch();
        return true;
    }

    /**
     * "Jobs like this" for a job's Overview: a place for it, filled once there are other jobs to
     * suggest (a folder's jobs arrive after the first Overview is built; a job opened from a file
     * can make a second).
     */
    Optional<Node> likeThis(Profile profile) {
        return Optional.of(whenSeveral(() -> JobsLikeThisView.create(profile, model.jobs().page())));
    }

    /**
     * For "Am I on track?": where there are several jobs, that the qualifications count for every
     * one, with the way back to them; a place filled once there are (as {@link #likeThis}).
     */
    Optional<Node> forEveryJob() {
        return Optional.of(whenSeveral(() -> ForEveryJobNote.create(model::showJobs)));
    }

    /** A place for what is said only where there are several jobs: made and shown once there are. */
    private Node whenSeveral(java.util.function.Supplier<Node> make) {
        StackPane place = new StackPane();
        place.managedProperty().bind(place.visibleProperty());
        Runnable fill = () -> {
            if (model.jobs().several() && place.getChildren().isEmpty()) {
                place.getChildren().add(make.get());
            }
            place.setVisible(!place.getChildren().isEmpty());
        };
        // Weakly: a page dropped for another job is not kept alive by the window's jobs.
        javafx.beans.value.ChangeListener<Boolean> several = (obs, old, now) -> fill.run();
        model.jobs().severalProperty().addListener(new javafx.beans.value.WeakChangeListener<>(several));
        place.getProperties().put(JobsInWindow.class, several);
        fill.run();
        return place;
    }

    /** My shortlist for My plan: where there are several jobs, or the student has shortlisted some before. */
    Optional<Node> shortlist() {
        boolean any = !model.plans().studentRecordProperty().get().shortlist().isEmpty();
        return model.jobs().several() || any ? Optional.of(ShortlistView.create(model.jobs().page())) : Optional.empty();
    }

    /** The window's title: the job on show, or "Jobs". */
    StringBinding title() {
        return Bindings.createStringBinding(() -> model.jobs().isShown() ? "Jobs" : model.profile().title(),
                model.jobs().shownProperty(), model.profileProperty());
    }

    /**
     * The footer's attribution: the profile's on show; on the Jobs page, that of the jobs' summaries
     * (one line when they share one, as the profiles of one careers website do).
     */
    StringBinding attribution() {
        return Bindings.createStringBinding(() -> {
            if (!model.jobs().isShown()) {
                return model.profile().source().attribution();
            }
            List<String> each = model.jobs().pack().offered().stream().map(JobEntry::attribution).distinct().toList();
            return each.size() == 1 ? each.get(0) : "Each job\u2019s summary is from its profile; open a job to see "
                    + "where its text comes from and its licence.";
        }, model.jobs().shownProperty(), model.profileProperty(), model.jobs().packProperty());
    }
}
