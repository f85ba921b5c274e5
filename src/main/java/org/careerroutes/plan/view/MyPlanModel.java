package org.careerroutes.plan.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Words;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFiles;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.StepMark;
import org.careerroutes.plan.StudentRecord;
import org.careerroutes.plan.TakeHome;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * What the My plan tab offers and decides: the changes a student makes to their plan, which ways
 * of keeping or taking it away this machine allows, and what to say after each (saved where,
 * why a file could not be opened, a question before the plan is replaced or cleared). Files are
 * read and written, and handouts made, off the JavaFX thread; meanwhile it says it is busy and
 * with what. The tab binds to it and decides nothing. A little over 400 lines: every command of the
 * page and what it says afterwards stay together; the words for what a record holds and what opening
 * a file replaces are in {@link PlanWording}.
 */
public final class MyPlanModel {

    /** Asks the student for a file: the window's file dialogs. Not there at a kiosk. */
    public interface FileDialogs {
        /** Where to save a plan; empty when the student cancels. */
        Optional<Path> chooseSaveFile(String suggestedName);

        /** Which plan to open; empty when the student cancels. */
        Optional<Path> chooseOpenFile();
    }

    /**
     * A question on the page before something that cannot be undone: a yes, a no (the safe
     * answer), and sometimes a second yes that does more ({@code other}).
     */
    public record Question(String text, String yes, String no, Runnable ifYes, Optional<Answer> other) {
        public Question(String text, String yes, String no, Runnable ifYes) {
            this(text, yes, no, ifYes, Optional.empty());
        }
    }

    /** An answer to a question, and what it does. */
    public record Answer(String label, Runnable then) {
    }

    private final Profile profile;
    private final PlanSession session;
    private final ObjectProperty<MyPlan> plan;
    private final PlanKeeping keeping;
    private final Optional<FileDialogs> files;
    private final Optional<TakeHome> takeHome;
    private final Runnable showOnTrack;
    private final Background background;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final StringBinding keepingState;

    /**
     * @param session     the window's plan for this profile, and where it is kept
     * @param files       the window's file dialogs; empty at a kiosk
     * @param takeHome    the handout (PDF, print, a code for a phone), where the app has one
     * @param showOnTrack opens "Am I on track?"
     * @param background  where plan files are read and written, away from the JavaFX thread
     */
    public MyPlanModel(Profile profile, PlanSession session, Optional<FileDialogs> files, Optional<TakeHome> takeHome,
                       Runnable showOnTrack, Background background) {
        this.profile = Objects.requireNonNull(profile);
        this.session = Objects.requireNonNull(session);
        this.plan = session.planProperty();
        this.keeping = session.keeping();
        this.files = Objects.requireNonNull(files);
        this.takeHome = Objects.requireNonNull(takeHome);
        this.showOnTrack = Objects.requireNonNull(showOnTrack);
        this.background = Objects.requireNonNull(background);
        keepingState = Bindings.createStringBinding(() -> session.loadingProperty().get() ? "Reading your saved plan\u2026"
                        : session.savingProperty().get() ? "Saving your plan\u2026" : "",
                session.loadingProperty(), session.savingProperty());
    }

    public Profile profile() {
        return profile;
    }

    /** The verdicts a plan's qualifications give, for each route the profile has entry rules for. */
    public List<RouteVerdict> verdicts(MyPlan shown) {
        return EligibilityChecker.checkAll(profile, shown.qualifications()).stream()
                .filter(verdict -> !verdict.route().rules().isEmpty()).toList();
    }

    public ObjectProperty<MyPlan> planProperty() {
        return plan;
    }

    public MyPlan plan() {
        return plan.get();
    }

    /** What happened last (saved where, or why not); "" before anything has. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }

    /** A question waiting for the student's answer, or null. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** True while a file is read or written, or a handout made or printed, for this page. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * True while the saved plan is still being read: replacing or clearing a plan not yet read
     * could lose it, so those wait (the page's buttons are unavailable meanwhile).
     */
    public ReadOnlyBooleanProperty readingProperty() {
        return session.loadingProperty();
    }

    private boolean stillReading() {
        if (session.loadingProperty().get()) {
            say("Your saved plan is still being read: try again in a moment.", false);
            return true;
        }
        return false;
    }

    /** Something to tell the student once that is not a problem (their record made from older plans); "" for nothing. */
    public ReadOnlyStringProperty newsProperty() {
        return session.newsProperty();
    }

    public void dismissNews() {
        session.dismissNews();
    }

    /** What the page is busy with ("Making your PDF…"); "" when it is not. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** "Reading your saved plan…" or "Saving your plan…" while that happens; "" otherwise. */
    public StringBinding keepingStateProperty() {
        return keepingState;
    }

    /** What the page shows while the handout's slow work runs. */
    private final TakeHome.Progress progress = new TakeHome.Progress() {
        @Override
        public void working(String what) {
            MyPlanModel.this.working(what);
        }

        @Override
        public void done(String said, boolean problem) {
            MyPlanModel.this.done();
            if (!said.isEmpty()) {
                say(said, problem);
            }
        }
    };

    private void working(String what) {
        busyText.set(what);
        busy.set(true);
    }

    private void done() {
        busy.set(false);
        busyText.set("");
    }

    // ----- what the page offers

    public boolean atKiosk() {
        return keeping.place() == PlanKeeping.Place.KIOSK_VISIT;
    }

    /** Save plan as… and Open plan…: where there are file dialogs (never at a kiosk). */
    public boolean offersFiles() {
        return files.isPresent() && !atKiosk();
    }

    /** Save as PDF…: on a computer, when the app has the handout. */
    public boolean offersPdf() {
        return takeHome.isPresent() && !atKiosk();
    }

    /** Print…: where the app has the handout (at a kiosk only with a printer). */
    public boolean offersPrint() {
        return takeHome.isPresent() && (!atKiosk() || takeHome.get().canPrint());
    }

    /** Whether there is a printer to print on (Print… is shown but unavailable without one). */
    public boolean canPrint() {
        return takeHome.map(TakeHome::canPrint).orElse(false);
    }

    /** Take this with you (a code for a phone): at a kiosk, when the app has the handout. */
    public boolean offersCode() {
        return takeHome.isPresent() && atKiosk();
    }

    /** Where the plan is kept, in plain words for the student. */
    public String keepingText() {
        return switch (keeping.place()) {
            case THIS_USER -> "Your plan is saved on this computer as you go, for you alone (in "
                    + keeping.fileFor(profile.id()).map(Path::toString).orElse("your settings folder")
                    + keeping.recordFile().map(file -> ", and your record (your qualifications, skills and the things "
                    + "you've done), the same for every job, in "
                    + file.getFileName()).orElse("") + "). It is there the next time you open Career Routes.";
            case SHARED_COMPUTER -> keeping.why().map(why -> why + ". Your plan")
                    .orElse("This is a shared computer, so nothing of your plan is saved on it: it")
                    + " goes when Career Routes is closed. To keep it, use Save plan as\u2026 (to a USB stick or your "
                    + "school drive) and Open plan\u2026 next time" + (offersPdf() ? ", or Print\u2026 or Save as PDF\u2026" : "")
                    + ".";
            case KIOSK_VISIT -> "Your plan goes when your visit ends: nothing is kept on this screen."
                    + (offersCode() ? " Use Take this with you to keep it on your phone." : "");
        };
    }

    // ----- changes to the plan

    public void choosePathway(Optional<String> pathwayId) {
        plan.set(plan.get().withPathway(pathwayId));
    }

    public void mark(String step, Optional<StepMark> mark) {
        plan.set(plan.get().withMark(step, mark));
    }

    /** The note on a step; its box holds at most {@link MyPlan#MAX_STEP_NOTE} characters, as the plan does. */
    public void noteStep(String step, String text) {
        plan.set(plan.get().withStepNote(step, MyPlan.cut(text == null ? "" : text, MyPlan.MAX_STEP_NOTE)));
    }

    /** The note on the plan; its box holds at most {@link MyPlan#MAX_NOTE} characters, as the plan does. */
    public void note(String text) {
        plan.set(plan.get().withNote(MyPlan.cut(text == null ? "" : text, MyPlan.MAX_NOTE)));
    }

    public void showOnTrack() {
        showOnTrack.run();
    }

    // ----- keeping and taking away

    public void saveAs() {
        if (!offersFiles()) {
            return;
        }
        Optional<Path> chosen = files.get().chooseSaveFile(profile.id() + "-my-plan" + PlanStore.EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get());
        MyPlan saved = plan.get();
        working("Saving your plan to " + file.getFileName() + "\u2026");
        background.submit(() -> {
            PlanFiles.save(saved, file);
            return file;
        }, done -> {
            done();
            say("Your plan was saved to " + file + ". Open it with Open plan\u2026 on any computer with Career Routes.", false);
        }, failed -> {
            done();
            say("Your plan could not be saved: " + FileProblem.describe(file, whyNotWritten(failed))
                    + ". Try another place, such as a USB stick.", true);
        });
    }

    /** "plan" becomes "plan.careerplan", as the file dialog's filter suggests. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(PlanStore.EXTENSION) ? chosen
                : chosen.resolveSibling(name + PlanStore.EXTENSION);
    }

    public void open() {
        if (!offersFiles()) {
            return;
        }
        Optional<Path> chosen = files.get().chooseOpenFile();
        chosen.ifPresent(this::open);
    }

    /** Opens a plan file (read in the background); when the plan on screen has anything in it, asks first. */
    public void open(Path file) {
        if (stillReading()) {
            return;
        }
        working("Opening " + file.getFileName() + "\u2026");
        background.submit(() -> PlanFiles.open(file, profile.id(), profile.title()), opened -> {
            done();
            opened(file, opened);
        }, failed -> {
            done();
            say("That plan could not be opened: " + FileProblem.describe(file, String.valueOf(failed.getMessage()))
                    + ". The plan on screen is as it was.", true);
        });
    }

    private void opened(Path file, PlanFiles.Opened opened) {
        if (opened instanceof PlanFiles.Refused refused) {
            String why = refused.message().endsWith(".") ? refused.message() : refused.message() + ".";
            say("That plan could not be opened: " + why + " The plan on screen is as it was.", true);
            return;
        }
        PlanFiles.Read read = (PlanFiles.Read) opened;
        MyPlan current = plan.get();
        MyPlan after = read.over(current);
        String more = read.shortened().isEmpty() ? "" : " It holds more than a plan now keeps, so not all of it is shown: "
                + String.join("; ", read.shortened()) + ". The file itself is unchanged.";
        String what = read.job().isPresent() ? "your plan" : "your record (" + PlanWording.recordWords(after.student()) + ")";
        Runnable replace = () -> {
            session.replace(after);
            say("Opened " + what + " from " + file + "." + (read.job().isEmpty() ? " Your plan for " + profile.title()
                    + " is as it was." : "") + more, !more.isEmpty());
        };
        List<String> replaced = PlanWording.replaced(current, after, profile.title());
        if (replaced.isEmpty()) {
            replace.run();
        } else {
            question.set(new Question("Open the plan in " + file.getFileName() + "? It replaces " + Words.joinWith("and", replaced)
                    + " on screen.", "Replace my plan", "Keep the plan on screen", replace));
        }
    }

    /**
     * Asks before clearing: this job's plan only (the student's record stays, for every job), or
     * everything about the student (every job's plan and the record); or neither.
     */
    public void askToClear() {
        if (stillReading()) {
            return;
        }
        boolean kept = keeping.place() == PlanKeeping.Place.THIS_USER;
        String mine = PlanWording.recordWords(plan.get().student());
        question.set(new Question("Clear your plan for " + profile.title() + "? Your pathway, marks and notes for it "
                + "will be removed" + (kept ? ", from the screen and from this computer" : "") + ". " + Words.capitalise(mine)
                + " are yours, for every job, and stay. To remove them too, with your plans for every job, choose Clear "
                + "everything. This cannot be undone.",
                "Clear this job\u2019s plan", "Keep my plan", () -> {
                    session.clear();
                    say("Your plan for " + profile.title() + " has been cleared; " + mine + " are kept.", false);
                }, Optional.of(new Answer("Clear everything", () -> {
                    session.clearEverything();
                    say("Everything has been cleared" + (kept ? " from the screen and from this computer" : "")
                            + ": your plans for every job, and " + mine + ".", false);
                }))));
    }

    /** Answers the question with its other yes ("Clear everything"), where it has one. */
    public void answerOther() {
        Question asked = question.get();
        question.set(null);
        if (asked != null) {
            asked.other().ifPresent(answer -> answer.then().run());
        }
    }

    public void answer(boolean yes) {
        Question asked = question.get();
        question.set(null);
        if (yes && asked != null) {
            asked.ifYes().run();
        }
    }

    public void savePdf() {
        if (offersPdf() && !busy.get()) {
            takeHome.get().savePdf(plan.get(), progress);
        }
    }

    public void print() {
        if (offersPrint() && !busy.get()) {
            takeHome.get().print(plan.get(), progress);
        }
    }

    public void showCode() {
        if (offersCode()) {
            takeHome.get().showCode(plan.get());
        }
    }

    private void say(String text, boolean problem) {
        statusIsProblem.set(problem);
        status.set(text);
    }

    private static String whyNotWritten(Exception e) {
        return e instanceof IOException io ? FileProblem.whyNotWritten(io) : String.valueOf(e.getMessage());
    }
}
