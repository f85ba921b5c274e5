package org.careerroutes.routemap;

import javafx.beans.binding.Bindings;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
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
 * The Route map tab: a compact header (pathway, zoom, list view, key, export; the chosen
 * pathway's steps as a breadcrumb), the map itself or its list view with the detail panel
 * floating over it, notes that go when they are done with, and a key that folds away.
 * The rules live in {@link RouteMapViewModel}; this class only draws and binds.
 *
 * <p>A little over 400 lines: it is where the map's parts (its header, canvas, steps, detail panel,
 * list view and key, each a class of its own) are bound to the one view model and to each other
 * (a step chosen in one is shown, scrolled to and focused in the others); what is left here is
 * that wiring, which split apart would pass the same parts around.
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

        /** Where the picture is encoded and written, away from the JavaFX thread. */
        Background background();
    }

    private static final double MIN_MAP_HEIGHT = 240;
    /** Step titles on screen are at least this many pixels high when the map opens... */
    private static final double READABLE_TITLE_PX = 13.5;
    /** ...and at least this share of their size at the chosen text size. */
    private static final double READABLE_SHARE = 0.75;

    private final RouteMapViewModel model;
    private final Profile profile;
    private final MapDrawing drawing;
    private final MapCanvas canvas;
    private MapNavigation navigation;
    private final StepDetailPanel detail;
    private final MapHeader header;
    private final StackPane centre = new StackPane();
    private Node listView;
    /** Notes over the map's corner: a hint until a step is chosen, then what the last action did. */
    private final MapNotes notes = new MapNotes();

    /** The tab's page: the map, or a short note when the profile has none. */
    public static RouteMapPage create(Profile profile, Host host) {
        if (profile.routeMap().isEmpty()) {
            return RouteMapPage.without(new TextPage(ProfileText.page("page-route-map",
                    ProfileText.heading("Route map", Styles.HEADING_1),
                    ProfileText.text("This profile has no route map. See How to become one for its routes.",
                            Styles.BODY_TEXT))));
        }
        return create(profile, host, StepPlan.none());
    }

    /**
     * The tab's page, showing the student's plan on the map and changing it from the details
     * panel (a step's mark and note) and the header (my pathway).
     */
    public static RouteMapPage create(Profile profile, Host host, StepPlan plan) {
        if (profile.routeMap().isEmpty()) {
            return create(profile, host);
        }
        return RouteMapPage.of(new RouteMapView(profile, profile.routeMap().get(), host, plan));
    }

    private RouteMapView(Profile profile, RouteMap map, Host host, StepPlan plan) {
        setId("page-route-map");
        getStyleClass().add(MapStyles.ROUTE_MAP);
        this.profile = profile;
        model = new RouteMapViewModel(map, plan);
        drawing = new MapDrawing(map);
        canvas = new MapCanvas(drawing.pane, drawing::ensureLaidOut);
        detail = new StepDetailPanel(profile, model, host::openTopic);

        // Added in reading order, which is also the Tab order: toolbar, map, legend.
        header = new MapHeader(model, canvas, host.canExport(), () -> export(host), this::openAndFocus);
        header.pathwayChooserMaxWidth().bind(widthProperty().subtract(40));
        setTop(header);
        notes.maxWidthProperty().bind(centre.widthProperty().multiply(0.6));
        StackPane.setAlignment(notes, Pos.BOTTOM_LEFT);
        centre.getChildren().addAll(canvas, notes);
        // The details float over the map's right side instead of squeezing it.
        StackPane.setAlignment(detail, Pos.CENTER_RIGHT);
        detail.setMaxHeight(Double.MAX_VALUE);
        detail.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(centre.getWidth() * 0.5, 24 * titleFontSize()), centre.widthProperty()));
        detail.maxWidthProperty().bind(detail.prefWidthProperty());
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
            // Readable on the start of the journey: titles at least READABLE_TITLE_PX high.
            double font = titleFontSize();
            double readable = Math.min(1, Math.max(READABLE_TITLE_PX / font, READABLE_SHARE));
            canvas.setReadable(readable, drawing.steps.get(navigation.first()).getBoundsInParent());
        });
        model.highlightProperty().addListener((obs, old, now) -> showHighlight());
        model.selectedStepProperty().addListener((obs, old, now) -> {
            showHighlight();
            showHint();
            status(null);
            if (now != null) {
                setFocusTarget(now);
                revealStep(now);
                if (model.detailOpenProperty().get()) {
                    detail.show(model.selectedNode().orElseThrow());
                }
            }
        });
        model.pathwayProperty().addListener((obs, old, now) -> {
            showPathway(now);
            if (model.listViewProperty().get()) {
                showList(true);
            }
            showHint();
            status(null);
            // Its steps come into view (all of them when they fit, else its start).
            if (now != null) {
                Bounds area = null;
                for (String id : now.steps()) {
                    Bounds b = drawing.steps.get(id).getBoundsInParent();
                    area = area == null ? b : union(area, b);
                }
                if (area != null) {
                    canvas.show(area);
                }
            }
        });
        model.marksProperty().addListener((obs, old, now) -> showMarks());
        // The details panel shows the plan itself, and is not made again (a note being typed keeps its place).
        model.plan().changes().addListener((obs, old, now) -> showStepMarks());
        model.detailOpenProperty().addListener((obs, old, open) -> {
            if (open) {
                detail.show(model.selectedNode().orElseThrow());
                if (!centre.getChildren().contains(detail)) {
                    centre.getChildren().add(detail);
                }
                Optional.ofNullable(model.selectedStepProperty().get()).ifPresent(this::revealStep);
            } else {
                centre.getChildren().remove(detail);
                Optional.ofNullable(model.selectedStepProperty().get()).map(drawing.steps::get).ifPresent(Node::requestFocus);
            }
        });
        model.listViewProperty().addListener((obs, old, list) -> {
            status(null);
            showList(list);
        });
        canvas.zoomProperty().addListener((obs, old, now) -> status(null));
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
        showHint();
    }

    private double titleFontSize() {
        return drawing.steps.values().iterator().next().titleFontSize();
    }

    /** Brings a step into view, clear of the details panel when it floats over the map. */
    private void revealStep(String id) {
        double cover = model.detailOpenProperty().get() ? detail.getPrefWidth() : 0;
        canvas.reveal(drawing.steps.get(id), cover);
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** The hint is done with once a step has been selected or a pathway chosen, for the rest of the visit. */
    private void showHint() {
        notes.showHint(model.selectedStepProperty().get() != null || model.pathwayProperty().get() != null,
                model.listViewProperty().get());
    }

    /** Says what the last action did (null: nothing); it goes after a few seconds or at the next action. */
    private void status(String text) {
        notes.status(text);
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

    /** The picture of the whole map with its title, key and licence line, at twice its size, for export or printing. */
    public MapSnapshot snapshot() {
        return MapSnapshot.of(pictureForExport(), 2);
    }

    /** What the saved picture shows, laid out: title, the whole map at twice its size, key, licence line. */
    public Region pictureForExport() {
        return MapPicture.compose(drawing.pane, 2, model, "Route map: " + profile.title(),
                profile.source().attribution(), getScene());
    }

    /** Shows the student's marks on the steps, in the chooser and over the map. */
    private void showMarks() {
        MapMarks marks = model.marksProperty().get();
        showStepMarks();
        header.showMarks(marks);
        if (model.detailOpenProperty().get()) {
            model.selectedNode().ifPresent(detail::show);
        }
    }

    /** Shows each step's marks (the student's qualifications and their plan) and says them to screen readers. */
    private void showStepMarks() {
        drawing.steps.values().forEach(step -> {
            step.showMark(model.markFor(step.node().id()));
            step.showPlanMark(model.planMark(step.node().id()));
            step.setAccessibleText(model.accessibleText(step.node()));
        });
        drawing.pane.requestLayout();
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

    /** The list view, made again for the pathway chosen so its heading names it; or the map. */
    private void showList(boolean list) {
        centre.getChildren().removeAll(canvas, listView);
        if (list) {
            listView = PathwayListView.create(model.map(), model.chosenPathway());
            centre.getChildren().add(0, listView);
        } else {
            centre.getChildren().add(0, canvas);
        }
        showHint();
    }

    private void export(Host host) {
        Optional<Path> file = host.chooseExportFile("route-map.png");
        if (file.isEmpty()) {
            return;
        }
        // The picture is taken on the JavaFX thread (it is of the screen's nodes); encoding and writing it are not.
        MapSnapshot picture = snapshot();
        status("Saving the map as " + file.get().getFileName() + "\u2026");
        host.background().submit(() -> {
            picture.writePng(file.get());
            return file.get();
        }, saved -> status("Saved the map as " + saved), failed -> status("Could not save the map: "
                + FileProblem.describe(file.get(), failed instanceof java.io.IOException io ? FileProblem.whyNotWritten(io)
                : String.valueOf(failed.getMessage()))));
    }
}
