package org.careerroutes.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;
import org.careerroutes.routemap.StepPlan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The student's plan as the route map sees it: the plan's marks (☑ Done, ☆ Considering,
 * ⊘ Not for me) and notes on steps and the pathway made theirs, read from and written to the
 * window's plan. It lives here, where the window wires its features together, so that the route
 * map knows nothing of the plan's record, nor of the qualifications it also keeps (as
 * {@link VerdictMarks} turns verdicts into the marks the map shows).
 */
final class PlanOnTheMap implements StepPlan {

    private static final List<Mark> MARKS = Arrays.stream(StepMark.values()).map(PlanOnTheMap::onTheMap).toList();

    private final ObjectProperty<MyPlan> plan;
    private final ObservableValue<Optional<String>> myPathway;

    PlanOnTheMap(ObjectProperty<MyPlan> plan, ObservableValue<Optional<String>> myPathway) {
        this.plan = Objects.requireNonNull(plan);
        this.myPathway = Objects.requireNonNull(myPathway);
    }

    private static Mark onTheMap(StepMark mark) {
        return new Mark(mark.key(), mark.symbol(), mark.word());
    }

    private static StepMark inThePlan(Mark mark) {
        return StepMark.ofKey(mark.key()).orElseThrow(() -> new IllegalArgumentException("not a plan's mark: " + mark));
    }

    @Override
    public List<Mark> marks() {
        return MARKS;
    }

    @Override
    public Optional<Mark> markOn(String step) {
        return plan.get().mark(step).map(PlanOnTheMap::onTheMap);
    }

    @Override
    public void setMark(String step, Optional<Mark> mark) {
        plan.set(plan.get().withMark(step, mark.map(PlanOnTheMap::inThePlan)));
    }

    @Override
    public Optional<String> noteOn(String step) {
        return plan.get().stepNote(step);
    }

    @Override
    public int noteLimit() {
        return MyPlan.MAX_STEP_NOTE;
    }

    @Override
    public void setNote(String step, String text) {
        plan.set(plan.get().withStepNote(step, text));
    }

    @Override
    public ObservableValue<Optional<String>> myPathway() {
        return myPathway;
    }

    @Override
    public void makeMyPathway(String pathwayId) {
        plan.set(plan.get().withPathway(Optional.of(pathwayId)));
    }

    @Override
    public boolean anyMarked() {
        return !plan.get().marks().isEmpty();
    }

    @Override
    public ObservableValue<?> changes() {
        return plan;
    }
}
