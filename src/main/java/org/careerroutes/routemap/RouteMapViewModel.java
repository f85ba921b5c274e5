package org.careerroutes.routemap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the route map shows: the selected step, the chosen pathway, what is highlighted, whether
 * the detail panel or the list view is open. The view only binds to this; the rules live here.
 */
public final class RouteMapViewModel {

    /** What stands out on the map: the steps and edges of a pathway, or of every route through a step. */
    public record Highlight(Set<String> steps, Set<MapEdge> edges) {
        public static final Highlight NONE = new Highlight(Set.of(), Set.of());

        public boolean isEmpty() {
            return steps.isEmpty();
        }
    }

    private final RouteGraph graph;
    private final ObjectProperty<String> selectedStep = new SimpleObjectProperty<>();
    private final ObjectProperty<Pathway> pathway = new SimpleObjectProperty<>();
    private final BooleanProperty detailOpen = new SimpleBooleanProperty();
    private final BooleanProperty listView = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(Highlight.NONE);
    private final ObjectProperty<MapMarks> marks = new SimpleObjectProperty<>(MapMarks.NONE);
    /** Whether the key is unfolded; it starts folded so the map has the room. */
    private final BooleanProperty keyShown = new SimpleBooleanProperty();
    /** The student's plan, shared with the rest of the window: read for marks, written by the details panel. */
    private final StepPlan plan;

    /** A map on its own, without a plan. */
    public RouteMapViewModel(RouteMap map) {
        this(map, StepPlan.none());
    }

    /** @param plan the student's plan; the map shows its marks and changes it when the student marks a step */
    public RouteMapViewModel(RouteMap map, StepPlan plan) {
        this.graph = new RouteGraph(map);
        this.plan = java.util.Objects.requireNonNull(plan);
        selectedStep.addListener((obs, old, now) -> updateHighlight());
        pathway.addListener((obs, old, now) -> updateHighlight());
        marks.addListener((obs, old, now) -> updateHighlight());
    }

    /** What the map marks for a student (their qualifications against each pathway); never null. */
    public ObjectProperty<MapMarks> marksProperty() {
        return marks;
    }

    /** A step's mark as shown now: on the chosen pathway, or over the whole map. */
    public Optional<MapMark> markFor(String step) {
        return marks.get().step(step, chosenPathway().map(Pathway::id));
    }

    /** The student's plan as the map shows it: their marks and notes on steps, and their pathway. */
    public StepPlan plan() {
        return plan;
    }

    public BooleanProperty keyShownProperty() {
        return keyShown;
    }

    /** The pathway the student has made theirs, if any. */
    public ObservableValue<Optional<String>> myPathwayProperty() {
        return plan.myPathway();
    }

    /** The student's own mark on a step (Done, Considering, Not for me), if any. */
    public Optional<StepPlan.Mark> planMark(String step) {
        return plan.markOn(step);
    }

    /** Marks a step in the plan; choosing the mark it already has clears it. */
    public void togglePlanMark(String step, StepPlan.Mark mark) {
        boolean same = plan.markOn(step).filter(mark::equals).isPresent();
        plan.setMark(step, same ? Optional.empty() : Optional.of(mark));
    }

    /** Keeps the student's note on a step (a blank note removes it). */
    public void setStepNote(String step, String text) {
        if (!plan.noteOn(step).orElse("").equals(text == null || text.isBlank() ? "" : text)) {
            plan.setNote(step, text);
        }
    }

    /** Makes the chosen pathway the student's own. */
    public void makeChosenMyPathway() {
        chosenPathway().ifPresent(p -> plan.makeMyPathway(p.id()));
    }

    public RouteMap map() {
        return graph.map();
    }

    public ObjectProperty<String> selectedStepProperty() {
        return selectedStep;
    }

    public ObjectProperty<Pathway> pathwayProperty() {
        return pathway;
    }

    public BooleanProperty detailOpenProperty() {
        return detailOpen;
    }

    public BooleanProperty listViewProperty() {
        return listView;
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public Optional<MapNode> selectedNode() {
        return Optional.ofNullable(selectedStep.get()).flatMap(graph.map()::node);
    }

    public Optional<Pathway> chosenPathway() {
        return Optional.ofNullable(pathway.get());
    }

    /** Selects a step; every route through it stands out unless a pathway is chosen. */
    public void select(String step) {
        selectedStep.set(step);
    }

    /** Selects a step and opens its details. */
    public void open(String step) {
        select(step);
        detailOpen.set(true);
    }

    public void closeDetail() {
        detailOpen.set(false);
    }

    /** Chooses a pathway by id, or none with {@code null}. */
    public void choosePathway(String id) {
        pathway.set(id == null ? null : graph.map().pathway(id).orElseThrow());
    }

    /** Back to the map as it first opens: nothing selected, no pathway, no panel. */
    public void reset() {
        detailOpen.set(false);
        selectedStep.set(null);
        pathway.set(null);
        listView.set(false);
    }

    /** The step's number on the chosen pathway (1-based), if it is one of its steps. */
    public OptionalInt stepNumber(String step) {
        if (pathway.get() == null) {
            return OptionalInt.empty();
        }
        int index = pathway.get().steps().indexOf(step);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    public String accessibleText(MapNode node) {
        StringBuilder text = new StringBuilder(StepDescriptions.accessibleText(graph.map(), node, chosenPathway()));
        markFor(node.id()).ifPresent(mark -> text.append(". ").append(mark.label()).append(": ").append(mark.detail()));
        planMark(node.id()).ifPresent(mark -> text.append(". My plan: ").append(mark.word()));
        plan.noteOn(node.id()).ifPresent(note -> text.append(". My note: ").append(note));
        return text.toString();
    }

    private void updateHighlight() {
        Pathway chosen = pathway.get();
        if (chosen != null) {
            highlight.set(new Highlight(Set.copyOf(chosen.steps()), graph.edgesOf(chosen.steps())));
        } else if (selectedStep.get() != null) {
            String step = selectedStep.get();
            highlight.set(new Highlight(graph.stepsOnRoutesThrough(step), graph.edgesOnRoutesThrough(step)));
        } else if (!marks.get().openPathways().isEmpty()) {
            // With nothing chosen, the routes open to the student stand out.
            Set<String> steps = new java.util.HashSet<>();
            Set<MapEdge> edges = new java.util.HashSet<>();
            graph.map().pathways().stream().filter(p -> marks.get().openPathways().contains(p.id())).forEach(p -> {
                steps.addAll(p.steps());
                edges.addAll(graph.edgesOf(p.steps()));
            });
            highlight.set(new Highlight(Set.copyOf(steps), Set.copyOf(edges)));
        } else {
            highlight.set(Highlight.NONE);
        }
    }

    /** The pathways that pass through a step, for its detail panel. */
    public List<Pathway> pathwaysThrough(String step) {
        return graph.map().pathways().stream().filter(p -> p.steps().contains(step)).toList();
    }
}
