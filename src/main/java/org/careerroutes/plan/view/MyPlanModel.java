package org.careerroutes.plan.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFile;
import org.careerroutes.plan.PlanFiles;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.StepMark;
import org.careerroutes.plan.TakeHome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * What the My plan tab offers and decides: the changes a student makes to their plan, which ways
 * of keeping or taking it away this machine allows, and what to say after each (saved where,
 * why a file could not be opened, a question before the plan is replaced or cleared). The tab
 * binds to it and decides nothing.
 */
public final class MyPlanModel {

    /** Asks the student for a file: the window's file dialogs. Not there at a kiosk. */
    public interface FileDialogs {
        /** Where to save a plan; empty when the student cancels. */
        Optional<Path> chooseSaveFile(String suggestedName);

        /** Which plan to open; empty when the student cancels. */
        Optional<Path> chooseOpenFile();
    }

    /** A question on the page before something that cannot be undone. */
    public record Question(String text, String yes, String no, Runnable ifYes) {
    }

    private final Profile profile;
    private final ObjectProperty<MyPlan> plan;
    private final PlanKeeping keeping;
    private final Runnable clearEverywhere;
    private final Optional<FileDialogs> files;
    private final Optional<TakeHome> takeHome;
    private final Runnable showOnTrack;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();

    /**
     * @param plan            the window's plan for this profile
     * @param keeping         where plans are kept on this machine
     * @param clearEverywhere clears the plan on screen and where it is kept
     * @param files           the window's file dialogs; empty at a kiosk
     * @param takeHome        the handout (PDF, print, a code for a phone), where the app has one
     * @param showOnTrack     opens "Am I on track?"
     */
    public MyPlanModel(Profile profile, ObjectProperty<MyPlan> plan, PlanKeeping keeping, Runnable clearEverywhere,
                       Optional<FileDialogs> files, Optional<TakeHome> takeHome, Runnable showOnTrack) {
        this.profile = Objects.requireNonNull(profile);
        this.plan = Objects.requireNonNull(plan);
        this.keeping = Objects.requireNonNull(keeping);
        this.clearEverywhere = Objects.requireNonNull(clearEverywhere);
        this.files = Objects.requireNonNull(files);
        this.takeHome = Objects.requireNonNull(takeHome);
        this.showOnTrack = Objects.requireNonNull(showOnTrack);
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
                    + "). It is there the next time you open Career Routes.";
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

    public void noteStep(String step, String text) {
        plan.set(plan.get().withStepNote(step, limit(text, PlanFile.MAX_STEP_NOTE)));
    }

    public void note(String text) {
        plan.set(plan.get().withNote(limit(text, PlanFile.MAX_NOTE)));
    }

    private static String limit(String text, int most) {
        return text == null ? "" : text.length() > most ? text.substring(0, most) : text;
    }

    public void showOnTrack() {
        showOnTrack.run();
    }

    // ----- keeping and taking away

    public void saveAs() {
        if (!offersFiles()) {
            return;
        }
        Optional<Path> chosen = files.get().chooseSaveFile(profile.id() + "-my-plan" + org.careerroutes.plan.PlanStore.EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get());
        try {
            PlanFiles.save(plan.get(), file);
            say("Your plan was saved to " + file + ". Open it with Open plan\u2026 on any computer with Career Routes.", false);
        } catch (IOException e) {
            say("Your plan could not be saved to " + file + " (" + why(e) + "). Try another place, such as a USB stick.", true);
        }
    }

    /** "plan" becomes "plan.careerplan", as the file dialog's filter suggests. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(org.careerroutes.plan.PlanStore.EXTENSION) ? chosen
                : chosen.resolveSibling(name + org.careerroutes.plan.PlanStore.EXTENSION);
    }

    public void open() {
        if (!offersFiles()) {
            return;
        }
        Optional<Path> chosen = files.get().chooseOpenFile();
        chosen.ifPresent(this::open);
    }

    /** Opens a plan file; when the plan on screen has anything in it, asks first. */
    public void open(Path file) {
        PlanFiles.Opened opened = PlanFiles.open(file, profile.id(), profile.title());
        if (opened instanceof PlanFiles.Refused refused) {
            String why = refused.message().endsWith(".") ? refused.message() : refused.message() + ".";
            say("That plan could not be opened: " + why + " The plan on screen is as it was.", true);
            return;
        }
        MyPlan read = ((PlanFiles.Read) opened).plan();
        Runnable replace = () -> {
            plan.set(read);
            say("Opened your plan from " + file + ".", false);
        };
        if (plan.get().isEmpty()) {
            replace.run();
        } else {
            question.set(new Question("Replace the plan on screen with the one in " + file.getFileName()
                    + "? Your marks, notes and qualifications here will be replaced.",
                    "Replace my plan", "Keep the plan on screen", replace));
        }
    }

    /** Asks before clearing the whole plan. */
    public void askToClear() {
        question.set(new Question("Clear your whole plan? Your pathway, marks, notes and the qualifications you "
                + "entered will be removed" + (keeping.place() == PlanKeeping.Place.THIS_USER ? ", from the screen and "
                + "from this computer" : "") + ". This cannot be undone.",
                "Clear my plan", "Keep my plan", () -> {
                    clearEverywhere.run();
                    say("Your plan has been cleared.", false);
                }));
    }

    public void answer(boolean yes) {
        Question asked = question.get();
        question.set(null);
        if (yes && asked != null) {
            asked.ifYes().run();
        }
    }

    public void savePdf() {
        if (offersPdf()) {
            takeHome.get().savePdf(plan.get());
        }
    }

    public void print() {
        if (offersPrint()) {
            takeHome.get().print(plan.get());
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

    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "this user may not write there";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
