package org.careerroutes.plan.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.EncountersCsv;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StudentRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * "Things I've done" on My plan: the student's careers encounters (a careers fair, a talk by an
 * employer, work experience…), listed newest first, added and changed in a form, deleted after a
 * question, and saved as CSV for their careers leader (written away from the JavaFX thread; the
 * section says it is busy meanwhile, then where it saved or why it could not). They belong to the
 * student's record, the same for every job; each remembers the job the student was looking at
 * when they added it. At a kiosk there is no log (nothing would keep it): the section says so.
 * The view binds to it and decides nothing.
 */
public final class EncountersModel {

    /** Asks where to save the CSV; empty when the student cancels. */
    @FunctionalInterface
    public interface CsvTarget {
        Optional<Path> choose(String suggestedName);
    }

    /**
     * The form, while it is open.
     *
     * @param changing the encounter being changed; empty when one is being added
     * @param month    the month the form starts on: the encounter's, or this month for a new one
     */
    public record Form(Optional<Encounter> changing, YearMonth month) {
    }

    /** How far back the years offered go: a student's time at secondary school, and a little more. */
    static final int YEARS_BACK = 8;
    static final String CSV_NAME = "my-careers-encounters.csv";

    private final String jobTitle;
    private final Consumer<UnaryOperator<StudentRecord>> change;
    private final boolean atKiosk;
    private final Optional<CsvTarget> csvTarget;
    private final Background background;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<List<Encounter>> encounters = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper full = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Form> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MyPlanModel.Question> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper("");
    private StudentRecord record = StudentRecord.EMPTY;
    /** Held here, and given to the window's record weakly: a page dropped for another profile is not kept alive by it. */
    private final ChangeListener<StudentRecord> follow = (obs, old, now) -> show(now);

    /**
     * @param jobTitle   the job shown, which a new encounter is about
     * @param record     the student's record, the same for every job
     * @param change     changes the record (it is kept as the plan is)
     * @param atKiosk    true at a careers-fair kiosk: no log
     * @param csvTarget  asks where to save the CSV; empty where no file may be saved
     * @param background where the CSV is written, away from the JavaFX thread
     * @param clock      today's month, for a new encounter and the years offered
     */
    public EncountersModel(String jobTitle, ObservableValue<StudentRecord> record,
                           Consumer<UnaryOperator<StudentRecord>> change, boolean atKiosk, Optional<CsvTarget> csvTarget,
                           Background background, Clock clock) {
        this.jobTitle = MyPlan.cut(StudentRecord.asLine(jobTitle), StudentRecord.MAX_TITLE);
        this.change = Objects.requireNonNull(change);
        this.atKiosk = atKiosk;
        this.csvTarget = Objects.requireNonNull(csvTarget);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        record.addListener(new WeakChangeListener<>(follow));
        show(record.getValue());
    }

    private void show(StudentRecord now) {
        record = now == null ? StudentRecord.EMPTY : now;
        encounters.set(record.encountersNewestFirst());
        full.set(record.encounters().size() >= StudentRecord.MAX_ENCOUNTERS);
    }

    // ----- what the section shows

    /** At a kiosk there is no log: the section says why, and what the visitor's code holds instead. */
    public boolean atKiosk() {
        return atKiosk;
    }

    /** The encounters, newest first. */
    public ReadOnlyObjectProperty<List<Encounter>> encountersProperty() {
        return encounters.getReadOnlyProperty();
    }

    /** True when the record holds as many encounters as it can: one must be deleted before another is added. */
    public ReadOnlyBooleanProperty fullProperty() {
        return full.getReadOnlyProperty();
    }

    /** "Your record holds 300 encounters…", said when it is full. */
    public String fullText() {
        return "Your record holds " + StudentRecord.MAX_ENCOUNTERS + " things you've done, the most it can: delete one "
                + "to add another.";
    }

    /** The form while it is open, or null. */
    public ReadOnlyObjectProperty<Form> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** What is wrong with what the form holds, after Save; "" when nothing is. */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    /** A question waiting for the student's answer (delete this?), or null. */
    public ReadOnlyObjectProperty<MyPlanModel.Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** What happened last (added, deleted, saved where, or why not); "" before anything has. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }

    /** What the section is busy with ("Saving your encounters…"); "" when it is not. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Save encounters as CSV…: where a file may be saved (never at a kiosk). */
    public boolean offersCsv() {
        return csvTarget.isPresent() && !atKiosk;
    }

    /** The years a student can choose, newest first: this year and {@value #YEARS_BACK} before it, and the form's own. */
    public List<Integer> years(Optional<Integer> also) {
        int now = YearMonth.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = now; year >= now - YEARS_BACK; year--) {
            years.add(year);
        }
        also.filter(year -> !years.contains(year)).ifPresent(year -> {
            years.add(year);
            years.sort(java.util.Comparator.reverseOrder());
        });
        return years;
    }

    /** The job the form's "Did it change what I think about this job?" is about: the encounter's, or the job shown. */
    public String formJob() {
        Form open = form.get();
        return open == null ? jobTitle : open.changing().map(Encounter::job).filter(job -> !job.isBlank()).orElse(jobTitle);
    }

    /** "Careers fair, March 2026", and who or where when said: how an encounter is named in messages. */
    public static String name(Encounter encounter) {
        return encounter.kind().label() + ", " + encounter.when()
                + (encounter.whoOrWhere().isBlank() ? "" : ", " + encounter.whoOrWhere().strip());
    }

    // ----- adding, changing and deleting

    /** Opens the form for a new encounter, on this month. */
    public void startAdding() {
        if (atKiosk || full.get()) {
            return;
        }
        formProblem.set("");
        form.set(new Form(Optional.empty(), YearMonth.now(clock)));
    }

    /** Opens the form on an encounter, to change it. */
    public void startChanging(String id) {
        record.encounter(id).ifPresent(encounter -> {
            formProblem.set("");
            form.set(new Form(Optional.of(encounter), encounter.month()));
        });
    }

    /** Closes the form, keeping nothing of it. */
    public void cancel() {
        form.set(null);
        formProblem.set("");
    }

    /**
     * Saves what the form holds: a new encounter, or the one being changed. Each text is made to
     * fit as its box does (the boxes never hold more).
     *
     * @param kind null when none was chosen, which the form says
     * @return whether it was saved (the form is closed), or what is wrong is said in the form
     */
    public boolean save(EncounterKind kind, YearMonth month, String whoOrWhere, String learned, String changedMyView,
                        String nextStep) {
        Form open = form.get();
        if (open == null) {
            return false;
        }
        if (kind == null) {
            formProblem.set("Choose what it was (a careers fair, a talk by an employer…).");
            return false;
        }
        if (month == null) {
            formProblem.set("Choose the month and year it was.");
            return false;
        }
        if (month.isAfter(YearMonth.now(clock))) {
            formProblem.set(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                    + month.getYear() + " has not come yet: Things I've done are for what you have done. Add it once it "
                    + "has happened.");
            return false;
        }
        Optional<Encounter> changing = open.changing().filter(e -> record.encounter(e.id()).isPresent());
        if (changing.isEmpty() && full.get()) {
            formProblem.set(fullText());
            return false;
        }
        String id = changing.map(Encounter::id).orElseGet(record::nextEncounterId);
        String job = changing.map(Encounter::job).orElse(jobTitle);
        Encounter saved = new Encounter(id, kind, month, line(whoOrWhere), job, answer(learned), answer(changedMyView),
                answer(nextStep));
        change.accept(mine -> mine.withEncounter(saved));
        form.set(null);
        formProblem.set("");
        say((changing.isPresent() ? "Changed: " : "Added to Things I've done: ") + name(saved) + ".", false);
        return true;
    }

    private static String line(String text) {
        return MyPlan.cut(StudentRecord.asLine(text == null ? "" : text), StudentRecord.MAX_WHO_OR_WHERE);
    }

    private static String answer(String text) {
        return MyPlan.cut(text == null ? "" : text, StudentRecord.MAX_REFLECTION);
    }

    /** Asks before deleting an encounter; "Keep it" is the safe answer. */
    public void askToDelete(String id) {
        record.encounter(id).ifPresent(encounter -> question.set(new MyPlanModel.Question("Delete \u201c" + name(encounter)
                + "\u201d from Things I've done? This cannot be undone.", "Delete it", "Keep it", () -> {
                    change.accept(mine -> mine.withoutEncounter(id));
                    Form open = form.get();
                    if (open != null && open.changing().map(Encounter::id).equals(Optional.of(id))) {
                        cancel();
                    }
                    say("Deleted: " + name(encounter) + ".", false);
                })));
    }

    public void answer(boolean yes) {
        MyPlanModel.Question asked = question.get();
        question.set(null);
        if (yes && asked != null) {
            asked.ifYes().run();
        }
    }

    // ----- for the careers leader

    /** Asks where, then writes every encounter as CSV, away from the JavaFX thread. */
    public void saveCsv() {
        if (!offersCsv() || !busy.get().isEmpty()) {
            return;
        }
        if (record.encounters().isEmpty()) {
            say("There is nothing to save yet: add something you've done first.", true);
            return;
        }
        Optional<Path> chosen = csvTarget.get().choose(CSV_NAME);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withCsvEnding(chosen.get());
        StudentRecord saved = record;
        int count = saved.encounters().size();
        busy.set("Saving your encounters to " + file.getFileName() + "\u2026");
        background.submit(() -> {
            AtomicFile.write(file, EncountersCsv.bytes(saved), Optional.empty());
            return file;
        }, done -> {
            busy.set("");
            say("Saved " + (count == 1 ? "1 encounter" : count + " encounters") + " to " + file + ". It opens in any "
                    + "spreadsheet program, one row each, for your careers leader.", false);
        }, failed -> {
            busy.set("");
            String why = failed instanceof IOException io ? FileProblem.whyNotWritten(io) : String.valueOf(failed.getMessage());
            say("Your encounters could not be saved: " + FileProblem.describe(file, why)
                    + ". Try another place, such as a USB stick.", true);
        });
    }

    /** "encounters" becomes "encounters.csv". */
    static Path withCsvEnding(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? chosen : chosen.resolveSibling(name + ".csv");
    }

    private void say(String text, boolean problem) {
        statusIsProblem.set(problem);
        status.set(text);
    }
}
