package org.careerroutes.ui;

import javafx.scene.Node;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.pages.SectionPages;
import org.careerroutes.plan.TakeHome;
import org.careerroutes.plan.view.EncountersModel;
import org.careerroutes.plan.view.EncountersView;
import org.careerroutes.plan.view.MyPlanModel;
import org.careerroutes.plan.view.MyPlanView;
import org.careerroutes.plan.view.MySkillsModel;
import org.careerroutes.plan.view.MySkillsView;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the window's pages where the student writes about themselves: My plan (with their skills,
 * Things I've done and their shortlist), and Skills and subjects with their ratings. Each is given
 * its view model over the window's plan and record, and the file dialogs it may use: none in a
 * kiosk, which saves nothing.
 */
final class StudentPages {

    private static final String PLAN_FILES = "Career plans (*.careerplan)";

    private final WindowModel model;
    private final MainWindow.Actions actions;
    private final boolean kiosk;
    private final Optional<TakeHome> takeHome;
    private final Background background;
    /** Today's date: a careers encounter is added on this month. */
    private final Clock clock;
    /** My shortlist for My plan, from the window's jobs (made after the pages' slots, so asked for when a page is built). */
    private final Supplier<Optional<Node>> shortlist;

    StudentPages(WindowModel model, MainWindow.Actions actions, MainWindow.Mode mode, Optional<TakeHome> takeHome,
                 Background background, Clock clock, Supplier<Optional<Node>> shortlist) {
        this.model = model;
        this.actions = actions;
        this.kiosk = mode == MainWindow.Mode.KIOSK;
        this.takeHome = takeHome;
        this.background = background;
        this.clock = clock;
        this.shortlist = shortlist;
    }

    TextPage myPlan(Profile profile) {
        Optional<MyPlanModel.FileDialogs> files = kiosk ? Optional.empty()
                : Optional.of(new MyPlanModel.FileDialogs() {
                    @Override
                    public Optional<Path> chooseSaveFile(String suggestedName) {
                        return actions.chooseSaveFile("Save my plan", suggestedName, PLAN_FILES, "*.careerplan");
                    }

                    @Override
                    public Optional<Path> chooseOpenFile() {
                        return actions.chooseOpenFile("Open a plan", PLAN_FILES, "*.careerplan");
                    }
                });
        MyPlanModel plan = new MyPlanModel(profile, model.plans().session(), files, takeHome,
                () -> model.open(ProfileSection.ON_TRACK), background);
        return MyPlanView.create(plan, model.plans().noticeProperty(), model.plans()::dismissNotice,
                MySkillsView.summary(mySkills(profile), () -> model.open(ProfileSection.SKILLS)),
                EncountersView.create(encounters(profile)), shortlist.get());
    }

    /** Skills and subjects, where the student rates the job's skills (their record's, for every job). */
    TextPage skills(Profile profile) {
        return SectionPages.skillsAndSubjects(profile, showSubjects -> MySkillsView.create(mySkills(profile), showSubjects));
    }

    /** Things I've done: the student's careers encounters, saved as CSV where files may be saved. */
    private EncountersModel encounters(Profile profile) {
        Optional<EncountersModel.CsvTarget> csv = kiosk ? Optional.empty()
                : Optional.of(name -> actions.chooseSaveFile("Save my careers encounters", name,
                "CSV files, for a spreadsheet (*.csv)", "*.csv"));
        return new EncountersModel(profile.title(), model.plans().studentRecordProperty(),
                model.plans()::changeStudentRecord, kiosk, csv, background, clock);
    }

    private MySkillsModel mySkills(Profile profile) {
        return new MySkillsModel(profile.skills().items(), profile.subjects().items(),
                model.plans().studentRecordProperty(), model.plans()::changeStudentRecord, kiosk);
    }
}
