package org.careerroutes.plan.view;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.LineBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.plan.JobSkills;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.StudentRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "My skills": each of the job's related skills as a card with "How am I doing with this?"
 * (Confident, Getting there, Not yet: words, never colour alone; pressed again, a choice is
 * cleared) and, away from a kiosk, "When I showed it"; a summary line and a pointer to the
 * subjects that help. On My plan, {@link #summary} lists what the student said. Binds to a
 * {@link MySkillsModel}.
 */
public final class MySkillsView {

    private final MySkillsModel model;
    private final List<SkillCard> cards = new ArrayList<>();
    /** Set while the view shows the record, so that showing it is not taken for the student's change. */
    private boolean showing;

    private MySkillsView(MySkillsModel model) {
        this.model = model;
    }

    /**
     * The part of the Skills and subjects tab where the student rates the job's skills; it takes
     * the place of the plain list of skills (each card names its skill).
     *
     * @param showSubjects moves to the subjects that help, on the same page
     */
    public static Node create(MySkillsModel model, Runnable showSubjects) {
        return new MySkillsView(model).build(showSubjects);
    }

    private Node build(Runnable showSubjects) {
        JobSkills skills = model.skills();
        VBox box = new VBox();
        box.setId("my-skills");
        box.getStyleClass().addAll(Styles.BLOCKS, PlanStyles.MY_SKILLS);
        if (!skills.skills().isEmpty()) {
            box.getChildren().add(ProfileText.text("How am I doing with this? Choose for each skill"
                    + (model.offersShownWhen() ? ", and say when you showed it if you like" : "") + ". Your answers are "
                    + "yours, not this job's: they show on every job that lists the same skill"
                    + (model.offersShownWhen() ? "" : ", for the rest of your visit") + ".", Styles.BODY_TEXT));
            Label summary = ProfileText.text(model.summary(), Styles.BODY_TEXT, PlanStyles.SKILLS_SUMMARY);
            summary.setId("my-skills-summary");
            box.getChildren().add(summary);
            if (!model.subjectsPointer().isEmpty()) {
                Hyperlink subjects = new Hyperlink(model.subjectsPointer());
                subjects.setId("my-skills-subjects");
                subjects.setWrapText(true);
                subjects.setAccessibleText(model.subjectsPointer() + ": go to them on this page");
                subjects.setOnAction(e -> showSubjects.run());
                box.getChildren().add(subjects);
            }
            Label problem = ProfileText.text("", Styles.BODY_TEXT, PlanStyles.STATUS);
            problem.setId("my-skills-problem");
            problem.textProperty().bind(model.problemProperty());
            problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            box.getChildren().add(problem);
            for (int i = 0; i < skills.skills().size(); i++) {
                SkillCard card = new SkillCard(i, skills.skills().get(i));
                cards.add(card);
                box.getChildren().add(card.node);
            }
            ChangeListener<JobSkills> redraw = (obs, old, now) -> show(now, summary);
            model.skillsProperty().addListener(redraw);
        }
        if (!skills.unratable().isEmpty()) {
            box.getChildren().add(ProfileText.chips(skills.unratable()));
        }
        return box;
    }

    /** Shows the record as it now is (changed here, on another job, by Open plan… or Clear everything). */
    private void show(JobSkills now, Label summary) {
        summary.setText(model.summary());
        showing = true;
        try {
            for (int i = 0; i < cards.size() && i < now.skills().size(); i++) {
                cards.get(i).show(now.skills().get(i));
            }
        } finally {
            showing = false;
        }
    }

    /** One skill: its name, the three choices and "When I showed it". */
    private final class SkillCard {
        private final VBox node = new VBox();
        private final ToggleGroup choices = new ToggleGroup();
        private final Optional<LineBox> shownWhen;
        private final String name;

        SkillCard(int index, JobSkills.Skill skill) {
            this.name = skill.name();
            String id = "my-skill-" + index;
            Label title = ProfileText.heading(name, Styles.HEADING_3);
            FlowPane row = new FlowPane();
            row.getStyleClass().add(PlanStyles.MARKS);
            Label how = ProfileText.text("How am I doing with this?", Styles.BODY_TEXT);
            how.setMaxWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(how);
            for (SkillRating rating : SkillRating.values()) {
                ToggleButton choice = new ToggleButton(rating.word());
                choice.setId(id + "-" + rating.key());
                choice.setToggleGroup(choices);
                choice.setUserData(rating);
                choice.getStyleClass().add(PlanStyles.MARK_BUTTON);
                choice.setMinWidth(Region.USE_PREF_SIZE);
                choice.setAccessibleText(rating.word() + ", for " + name);
                row.getChildren().add(choice);
            }
            choices.selectedToggleProperty().addListener((obs, old, now) -> {
                if (!showing) {
                    model.rate(name, now == null ? Optional.empty() : Optional.of((SkillRating) now.getUserData()));
                    model.skills().skills().stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(this::show);
                }
            });
            node.getChildren().addAll(title, row);
            if (model.offersShownWhen()) {
                LineBox line = new LineBox(StudentRecord.MAX_SHOWN_WHEN, id + "-shown", StudentRecord::asLine);
                Label label = ProfileText.text("When I showed it", Styles.BODY_TEXT);
                label.setLabelFor(line.field());
                line.field().setAccessibleText("When I showed it, for " + name);
                line.field().setPromptText("For example: led my team in the Year 10 robotics project");
                line.textProperty().addListener((obs, old, text) -> {
                    if (!showing) {
                        model.showedIt(name, text);
                    }
                });
                node.getChildren().addAll(label, line);
                shownWhen = Optional.of(line);
            } else {
                shownWhen = Optional.empty();
            }
            node.setId(id);
            node.getStyleClass().addAll(Styles.CARD, PlanStyles.SKILL);
            show(skill);
        }

        void show(JobSkills.Skill skill) {
            boolean was = showing;
            showing = true;
            try {
                Optional<SkillRating> rating = skill.rating();
                choices.getToggles().forEach(t -> t.setSelected(rating.equals(Optional.of((SkillRating) t.getUserData()))));
                String text = skill.reflection().map(r -> r.shownWhen()).orElse("");
                shownWhen.ifPresent(line -> {
                    if (!Objects.equals(line.field().getText(), text)) {
                        line.field().setText(text);
                    }
                });
            } finally {
                showing = was;
            }
        }
    }

    /**
     * What the student said about the job's skills, for My plan: the summary, each skill rated or
     * written about with its rating and when they showed it, and a link to rate them.
     *
     * @param rateThem opens the Skills and subjects tab
     */
    public static Node summary(MySkillsModel model, Runnable rateThem) {
        VBox box = new VBox();
        box.setId("my-plan-skills");
        box.getStyleClass().add(Styles.BLOCKS);
        Hyperlink go = new Hyperlink();
        go.setId("my-plan-skills-link");
        go.setWrapText(true);
        go.setOnAction(e -> rateThem.run());
        Runnable show = () -> {
            JobSkills skills = model.skills();
            List<Node> shown = new ArrayList<>();
            if (skills.skills().isEmpty()) {
                shown.add(ProfileText.text("This profile lists no skills to rate.", Styles.BODY_TEXT));
                box.getChildren().setAll(shown);
                return;
            }
            if (skills.nothingSaid()) {
                shown.add(ProfileText.text("You have not rated the skills this job needs yet.", Styles.BODY_TEXT));
                go.setText("Rate them on Skills and subjects");
            } else {
                Label summary = ProfileText.text("My skills (the same for every job): " + skills.summary() + ".",
                        Styles.BODY_TEXT);
                summary.setId("my-plan-skills-summary");
                shown.add(summary);
                for (JobSkills.Skill skill : skills.said()) {
                    String rating = skill.rating().map(SkillRating::word).orElse("Not rated");
                    shown.add(ProfileText.text(skill.name() + ": " + rating + (skill.shownWhen().isEmpty() ? ""
                            : ". When I showed it: " + skill.shownWhen()), Styles.BODY_TEXT, PlanStyles.VERDICT));
                }
                go.setText("Change them on Skills and subjects");
            }
            shown.add(go);
            box.getChildren().setAll(shown);
        };
        ChangeListener<JobSkills> redraw = (obs, old, now) -> show.run();
        model.skillsProperty().addListener(redraw);
        show.run();
        return box;
    }
}
