package org.careerroutes.routemap;

import org.careerroutes.model.RouteMap;
import org.careerroutes.routemap.layout.LayeredLayout;
import org.careerroutes.routemap.layout.LayoutEdge;
import org.careerroutes.routemap.layout.LayoutInput;
import org.careerroutes.routemap.layout.LayoutNode;
import org.careerroutes.routemap.layout.LayoutOptions;

/**
 * Opening the Route map tab the first time costs mostly one-off work: loading classes and
 * compiling the layout code. After the window's first frame, this does that work on a
 * low-priority background thread, so the tab opens quickly when a student gets to it. It only
 * loads classes and runs the pure layout; nothing on screen is touched off the JavaFX thread.
 */
public final class RouteMapWarmUp {

    /** Classes the map's first opening needs, beyond those the rest of the window has loaded. */
    private static final String[] CLASSES = {
            "org.careerroutes.routemap.RouteMapView",
            "org.careerroutes.routemap.MapDrawing",
            "org.careerroutes.routemap.MapCanvas",
            "org.careerroutes.routemap.StepView",
            "org.careerroutes.routemap.StepDetailPanel",
            "org.careerroutes.routemap.RouteMapLegend",
            "org.careerroutes.routemap.MapNavigation",
            "javafx.scene.control.ComboBox",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.ToggleButton",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.Hyperlink",
            "javafx.scene.shape.Path",
            "javafx.scene.shape.CubicCurveTo",
            "javafx.scene.shape.SVGPath",
            "javafx.scene.shape.Polygon",
            "javafx.scene.layout.FlowPane",
            "javafx.scene.transform.Scale",
    };

    private RouteMapWarmUp() {
    }

    /** Starts the warm-up; returns at once. */
    public static void startInBackground(RouteMap map) {
        Thread thread = new Thread(() -> warmUp(map), "route-map-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void warmUp(RouteMap map) {
        ClassLoader loader = RouteMapWarmUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a missed speed-up: the tab loads whatever it needs when it opens.
            }
        }
        LayoutInput input = new LayoutInput(
                map.stages().stream().map(s -> s.id()).toList(),
                map.nodes().stream().map(n -> new LayoutNode(n.id(), n.stage(), StepView.WIDTH, 80)).toList(),
                map.edges().stream().map(e -> new LayoutEdge(e.from(), e.to())).toList());
        for (int i = 0; i < 20; i++) {
            LayeredLayout.layout(input, LayoutOptions.defaults());
        }
    }
}
