package org.careerroutes.routemap;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The Route map tab: a toolbar (pathway, zoom, list view, export), the steps of the chosen
 * pathway as a breadcrumb, the map itself or its list view, a detail panel and a legend.
 * The rules live in {@link RouteMapViewModel}; this class only draws and binds.
 */
public final class RouteMapView extends BorderPane {

    /** What the map asks of the window around it. */
    public interface Host {
        /** Shows a route or section of the profile, by route id or section key. */
        void openTopic(String key);

        /** Asks where to save the exported picture; empty if the user cancels. */
        Optional<Path> chooseExportFile(String suggestedName);

        /** False where no file may be written (a kiosk): the export button is then not shown. */
        default boolean canExport() {
            return true;
        }
    }

    private static final double MIN_MAP_HEIGHT = 320;

    private final RouteMapViewModel model;
    private final MapDrawing drawing;
    private final MapCanvas canvas;
    private MapNavigation navigation;
    private final StepDetailPanel detail;
    private final MapHeader header;
    private final StackPane centre = new StackPane();
    private Node listView;

    /** The tab's page: the map, or a short note when the profile has none. */
    public static RouteMapPage create(Profile profile, Host host) {
        if (profile.routeMap().isEmpty()) {
            return RouteMapPage.without(new TextPage(ProfileText.page("page-route-map",
                    ProfileText.heading("Route map", Styles.HEADING_1),
                    ProfileText.text("This profile has no route map. See How to become one for its routes.",
                            Styles.BODY_TEXT))));
        }
        return RouteMapPage.of(new RouteMapView(profile, profile.routeMap().get(), host));
    }

    private RouteMapView(Profile profile, RouteMap map, Host host) {
        setId("page-route-map");
        getStyleClass().add(MapStyles.ROUTE_MAP);
        model = new RouteMapViewModel(map);
        drawing = new MapDrawing(map);
        canvas = new MapCanvas(drawing.pane, drawing::ensureLaidOut);
        detail = new StepDetailPanel(profile, model, host::openTopic);

        // Added in reading order, which is also the Tab order: toolbar, map, legend.
        header = new MapHeader(model, canvas, host.canExport(), () -> export(host), this::openAndFocus);
        header.pathwayChooserMaxWidth().bind(widthProperty().subtract(40));
        setTop(header);
        centre.getChildren().add(canvas);
        // However large the text, the map keeps room to be seen; the tab scrolls if it must.
        centre.setMinHeight(MIN_MAP_HEIGHT);
        setCenter(centre);
        setBottom(RouteMapLegend.create(model));

        drawing.steps.values().forEach(this::wireStep);
        drawing.onLaidOut(() -> {
            navigation = new MapNavigation(drawing.layout().orElseThrow(), map.nodes().stream().map(MapNode::id).toList());
            if (model.selectedStepProperty().get() == null) {
                setFocusTarget(navigation.first());
            }
            showHighlight();
            canvas.refitIfFitted();
        });
        model.highlightProperty().addListener((obs, old, now) -> showHighlight());
        model.selectedStepProperty().addListener((obs, old, now) -> {
            showHighlight();
            if (now != null) {
                setFocusTarget(now);
                canvas.reveal(drawing.steps.get(now));
                if (model.detailOpenProperty().get()) {
                    detail.show(model.selectedNode().orElseThrow());
                }
            }
        });
        model.pathwayProperty().addListener((obs, old, now) -> showPathway(now));
        model.marksProperty().addListener((obs, old, now) -> showMarks());
        model.detailOpenProperty().addListener((obs, old, open) -> {
            if (open) {
                detail.show(model.selectedNode().orElseThrow());
                setRight(detail);
            } else {
                setRight(null);
                Optional.ofNullable(model.selectedStepProperty().get()).map(drawing.steps::get).ifPresent(Node::requestFocus);
            }
        });
        model.listViewProperty().addListener((obs, old, list) -> showList(list));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.detailOpenProperty().get()) {
                model.closeDetail();
                e.consume();
            }
        });
        // + and - zoom wherever focus is on the map tab, except where they are typed as text.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> {
                    canvas.zoomIn();
                    e.consume();
                }
                case MINUS, SUBTRACT -> {
                    canvas.zoomOut();
                    e.consume();
                }
                default -> {
                }
            }
        });
        showPathway(null);
    }

    public RouteMapViewModel model() {
        return model;
    }

    /** Chooses a pathway and puts keyboard focus on its first step. */
    public void choosePathwayAndFocus(String pathwayId) {
        model.choosePathway(pathwayId);
        Pathway chosen = model.pathwayProperty().get();
        if (chosen != null && !chosen.steps().isEmpty()) {
            drawing.steps.get(chosen.steps().get(0)).requestFocus();
        }
    }

    public MapCanvas canvas() {
        return canvas;
    }

    /** The picture of the whole map, for export or printing. */
    public MapSnapshot snapshot() {
        return MapSnapshot.of(drawing.pane, 2);
    }

    /** Shows the student's marks on the steps, in the chooser and over the map. */
    private void showMarks() {
        MapMarks marks = model.marksProperty().get();
        drawing.steps.values().forEach(step -> {
            step.showMark(model.markFor(step.node().id()));
            step.setAccessibleText(model.accessibleText(step.node()));
        });
        drawing.pane.requestLayout();
        header.showMarks(marks);
        if (model.detailOpenProperty().get()) {
            model.selectedNode().ifPresent(detail::show);
        }
    }

    private void wireStep(StepView step) {
        String id = step.node().id();
        step.setAccessibleText(model.accessibleText(step.node()));
        step.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(id);
                step.requestFocus();
                e.consume();
            }
        });
        step.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (navigation == null) {
                return;
            }
            Optional<String> target = Optional.empty();
            switch (e.getCode()) {
                case UP -> target = navigation.move(id, MapNavigation.Direction.UP);
                case DOWN -> target = navigation.move(id, MapNavigation.Direction.DOWN);
                case LEFT -> target = navigation.move(id, MapNavigation.Direction.LEFT);
                case RIGHT -> target = navigation.move(id, MapNavigation.Direction.RIGHT);
                case HOME -> target = Optional.of(navigation.first());
                case END -> target = Optional.of(navigation.last());
                case ENTER, SPACE -> {
                    model.open(id);
                    detail.focusFirst();
                    e.consume();
                    return;
                }
                case ESCAPE -> {
                    if (!model.detailOpenProperty().get() && model.selectedStepProperty().get() != null) {
                        model.select(null);
                        e.consume();
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
            e.consume();
            target.ifPresent(next -> {
                model.select(next);
                drawing.steps.get(next).requestFocus();
            });
        });
        step.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                setFocusTarget(id);
            }
        });
    }

    /** Only one step is in the Tab order at a time; arrow keys move between the others. */
    private void setFocusTarget(String id) {
        drawing.steps.forEach((key, view) -> view.setFocusTraversable(key.equals(id)));
    }

    private void showHighlight() {
        RouteMapViewModel.Highlight highlight = model.highlightProperty().get();
        String selected = model.selectedStepProperty().get();
        for (Map.Entry<String, StepView> entry : drawing.steps.entrySet()) {
            boolean on = highlight.steps().contains(entry.getKey());
            entry.getValue().setState(entry.getKey().equals(selected), on && !highlight.isEmpty(),
                    !highlight.isEmpty() && !on);
        }
        for (Map.Entry<MapEdge, MapDrawing.EdgeView> entry : drawing.edges.entrySet()) {
            boolean on = highlight.edges().contains(entry.getKey());
            Node group = entry.getValue().group();
            group.pseudoClassStateChanged(MapStyles.ON_PATH, on);
            group.pseudoClassStateChanged(MapStyles.DIMMED, !highlight.isEmpty() && !on);
            if (on) {
                group.toFront();
            }
        }
        drawing.steps.values().forEach(Node::toFront);
    }

    private void showPathway(Pathway pathway) {
        header.showPathway(pathway);
        drawing.steps.values().forEach(step -> step.showNumber(model.stepNumber(step.node().id())));
        showMarks();
    }

    /** Opens a step's details and puts keyboard focus on it (a breadcrumb was pressed). */
    private void openAndFocus(String step) {
        model.open(step);
        drawing.steps.get(step).requestFocus();
    }

    private void showList(boolean list) {
        if (list && listView == null) {
            listView = PathwayListView.create(model.map());
        }
        centre.getChildren().setAll(list ? listView : canvas);
    }

    private void export(Host host) {
        Optional<Path> file = host.chooseExportFile("route-map.png");
        if (file.isEmpty()) {
            return;
        }
        try {
            snapshot().writePng(file.get());
            header.status("Saved the map as " + file.get());
        } catch (java.io.IOException e) {
            header.status("Could not save the map as " + file.get() + ": " + e.getMessage());
        }
    }
}
