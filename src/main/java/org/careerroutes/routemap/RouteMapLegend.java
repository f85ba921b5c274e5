package org.careerroutes.routemap;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.NodeKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains every kind of step and every line style, using the same shapes as the map: the
 * meaning is carried by icons, words, dashes, numbers and line weight, never by colour alone.
 */
final class RouteMapLegend {

    private RouteMapLegend() {
    }

    static Node create(RouteMapViewModel model) {
        return create(model, false);
    }

    /** @param always shown whole whatever the fold (for a saved picture) */
    static Node create(RouteMapViewModel model, boolean always) {
        FlowPane legend = new FlowPane();
        legend.setId("map-legend");
        legend.getStyleClass().add(MapStyles.MAP_LEGEND);
        Label heading = new Label("Key:");
        heading.getStyleClass().add(MapStyles.LEGEND_HEADING);
        legend.getChildren().add(heading);
        Set<NodeKind> kinds = new LinkedHashSet<>();
        model.map().nodes().forEach(n -> kinds.add(n.kind()));
        for (NodeKind kind : kinds) {
            legend.getChildren().add(item(StepView.legendIcon(kind), kind.label(), "legend-kind-" + kind.key()));
        }
        legend.getChildren().addAll(
                item(lineSample(false, false), "Next step", "legend-usual"),
                item(lineSample(true, false), "Helps, but not required (dashed)", "legend-optional"),
                item(lineSample(false, true), "On the chosen route (thick)", "legend-on-path"),
                item(numberSample(), "Step number on the chosen pathway", "legend-number"),
                item(fadedSample(), "Faded: not on the chosen route", "legend-dimmed"));
        // The marks of a student's qualifications, shown while there are marks on the map.
        List<Node> marks = List.of(
                item(markSample("\u2713", "met"), "You have this", "legend-mark-met"),
                item(markSample("\u25d1", "predicted"), "Predicted grades meet it", "legend-mark-predicted"),
                item(markSample("?", "considered"), "May be considered", "legend-mark-considered"),
                item(markSample("\u2717", "not-yet"), "Not yet", "legend-mark-not-yet"),
                item(markSample("\u00bd", "some"), "Meets some routes, not others", "legend-mark-some"),
                item(markSample("+", "helps"), "Would help, not required", "legend-mark-helps"),
                item(markSample("\u2192", "other-route"), "Another route fits", "legend-mark-other-route"),
                item(markSample("\u25cb", "later"), "Later step, not yet started", "legend-mark-later"));
        // The student's own marks from their plan, shown while the plan marks a step.
        List<Node> planMarks = model.plan().marks().stream()
                .map(m -> item(planSample(m), "My plan: " + m.word(), "legend-plan-" + m.key())).toList();
        Runnable showPlanMarks = () -> {
            boolean shown = model.plan().anyMarked();
            planMarks.forEach(mark -> {
                mark.setVisible(shown);
                mark.setManaged(shown);
            });
        };
        Runnable showMarks = () -> {
            boolean shown = !model.marksProperty().get().isEmpty();
            marks.forEach(mark -> {
                mark.setVisible(shown);
                mark.setManaged(shown);
            });
        };
        legend.getChildren().addAll(marks);
        legend.getChildren().addAll(planMarks);
        model.marksProperty().addListener((obs, old, now) -> showMarks.run());
        model.plan().changes().addListener((obs, old, now) -> showPlanMarks.run());
        showMarks.run();
        showPlanMarks.run();
        // Folds away (the toolbar's Key button) so the map has the room.
        if (!always) {
            legend.visibleProperty().bind(model.keyShownProperty());
            legend.managedProperty().bind(model.keyShownProperty());
        }
        return legend;
    }

    private static Node item(Node sample, String text, String id) {
        Label label = new Label(text);
        HBox item = new HBox(sample, label);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().add(MapStyles.LEGEND_ITEM);
        item.setId(id);
        return item;
    }

    private static Node lineSample(boolean optional, boolean onPath) {
        Line line = new Line(0, 0, 30, 0);
        Group group = new Group(line);
        group.getStyleClass().add(MapStyles.MAP_EDGE);
        line.getStyleClass().add(MapStyles.EDGE_LINE);
        if (optional) {
            group.getStyleClass().add(MapStyles.OPTIONAL);
        }
        if (onPath) {
            group.pseudoClassStateChanged(MapStyles.ON_PATH, true);
        }
        return new StackPane(group);
    }

    private static Node markSample(String symbol, String style) {
        Label mark = new Label(symbol);
        mark.getStyleClass().add(Styles.MARK);
        Styles.markState(mark, style);
        return mark;
    }

    private static Node planSample(StepPlan.Mark mark) {
        Label sample = new Label(mark.symbol());
        sample.getStyleClass().add(MapStyles.PLAN_MARK);
        sample.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(mark.key()), true);
        return sample;
    }

    private static Node numberSample() {
        Label number = new Label("2");
        number.getStyleClass().add(MapStyles.STEP_NUMBER);
        return number;
    }

    private static Node fadedSample() {
        Rectangle box = new Rectangle(26, 16);
        box.getStyleClass().add(MapStyles.LEGEND_FADED_BOX);
        return box;
    }
}
