package org.careerroutes.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.view.JobsViewModel;

import java.util.Objects;
import java.util.function.Function;

/**
 * The jobs on offer in a window, and whether the Jobs page is on show in place of a job's tabs.
 * The Jobs page is there when there is more than one job; its view model is made the first time
 * it is needed, so a window of one job never makes it.
 */
public final class WindowJobs {

    private final ReadOnlyObjectWrapper<JobPack> pack;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding several;
    private final Function<ReadOnlyObjectProperty<JobPack>, JobsViewModel> makePage;
    private JobsViewModel page;

    /** @param makePage makes the Jobs page's view model over the jobs on offer */
    WindowJobs(JobPack first, Function<ReadOnlyObjectProperty<JobPack>, JobsViewModel> makePage) {
        this.pack = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(first));
        this.makePage = Objects.requireNonNull(makePage);
        this.several = Bindings.createBooleanBinding(() -> pack.get().size() > 1 || readingMore(), pack);
    }

    /** Whether the folder being read has more files to come (so there will be a choice of jobs). */
    private boolean readingMore() {
        return !pack.get().progress().complete() && pack.get().progress().total() > 1;
    }

    public ReadOnlyObjectProperty<JobPack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    public JobPack pack() {
        return pack.get();
    }

    /** Offers these jobs (a folder's as its reading goes, or profiles in memory). */
    public void offer(JobPack jobs) {
        pack.set(Objects.requireNonNull(jobs));
        if (!several.get()) {
            shown.set(false);
        }
    }

    /** Whether there is a choice of jobs, and so a Jobs page. */
    public ObservableBooleanValue severalProperty() {
        return several;
    }

    public boolean several() {
        return several.get();
    }

    /** Whether the Jobs page is on show, in place of the tabs of the job on show. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** Shows the Jobs page (Ctrl+J, Go → Jobs, the bar's "All jobs"), when there is a choice of jobs. */
    public void show() {
        if (several.get()) {
            page();
            shown.set(true);
        }
    }

    /** Back to the tabs of the job on show. */
    void hide() {
        shown.set(false);
    }

    /** The Jobs page's view model: the search, the filters, the shortlist, opening a job. */
    public JobsViewModel page() {
        if (page == null) {
            page = makePage.apply(packProperty());
        }
        return page;
    }

    /** Whether the Jobs page's view model has been made (nothing of the jobs is worked out before). */
    boolean pageMade() {
        return page != null;
    }
}
