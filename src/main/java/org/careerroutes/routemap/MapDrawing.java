package org.careerroutes.routemap;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import org.careerroutes.kit.Theme;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.RouteMap;
import org.careerroutes.routemap.layout.Box;
import org.careerroutes.routemap.layout.EdgeRoute;
import org.careerroutes.routemap.layout.LayeredLayout;
import org.careerroutes.routemap.layout.LayoutEdge;
import org.careerroutes.routemap.layout.LayoutInput;
import org.careerroutes.routemap.layout.LayoutNode;
import org.careerroutes.routemap.layout.LayoutOptions;
import org.careerroutes.routemap.layout.MapLayout;
import org.careerroutes.routemap.layout.Point;
import org.careerroutes.routemap.layout.StageBand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a route map: the steps go on the pane at once; the first time the pane is laid out
 * (when the scene has styled them, so they are measured as drawn) the map is laid out and the
 * stage bands and edges are added. No pixel positions come from the content file.
 */
final class MapDrawing {

    static final double HEADER_HEIGHT = 46;

    /** An edge as drawn: its line and its arrowhead. */
    record EdgeView(MapEdge edge, Group group) {
    }

    final Pane pane = new Pane() {
        @Override
        protected void layoutChildren() {
            ensureLaidOut();
        }
    };
    final Map<String, StepView> steps = new LinkedHashMap<>();
    final Map<MapEdge, EdgeView> edges = new LinkedHashMap<>();
    private final RouteMap map;
    private final List<Runnable> onLaidOut = new ArrayList<>();
    private final List<Node> behindSteps = new ArrayList<>();
    private MapLayout layout;
    private double laidOutAtFontSize;
    /** Which steps had a mark when the map was laid out: a mark makes a step taller. */
    private String laidOutWithMarks = "";

    MapDrawing(RouteMap map) {
        this.map = map;
        pane.getStyleClass().add(MapStyles.MAP_LAYER);
        pane.setId("map-layer");
        for (MapNode node : map.nodes()) {
            StepView step = new StepView(node);
            step.setManaged(false);
            steps.put(node.id(), step);
            pane.getChildren().add(step);
        }
    }

    /** The layout, once the map has been laid out. */
    Optional<MapLayout> layout() {
        return Optional.ofNullable(layout);
    }

    /** Runs {@code action} each time the map is laid out (and now, if it already is). */
    void onLaidOut(Runnable action) {
        onLaidOut.add(action);
        if (layout != null) {
            action.run();
        }
    }

    /**
     * Lays the map out if it has not been yet, or again if the text size has changed since; the
     * steps must have been styled by their scene.
     */
    void ensureLaidOut() {
        if (pane.getScene() == null) {
            return;
        }
        pane.applyCss();   // a no-op when the scene's CSS pass has run, as it has in a pulse
        double fontSize = steps.values().iterator().next().titleFontSize();
        String marked = markedSteps();
        if (layout != null && fontSize == laidOutAtFontSize && marked.equals(laidOutWithMarks)) {
            return;
        }
        laidOutAtFontSize = fontSize;
        laidOutWithMarks = marked;
        double width = Math.ceil(StepView.WIDTH * fontSize / Theme.BASE_FONT_PX);
        steps.values().forEach(step -> step.setWidthForLayout(width));
        pane.getChildren().removeAll(behindSteps);
        behindSteps.clear();
        edges.clear();
        layout = LayeredLayout.layout(input(width), LayoutOptions.defaults());

        List<Node> behind = new ArrayList<>();
        for (StageBand band : layout.stages()) {
            behind.add(stageBand(band));
        }
        for (int i = 0; i < map.edges().size(); i++) {
            MapEdge edge = map.edges().get(i);
            EdgeView view = new EdgeView(edge, edgeLine(edge, layout.edges().get(i)));
            edges.put(edge, view);
            behind.add(view.group());
        }
        pane.getChildren().addAll(0, behind);
        behindSteps.addAll(behind);
        behind.forEach(Node::applyCss);
        for (StepView step : steps.values()) {
            Box box = layout.nodes().get(step.node().id());
            step.resizeRelocate(box.x(), box.y() + HEADER_HEIGHT, box.width(), box.height());
        }
        double mapWidth = layout.width();
        double mapHeight = layout.height() + HEADER_HEIGHT;
        pane.setPrefSize(mapWidth, mapHeight);
        pane.setMinSize(mapWidth, mapHeight);
        pane.setMaxSize(mapWidth, mapHeight);
        List.copyOf(onLaidOut).forEach(Runnable::run);
    }

    private String markedSteps() {
        StringBuilder marked = new StringBuilder();
        steps.forEach((id, step) -> {
            if (!step.markShown().isEmpty() || !step.planMarkShown().isEmpty()) {
                marked.append(id).append(' ');
            }
        });
        return marked.toString();
    }

    private LayoutInput input(double stepWidth) {
        List<LayoutNode> nodes = map.nodes().stream().map(node -> {
            StepView view = steps.get(node.id());
            double height = Math.ceil(view.prefHeight(stepWidth));
            return new LayoutNode(node.id(), node.stage(), stepWidth, height);
        }).toList();
        List<LayoutEdge> edgeList = map.edges().stream().map(e -> new LayoutEdge(e.from(), e.to())).toList();
        return new LayoutInput(map.stages().stream().map(s -> s.id()).toList(), nodes, edgeList);
    }

    private Region stageBand(StageBand band) {        Label title = new Label(map.stage(band.id()).map(s -> s.title()).orElse(band.id()));
        title.getStyleClass().add(MapStyles.STAGE_TITLE);
        title.setWrapText(true);
        title.setMaxWidth(band.width());
        Pane box = new Pane(title);
        box.getStyleClass().add(MapStyles.STAGE_BAND);
        box.setId("stage-" + band.id());
        title.relocate(0, 10);
        box.resizeRelocate(band.x() - 12, 0, band.width() + 24, layout.height() + HEADER_HEIGHT);
        box.setManaged(false);
        title.setPrefWidth(band.width() + 24);
        return box;
    }

    private static Group edgeLine(MapEdge edge, EdgeRoute route) {
        List<Point> points = route.points();
        Path line = new Path();
        Point start = points.get(0);
        line.getElements().add(new MoveTo(start.x(), start.y() + HEADER_HEIGHT));
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double middle = (a.x() + b.x()) / 2;
            double tipShortening = i == points.size() - 1 ? 7 : 0;
            line.getElements().add(new CubicCurveTo(middle, a.y() + HEADER_HEIGHT, middle, b.y() + HEADER_HEIGHT,
                    b.x() - tipShortening, b.y() + HEADER_HEIGHT));
        }
        line.getStyleClass().add(MapStyles.EDGE_LINE);
        Point end = points.get(points.size() - 1);
        double y = end.y() + HEADER_HEIGHT;
        Polygon arrow = new Polygon(end.x(), y, end.x() - 9, y - 5, end.x() - 9, y + 5);
        arrow.getStyleClass().add(MapStyles.EDGE_ARROW);
        Group group = new Group(line, arrow);
        group.getStyleClass().add(MapStyles.MAP_EDGE);
        if (edge.optional()) {
            group.getStyleClass().add(MapStyles.OPTIONAL);
        }
        group.setId("edge-" + edge.from() + "-" + edge.to());
        return group;
    }
}
