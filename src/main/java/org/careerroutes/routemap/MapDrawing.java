package org.careerroutes.routemap;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a route map: measures each step as it will be styled, lays the map out, and places
 * stage bands, edges and steps on one pane. No pixel positions come from the content file.
 */
final class MapDrawing {

    static final double HEADER_HEIGHT = 46;

    /** An edge as drawn: its line and its arrowhead. */
    record EdgeView(MapEdge edge, Group group) {
    }

    final Pane pane = new Pane();
    final Map<String, StepView> steps = new LinkedHashMap<>();
    final Map<MapEdge, EdgeView> edges = new LinkedHashMap<>();
    final MapLayout layout;

    MapDrawing(RouteMap map, List<String> stylesheets, String rootStyle) {
        pane.getStyleClass().add("map-layer");
        pane.setId("map-layer");
        for (MapNode node : map.nodes()) {
            steps.put(node.id(), new StepView(node));
        }
        layout = LayeredLayout.layout(input(map, stylesheets, rootStyle), LayoutOptions.defaults());

        for (StageBand band : layout.stages()) {
            pane.getChildren().add(stageBand(map, band));
        }
        for (int i = 0; i < map.edges().size(); i++) {
            MapEdge edge = map.edges().get(i);
            EdgeView view = new EdgeView(edge, edgeLine(edge, layout.edges().get(i)));
            edges.put(edge, view);
            pane.getChildren().add(view.group());
        }
        for (StepView step : steps.values()) {
            Box box = layout.nodes().get(step.node().id());
            step.resizeRelocate(box.x(), box.y() + HEADER_HEIGHT, box.width(), box.height());
            step.setManaged(false);
            pane.getChildren().add(step);
        }
        double width = layout.width();
        double height = layout.height() + HEADER_HEIGHT;
        pane.setPrefSize(width, height);
        pane.setMinSize(width, height);
        pane.setMaxSize(width, height);
    }

    /** Sizes each step as the stylesheets will draw it, in a scene of its own. */
    private LayoutInput input(RouteMap map, List<String> stylesheets, String rootStyle) {
        Group measuring = new Group(steps.values().toArray(StepView[]::new));
        Scene scene = new Scene(measuring);
        scene.getStylesheets().setAll(stylesheets);
        measuring.setStyle(rootStyle);
        measuring.applyCss();
        List<LayoutNode> nodes = map.nodes().stream().map(node -> {
            StepView view = steps.get(node.id());
            double height = Math.ceil(view.prefHeight(StepView.WIDTH));
            return new LayoutNode(node.id(), node.stage(), StepView.WIDTH, height);
        }).toList();
        measuring.getChildren().clear();
        List<LayoutEdge> edgeList = map.edges().stream().map(e -> new LayoutEdge(e.from(), e.to())).toList();
        return new LayoutInput(map.stages().stream().map(s -> s.id()).toList(), nodes, edgeList);
    }

    private Region stageBand(RouteMap map, StageBand band) {
        Label title = new Label(map.stage(band.id()).map(s -> s.title()).orElse(band.id()));
        title.getStyleClass().add("stage-title");
        title.setWrapText(true);
        title.setMaxWidth(band.width());
        Pane box = new Pane(title);
        box.getStyleClass().add("stage-band");
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
        line.getStyleClass().add("edge-line");
        Point end = points.get(points.size() - 1);
        double y = end.y() + HEADER_HEIGHT;
        Polygon arrow = new Polygon(end.x(), y, end.x() - 9, y - 5, end.x() - 9, y + 5);
        arrow.getStyleClass().add("edge-arrow");
        Group group = new Group(line, arrow);
        group.getStyleClass().add("map-edge");
        if (edge.optional()) {
            group.getStyleClass().add("optional");
        }
        group.setId("edge-" + edge.from() + "-" + edge.to());
        return group;
    }
}
