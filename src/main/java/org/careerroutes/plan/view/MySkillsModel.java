package org.careerroutes.plan.view;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import org.careerroutes.model.Words;
import org.careerroutes.plan.JobSkills;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.SkillReflection;
import org.careerroutes.plan.StudentRecord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * "My skills" on the Skills and subjects tab (and its summary on My plan): the job's related
 * skills, how the student says they are doing with each ("How am I doing with this?") and when
 * they showed it. A skill is the student's, not the job's: a rating is kept in their record
 * under the skill's name, and shows on every job that lists the same skill. At a kiosk the
 * ratings last for the visit, and "when I showed it" is not offered: a visitor takes the ratings
 * away in the code, and a sentence typed on a stand's screen would go nowhere. The tab binds to it.
 */
public final class MySkillsModel {

    private final List<String> listed;
    private final List<String> subjects;
    private final Consumer<UnaryOperator<StudentRecord>> change;
    private final boolean atKiosk;
    private final ReadOnlyObjectWrapper<JobSkills> skills = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private StudentRecord record;
    /** Held here, and given to the window's record weakly: a page dropped for another profile is not kept alive by it. */
    private final ChangeListener<StudentRecord> follow = (obs, old, now) -> show(now);

    /**
     * @param listed   the job's related skills, as its profile lists them
     * @param subjects the school subjects the profile says help
     * @param record   the student's record, the same for every job
     * @param change   changes the record (it is kept as the plan is)
     * @param atKiosk  true at a careers-fair kiosk: ratings only, for the visit
     */
    public MySkillsModel(List<String> listed, List<String> subjects, ObservableValue<StudentRecord> record,
                         Consumer<UnaryOperator<StudentRecord>> change, boolean atKiosk) {
        this.listed = List.copyOf(listed);
        this.subjects = List.copyOf(subjects);
        this.change = Objects.requireNonNull(change);
        this.atKiosk = atKiosk;
        record.addListener(new WeakChangeListener<>(follow));
        show(record.getValue());
    }

    private void show(StudentRecord now) {
        record = now == null ? StudentRecord.EMPTY : now;
        skills.set(JobSkills.of(listed, record));
    }

    /** The job's skills with what the student says about each, as the record now is. */
    public ReadOnlyObjectProperty<JobSkills> skillsProperty() {
        return skills.getReadOnlyProperty();
    }

    public JobSkills skills() {
        return skills.get();
    }

    /** Whether "When I showed it" is offered: not at a kiosk. */
    public boolean offersShownWhen() {
        return !atKiosk;
    }

    /** "So far: 3 of 8 confident, 2 getting there." */
    public String summary() {
        JobSkills now = skills.get();
        if (now.skills().isEmpty()) {
            return "";
        }
        return "So far: " + now.summary() + ".";
    }

    /** The pointer to the subjects that help: "School subjects that help: Maths and Physics"; "" when the profile names none. */
    public String subjectsPointer() {
        return subjects.isEmpty() ? "" : "School subjects that help: " + Words.joinWith("and", subjects);
    }

    /** Why the last change could not be made (the record is full); "" when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Sets, or with an empty rating clears, how the student is doing with a skill. */
    public void rate(String skill, Optional<SkillRating> rating) {
        say(skill, current(skill).withRating(rating));
    }

    /** What the student writes under "When I showed it": one line, at most {@value StudentRecord#MAX_SHOWN_WHEN} characters. */
    public void showedIt(String skill, String text) {
        String line = MyPlan.cut(StudentRecord.asLine(text == null ? "" : text), StudentRecord.MAX_SHOWN_WHEN);
        say(skill, current(skill).withShownWhen(line));
    }

    private SkillReflection current(String skill) {
        return record.skill(skill).orElse(SkillReflection.NONE);
    }

    private void say(String skill, SkillReflection reflection) {
        if (reflection.equals(current(skill))) {
            return;
        }
        if (record.skill(skill).isEmpty() && !reflection.isEmpty() && record.skills().size() >= StudentRecord.MAX_SKILLS) {
            problem.set("Your record already holds what you said about " + StudentRecord.MAX_SKILLS + " skills, the most "
                    + "it can, so this one is not kept. Clear a rating on another job's skill to make room.");
            show(record);   // the page shows the record as it is
            return;
        }
        problem.set("");
        change.accept(mine -> mine.withSkill(skill, reflection));
    }
}
