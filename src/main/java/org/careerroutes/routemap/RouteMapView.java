package org.careerroutes.routemap;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;

import java.nio.file.Path;
import java.util.List;
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

    private static final String ALL_ROUTES = "All routes";
    private static final double MIN_MAP_HEIGHT = 320;

    private final RouteMapViewModel model;
    private final MapDrawing drawing;
    private final MapCanvas canvas;
    private MapNavigation navigation;
    private final StepDetailPanel detail;
    private final ComboBox<String> pathwayChooser = new ComboBox<>() {
        @Override
        protected double computePrefWidth(double height) {
            // A FlowPane asks for the preferred width and does not hold it to the maximum.
            return Math.min(super.computePrefWidth(height), Math.max(getMinWidth(), getMaxWidth()));
        }
    };
    /** The chosen pathway's steps in order, as buttons that wrap onto more lines when needed. */
    private final FlowPane crumbs = new FlowPane();
    private final Label timeline = new Label();
    private final Label status = new Label();
    /** How the student's qualifications stand against the pathways, when they have entered some. */
    private final Label verdicts = new Label();
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
        setTop(toolbar(map, host));
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

    private Node toolbar(RouteMap map, Host host) {
        Label chooseLabel = new Label("Pathway:");
        chooseLabel.setLabelFor(pathwayChooser);
        pathwayChooser.setId("pathway-chooser");
        pathwayChooser.getItems().add(ALL_ROUTES);
        map.pathways().forEach(p -> pathwayChooser.getItems().add(p.title()));
        pathwayChooser.getSelectionModel().select(0);
        pathwayChooser.setAccessibleText("Choose a pathway to highlight");
        pathwayChooser.setCellFactory(list -> new PathwayCell(map, false));
        pathwayChooser.setButtonCell(new PathwayCell(map, true));
        pathwayChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            model.choosePathway(i <= 0 ? null : map.pathways().get(i - 1).id());
        });

        Button zoomOut = toolButton("\u2212", "zoom-out", "Zoom out", canvas::zoomOut);
        Button zoomIn = toolButton("+", "zoom-in", "Zoom in", canvas::zoomIn);
        Button fit = toolButton("Fit", "zoom-fit", "Fit the whole map in the window", canvas::fit);
        ToggleButton list = new ToggleButton("List view");
        list.setId("list-toggle");
        list.setAccessibleHelp("Shows the pathways as ordered text");
        list.selectedProperty().bindBidirectional(model.listViewProperty());
        Button export = toolButton("Export PNG\u2026", "export-png", "Save the map as a picture", () -> export(host));
        export.setVisible(host.canExport());
        export.setManaged(host.canExport());
        Label hint = new Label("Select a step to see every route through it.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setId("map-hint");
        hint.setWrapText(true);
        pathwayChooser.getStyleClass().add(MapStyles.PATHWAY_CHOOSER);
        // As wide as its longest title, but never wider than the tab: at very large text a title
        // with its mark is cut in the box (and shown whole in the list) rather than pushing the
        // tab past the window's edge.
        pathwayChooser.setMinWidth(120);
        pathwayChooser.maxWidthProperty().bind(widthProperty().subtract(40));
        HBox tools = new HBox(8, zoomOut, zoomIn, fit, list, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        // Wraps onto a second row when the text is large or the window narrow, rather than cut words.
        FlowPane bar = new FlowPane(chooseLabel, pathwayChooser, tools, hint);
        bar.setHgap(12);
        bar.setVgap(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(MapStyles.MAP_TOOLBAR);
        for (Node control : List.of(chooseLabel, zoomOut, zoomIn, fit, list, export)) {
            ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
        }

        timeline.setId("pathway-timeline");
        timeline.getStyleClass().add(Styles.MUTED);
        timeline.setWrapText(true);
        status.setId("map-status");
        status.getStyleClass().add(MapStyles.MAP_STATUS);
        status.setWrapText(true);
        crumbs.setId("pathway-crumbs");
        crumbs.getStyleClass().add(MapStyles.CRUMBS);
        crumbs.setAccessibleText("Steps of the chosen pathway");
        verdicts.setId("map-verdicts");
        verdicts.getStyleClass().add(MapStyles.MAP_VERDICTS);
        verdicts.setWrapText(true);
        verdicts.setVisible(false);
        verdicts.setManaged(false);
        VBox top = new VBox(bar, verdicts, crumbs, timeline, status);
        top.getStyleClass().add(MapStyles.MAP_TOP);
        return top;
    }

    /** A pathway in the chooser, with its mark ("\u2713 Degree apprenticeship") when there is one. */
    private final class PathwayCell extends javafx.scene.control.ListCell<String> {
        private final RouteMap map;
        private final boolean button;

        PathwayCell(RouteMap map, boolean button) {
            this.map = map;
            this.button = button;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            int index = button ? pathwayChooser.getSelectionModel().getSelectedIndex() : getIndex();
            Optional<MapMark> mark = index <= 0 || index > map.pathways().size() ? Optional.empty()
                    : model.marksProperty().get().pathway(map.pathways().get(index - 1).id());
            // The list says the mark in words; the closed box, short of room, its symbol.
            setText(mark.map(m -> m.symbol() + " " + item
                    + (button ? "" : " (" + m.label().toLowerCase(java.util.Locale.UK) + ")")).orElse(item));
            setAccessibleText(mark.map(m -> item + ": " + m.label()).orElse(item));
        }
    }

    /** Shows the student's marks on the steps, in the chooser and over the map. */
    private void showMarks() {
        MapMarks marks = model.marksProperty().get();
        drawing.steps.values().forEach(step -> {
            step.showMark(model.markFor(step.node().id()));
            step.setAccessibleText(model.accessibleText(step.node()));
        });
        drawing.pane.requestLayout();
        verdicts.setText(marks.summary());
        verdicts.setVisible(!marks.isEmpty());
        verdicts.setManaged(!marks.isEmpty());
        // Cells are made again, so the chooser shows the new marks.
        pathwayChooser.setCellFactory(list -> new PathwayCell(model.map(), false));
        pathwayChooser.setButtonCell(new PathwayCell(model.map(), true));
        if (model.detailOpenProperty().get()) {
            model.selectedNode().ifPresent(detail::show);
        }
    }

    private static Button toolButton(String text, String id, String accessibleText, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.setOnAction(e -> action.run());
        button.getStyleClass().add(MapStyles.MAP_TOOL);
        return button;
    }

    private void showCrumbs(Pathway pathway) {
        crumbs.getChildren().clear();
        for (int i = 0; i < pathway.steps().size(); i++) {
            String step = pathway.steps().get(i);
            MapNode node = model.map().node(step).orElseThrow();
            if (i > 0) {
                Label separator = new Label("\u203a");
                separator.getStyleClass().add(MapStyles.CRUMB_SEPARATOR);
                crumbs.getChildren().add(separator);
            }
            Button crumb = new Button(node.title());
            crumb.setId("crumb-" + step);
            crumb.getStyleClass().add(MapStyles.CRUMB);
            crumb.setMinWidth(Region.USE_PREF_SIZE);
            crumb.setAccessibleText("Step " + (i + 1) + " of " + pathway.steps().size() + ": " + node.title());
            crumb.setOnAction(e -> {
                model.open(step);
                drawing.steps.get(step).requestFocus();
            });
            crumbs.getChildren().add(crumb);
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
        int index = pathway == null ? 0 : model.map().pathways().indexOf(pathway) + 1;
        if (pathwayChooser.getSelectionModel().getSelectedIndex() != index) {
            pathwayChooser.getSelectionModel().select(index);
        }
        drawing.steps.values().forEach(step -> step.showNumber(model.stepNumber(step.node().id())));
        showMarks();
        boolean shown = pathway != null;
        crumbs.setVisible(shown);
        crumbs.setManaged(shown);
        timeline.setVisible(shown);
        timeline.setManaged(shown);
        if (shown) {
            showCrumbs(pathway);
            timeline.setText(StepDescriptions.timeline(model.map(), pathway).describe());
        }
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
            status.setText("Saved the map as " + file.get());
        } catch (java.io.IOException e) {
            status.setText("Could not save the map as " + file.get() + ": " + e.getMessage());
        }
    }
}
