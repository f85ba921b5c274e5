package org.careerroutes.jobs.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.content.LoadResult;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.jobs.JobEntry;
import org.careerroutes.jobs.JobFilters;
import org.careerroutes.jobs.JobIndex;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.JobVerdict;
import org.careerroutes.jobs.JobsLikeThis;
import org.careerroutes.jobs.JobsWording;
import org.careerroutes.jobs.RouteType;
import org.careerroutes.jobs.ShortlistedJob;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StudentRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the Jobs page holds and decides: the words typed and the filters, the jobs they pick (a page
 * of cards at a time, each with what to mark and the student's verdict), the counts, the shortlist
 * (kept in the student's record), how far the folder has been read and what could not be, and
 * opening a job: its whole profile read away from the JavaFX thread, the page busy meanwhile. The
 * page binds to it and decides nothing. One per window, so a kiosk's next visit starts afresh.
 *
 * <p>A little over 400 lines: the search, the filters, the page of cards and their verdicts are
 * worked out together in one pass each time one of them changes; what the page says is in
 * {@link org.careerroutes.jobs.JobsWording}, a card in {@link JobCard}, opening a job in {@link JobOpening}.
 */
public final class JobsViewModel {

    /** How many cards a page shows before "Show more": enough to scroll, few enough to draw at once. */
    public static final int PAGE = 48;

    private final ObservableValue<JobPack> pack;
    private final ObservableValue<StudentRecord> record;
    private final Consumer<UnaryOperator<StudentRecord>> changeRecord;
    private final JobOpening opening;

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<JobFilters> filters = new ReadOnlyObjectWrapper<>(JobFilters.NONE);
    private final ReadOnlyObjectWrapper<JobIndex.Selection> selection = new ReadOnlyObjectWrapper<>();
    private final ObservableList<JobCard> cards = FXCollections.observableArrayList();
    private final ObservableList<JobCard> cardsShown = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nothingFound = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skipTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper onTrackAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Set<String>> shortlist = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Map<String, JobVerdict>> verdictsShown = new ReadOnlyObjectWrapper<>(Map.of());
    private int shownUpTo = PAGE;
    /** The verdicts of every job for the qualifications they were worked out for. */
    private Map<String, JobVerdict> verdicts = Map.of();
    private List<StudentQualification> verdictsFor = List.of();
    private JobPack verdictsOf;

    /**
     * @param pack         the jobs on offer, as the folder's reading goes
     * @param record       the student's record: their qualifications (for "on track for me") and shortlist
     * @param changeRecord changes the record (the shortlist), which keeps it as the plan is kept
     * @param background   where a job's whole profile is read when it is opened
     * @param show         shows a job's whole profile once it is read
     */
    public JobsViewModel(ObservableValue<JobPack> pack, ObservableValue<StudentRecord> record,
                         Consumer<UnaryOperator<StudentRecord>> changeRecord, Background background,
                         Consumer<Profile> show) {
        this.pack = Objects.requireNonNull(pack);
        this.record = Objects.requireNonNull(record);
        this.changeRecord = Objects.requireNonNull(changeRecord);
        this.opening = new JobOpening(background, show, message::set);
        query.addListener((obs, old, now) -> {
            filters.set(filters.get().withQuery(now == null ? "" : now));
            shownUpTo = PAGE;
            update();
        });
        pack.addListener((obs, old, now) -> update());
        record.addListener((obs, old, now) -> update());
        update();
    }

    // ----- what the page shows

    /** The words typed in the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<JobFilters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    public JobFilters filters() {
        return filters.get();
    }

    /** The jobs picked, with the counts beside each filter's choices. */
    public ReadOnlyObjectProperty<JobIndex.Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The cards shown: the first of the jobs picked, {@link #PAGE} more with each "Show more". */
    public ObservableList<JobCard> cards() {
        return cardsShown;
    }

    /** "42 jobs", "3 of 42 jobs", "Reading the jobs…". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "No job matches “xyz”", or "" when some do. */
    public ReadOnlyStringProperty nothingFoundProperty() {
        return nothingFound.getReadOnlyProperty();
    }

    /** "Show 48 more (752 not shown yet)", or "" when every job picked is shown. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** "Skip to the 42 jobs": the control after the search that takes the keyboard to the first card; "" for none. */
    public ReadOnlyStringProperty skipToProperty() {
        return skipTo.getReadOnlyProperty();
    }

    /** "Reading the jobs in this folder: 120 of 800", while the folder is read. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The folder's files that could not be read, in a sentence for a student, or "" (warnings are not said here). */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /**
     * The files of the folder with problems, for the list of them: those that could not be read,
     * then those with warnings only.
     */
    public List<LoadResult> problemFiles() {
        return pack.getValue() == null ? List.of() : pack.getValue().problems();
    }

    /** "Opening Nurse…" while a job's profile is read; the page takes no other opening meanwhile. */
    public ReadOnlyStringProperty openingProperty() {
        return opening.openingProperty();
    }

    /** A job that could not be opened, or a shortlist that is full, said on the page; "" for none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void dismissMessage() {
        message.set("");
    }

    /** Whether "on track for me" can be used: the student has entered qualifications. */
    public ReadOnlyBooleanProperty onTrackAvailableProperty() {
        return onTrackAvailable.getReadOnlyProperty();
    }

    /** The jobs on offer, as the folder's reading goes. */
    public ObservableValue<JobPack> jobsProperty() {
        return pack;
    }

    public JobIndex index() {
        return pack.getValue() == null ? new JobIndex(List.of()) : pack.getValue().index();
    }

    /** How many jobs are on offer. */
    public int jobCount() {
        return pack.getValue() == null ? 0 : pack.getValue().size();
    }

    // ----- filters

    public void likeSubject(String key, boolean liked) {
        change(filters.get().withSubject(key, liked));
    }

    public void wantWayIn(RouteType type, boolean wanted) {
        change(filters.get().withType(type, wanted));
    }

    public void paidWhileTraining(boolean on) {
        change(filters.get().withPaid(on));
    }

    public void needsRegistration(boolean on) {
        change(filters.get().withRegistration(on));
    }

    public void onTrackForMe(boolean on) {
        change(filters.get().withOnTrack(on));
    }

    public void onlyMyShortlist(boolean on) {
        change(filters.get().withShortlisted(on));
    }

    /** Clear all: every filter off (the words typed stay). */
    public void clearFilters() {
        change(filters.get().withoutFilters());
    }

    public void clearSearch() {
        query.set("");
    }

    /** Shows the next page of cards. */
    public void showMore() {
        shownUpTo += PAGE;
        showCards();
    }

    private void change(JobFilters changed) {
        if (!changed.equals(filters.get())) {
            filters.set(changed);
            shownUpTo = PAGE;
            update();
        }
    }

    // ----- the shortlist

    public boolean isShortlisted(String id) {
        return shortlist.get().contains(id);
    }

    /** The ids of the jobs on the student's shortlist, as it changes. */
    public ReadOnlyObjectProperty<Set<String>> shortlistProperty() {
        return shortlist.getReadOnlyProperty();
    }

    /** The ☆ on a card or a job: puts the job on the student's shortlist, or takes it off. */
    public void toggleShortlist(String id, String title) {
        StudentRecord now = record.getValue();
        if (now.isShortlisted(id)) {
            changeRecord.accept(r -> r.withoutShortlisted(id));
        } else if (now.shortlist().size() >= StudentRecord.MAX_SHORTLIST) {
            message.set("Your shortlist holds " + String.format(Locale.UK, "%,d", StudentRecord.MAX_SHORTLIST)
                    + " jobs, the most it can: take one off to add another.");
        } else {
            changeRecord.accept(r -> r.withShortlisted(id, titleToKeep(title)));
        }
    }

    /**
     * The jobs on the student's shortlist, in the order shortlisted, each with its ways in and the
     * student's verdicts: for My plan and the handout.
     */
    public List<ShortlistedJob> shortlistedJobs() {
        StudentRecord student = record.getValue();
        JobPack jobs = pack.getValue();
        if (student == null || jobs == null) {
            return List.of();
        }
        return student.shortlist().stream().map(listed -> ShortlistedJob.of(listed.profile(), listed.title(), jobs,
                student.qualifications())).toList();
    }

    /** The student's verdict on each job on offer, by id; empty before they enter qualifications. */
    public ReadOnlyObjectProperty<Map<String, JobVerdict>> verdictsProperty() {
        return verdictsShown.getReadOnlyProperty();
    }

    /** Whether a job can be opened here: it is among the jobs on offer. */
    public boolean isOnOffer(String id) {
        return pack.getValue() != null && pack.getValue().job(id).isPresent();
    }

    /** "Jobs like this" for a job shown: the jobs on offer that share the most with it, each saying what. */
    public List<JobsLikeThis.Similar> like(Profile shown) {
        JobPack jobs = pack.getValue();
        if (jobs == null || jobs.size() < 2) {
            return List.of();
        }
        JobEntry entry = jobs.job(shown.id()).orElseGet(() -> JobEntry.of(shown));
        return JobsLikeThis.of(entry, jobs.index());
    }

    /** A title as a shortlist keeps it: one line, within its length. */
    static String titleToKeep(String title) {
        String line = StudentRecord.asLine(title).strip();
        return MyPlan.cut(line.isEmpty() ? "Untitled job" : line, StudentRecord.MAX_TITLE);
    }

    // ----- opening a job

    /** Opens a job (see {@link JobOpening}): its Overview is shown once its whole profile is read. */
    public void open(String id) {
        open(id, () -> { });
    }

    /** As {@link #open(String)}, then {@code failed} if it could not be (said on the page, which takes clicks again). */
    public void open(String id, Runnable failed) {
        if (pack.getValue() != null) {
            opening.open(pack.getValue(), id, () -> { }, failed);
        }
    }

    /**
     * "Enter my qualifications": the qualifications are the student's, for every job, so they are
     * entered on "Am I on track?" of the job on show (the last opened, at first the folder's first);
     * where Career Routes checks none of that job's routes (its page has no form), on the first job
     * by title whose routes it checks, opened first.
     *
     * @param shownId the job on show
     * @param onTrack shows "Am I on track?" of the job on show
     */
    public void enterQualifications(String shownId, Runnable onTrack) {
        JobPack jobs = pack.getValue();
        boolean checked = jobs == null || jobs.job(shownId).map(JobEntry::anyRouteChecked).orElse(true);
        Optional<JobEntry> instead = checked ? Optional.empty()
                : jobs.index().jobs().stream().filter(JobEntry::anyRouteChecked).findFirst();
        if (instead.isEmpty()) {
            onTrack.run();   // with no job checked at all, its page says so
        } else {
            opening.open(jobs, instead.get().id(), onTrack);
        }
    }

    // ----- working it out

    private void update() {
        JobPack jobs = pack.getValue();
        StudentRecord student = record.getValue();
        List<StudentQualification> mine = student == null ? List.of() : student.qualifications();
        onTrackAvailable.set(!mine.isEmpty());
        Set<String> listed = student == null ? Set.of() : student.shortlist().stream()
                .map(org.careerroutes.plan.Shortlisted::profile).collect(Collectors.toUnmodifiableSet());
        if (!listed.equals(shortlist.get())) {
            shortlist.set(listed);
        }
        if (jobs == null) {
            selection.set(new JobIndex(List.of()).select(filters.get(), Map.of(), Set.of()));
            showCards();
            return;
        }
        if (jobs != verdictsOf || !mine.equals(verdictsFor)) {
            verdicts = verdictsOf(jobs, mine);
            verdictsOf = jobs;
            verdictsFor = List.copyOf(mine);
            verdictsShown.set(verdicts);
        }
        selection.set(jobs.index().select(filters.get(), verdicts, shortlist.get()));
        JobPack.Progress progress = jobs.progress();
        reading.set(progress.complete() ? "" : "Reading the jobs in this folder: " + progress.read() + " of "
                + progress.total() + "\u2026");
        problems.set(JobsWording.problems(jobs));
        showCards();
    }

    private static Map<String, JobVerdict> verdictsOf(JobPack jobs, List<StudentQualification> mine) {
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<String, JobVerdict> each = new HashMap<>();
        for (JobEntry job : jobs.index().jobs()) {
            each.put(job.id(), JobVerdict.of(job, mine));
        }
        return each;
    }

    private void showCards() {
        JobIndex.Selection picked = selection.get();
        List<JobEntry> jobs = picked.jobs();
        int total = jobCount();
        boolean narrowed = !picked.words().isEmpty() || filters.get().anyFilter();
        count.set(JobsWording.count(jobs.size(), total, narrowed));
        nothingFound.set(JobsWording.nothingFound(jobs.size(), total, filters.get().query(), filters.get().anyFilter()));
        int shown = Math.min(shownUpTo, jobs.size());
        more.set(JobsWording.more(jobs.size() - shown, PAGE));
        skipTo.set(JobsWording.skipTo(jobs.size()));
        List<JobCard> made = jobs.subList(0, shown).stream().map(job -> JobCard.of(job, picked.words(),
                Optional.ofNullable(verdicts.get(job.id())), shortlist.get().contains(job.id()))).toList();
        if (!made.equals(cards)) {
            cards.setAll(made);
        }
    }
}
