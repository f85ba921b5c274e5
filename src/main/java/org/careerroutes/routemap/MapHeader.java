package org.careerroutes.routemap;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.SideScroller;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What sits above the map, kept compact so the map has the screen: the toolbar (pathway, zoom,
 * list view, key, export) and one bar for the chosen pathway (make it my pathway, its usual
 * length, its steps as a breadcrumb) and how the student's qualifications stand against the
 * pathways, folded to one line. The bar scrolls sideways rather than grow taller. It binds to
 * the map's view model and decides nothing.
 */
final class MapHeader extends VBox {

    private static final String ALL_ROUTES = "All routes";

    private final RouteMapViewModel model;
    private final Consumer<String> openStep;
    private final ComboBox<String> pathwayChooser = new ComboBox<>() {
        @Override
        protected double computePrefWidth(double height) {
            // As wide as the title chosen (not the longest in the list), so a short one leaves room
            // beside it; a FlowPane asks for the preferred width and does not hold it to the maximum.
            double width = super.computePrefWidth(height);
            if (getSkin() != null && getButtonCell() != null && lookup(".arrow-button") instanceof Region arrow) {
                width = Math.min(width, snappedLeftInset() + snappedRightInset() + getButtonCell().prefWidth(-1)
                        + arrow.prefWidth(-1) + 2);
            }
            return Math.min(width, Math.max(getMinWidth(), getMaxWidth()));
        }
    };
    /** The chosen pathway's steps in order, as buttons on one line. */
    private final HBox crumbs = new HBox();
    private final Label timeline = new Label();
    /** How the student's qualifications stand against the pathways, in full, when unfolded. */
    private final Label verdicts = new Label();
    /** The same in a few words; pressing it unfolds the full summary. */
    private final ToggleButton verdictsToggle = new ToggleButton();
    private final Button makeMine = new Button();
    private final HBox routeContent = new HBox();
    /**
     * One line that scrolls sideways when it is too long, as tall as its content and its scroll
     * bar; a control in it that takes focus is scrolled into view.
     */
    private final SideScroller routeBar = new SideScroller(routeContent);
    private final DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(Double.MAX_VALUE);

    MapHeader(RouteMapViewModel model, MapCanvas canvas, boolean canExport, Runnable export, Consumer<String> openStep) {
        this.model = model;
        this.openStep = openStep;
        RouteMap map = model.map();
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
        ToggleButton list = new ToggleButton();
        list.setId("list-toggle");
        list.textProperty().bind(javafx.beans.binding.Bindings.when(model.listViewProperty())
                .then("Map view").otherwise("List view"));
        list.setAccessibleHelp("Switches between the map and the pathways as ordered text");
        list.selectedProperty().bindBidirectional(model.listViewProperty());
        ToggleButton key = new ToggleButton();
        key.setId("key-toggle");
        key.textProperty().bind(javafx.beans.binding.Bindings.when(model.keyShownProperty())
                .then("Hide key").otherwise("Key"));
        key.setAccessibleHelp("Shows or folds away the key to the map's shapes, lines and marks");
        key.selectedProperty().bindBidirectional(model.keyShownProperty());
        Button exportButton = toolButton("Export PNG\u2026", "export-png", "Save the map as a picture", export);
        exportButton.setVisible(canExport);
        exportButton.setManaged(canExport);
        pathwayChooser.getStyleClass().add(MapStyles.PATHWAY_CHOOSER);
        // As wide as its longest title, but never wider than the tab: at very large text a title
        // with its mark is cut in the box (and shown whole in the list) rather than pushing the
        // tab past the window's edge.
        pathwayChooser.setMinWidth(120);
        pathwayChooser.maxWidthProperty().bind(room);
        pathwayChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> pathwayChooser.requestLayout());
        HBox tools = new HBox(8, zoomOut, zoomIn, fit, list, key, exportButton);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        // The tools, and beside them the route bar when it has something to show: then the whole
        // row, so the bar scrolls in the room left by the tools rather than taking a row of its own.
        HBox lower = new HBox(12, tools, routeBar) {
            @Override
            protected double computePrefWidth(double height) {
                return routeBar.isManaged() ? Math.max(tools.prefWidth(-1), room.get() - 1)
                        : tools.prefWidth(-1);
            }
        };
        lower.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(routeBar, javafx.scene.layout.Priority.ALWAYS);
        routeBar.setMinWidth(120);
        // Wraps onto a second row when the text is large or the window narrow, rather than cut words.
        FlowPane bar = new FlowPane(chooseLabel, pathwayChooser, lower);
        bar.setHgap(12);
        bar.setVgap(6);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(MapStyles.MAP_TOOLBAR);
        for (Node control : List.of(chooseLabel, zoomOut, zoomIn, fit, list, key, exportButton)) {
            ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
        }

        timeline.setId("pathway-timeline");
        timeline.getStyleClass().add(Styles.MUTED);
        timeline.setMinWidth(Region.USE_PREF_SIZE);
        crumbs.setId("pathway-crumbs");
        crumbs.getStyleClass().add(MapStyles.CRUMBS);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.setAccessibleText("Steps of the chosen pathway");
        makeMine.setId("make-my-pathway");
        makeMine.getStyleClass().add(MapStyles.MAKE_MINE);
        makeMine.setMinWidth(Region.USE_PREF_SIZE);
        makeMine.setOnAction(e -> model.makeChosenMyPathway());
        model.myPathwayProperty().addListener((obs, old, now) -> showMyPathway());
        verdictsToggle.setId("map-verdicts-toggle");
        verdictsToggle.getStyleClass().add(MapStyles.VERDICTS_TOGGLE);
        verdictsToggle.setMinWidth(Region.USE_PREF_SIZE);
        verdictsToggle.setAccessibleHelp("Shows or folds away how your qualifications stand against every pathway");
        verdicts.setId("map-verdicts");
        verdicts.getStyleClass().add(MapStyles.MAP_VERDICTS);
        verdicts.setWrapText(true);
        verdicts.setMinHeight(Region.USE_PREF_SIZE);
        verdicts.visibleProperty().bind(verdictsToggle.selectedProperty().and(verdictsToggle.visibleProperty()));
        verdicts.managedProperty().bind(verdicts.visibleProperty());
        verdictsToggle.selectedProperty().addListener((obs, old, open) -> showVerdictsToggle());
        routeContent.setAlignment(Pos.CENTER_LEFT);
        routeContent.getStyleClass().add(MapStyles.ROUTE_BAR_CONTENT);
        routeBar.setId("map-route-bar");
        routeBar.getStyleClass().add(MapStyles.ROUTE_BAR);
        getChildren().addAll(bar, verdicts);
        getStyleClass().add(MapStyles.MAP_TOP);
        showVerdicts(MapMarks.NONE);
    }

    /** The room across the tab, set by the map: the chooser and the route bar keep within it. */
    DoubleProperty pathwayChooserMaxWidth() {
        return room;
    }

    /** Shows a pathway chosen (or none): the chooser, its steps as a breadcrumb and its length. */
    void showPathway(Pathway pathway) {
        int index = pathway == null ? 0 : model.map().pathways().indexOf(pathway) + 1;
        if (pathwayChooser.getSelectionModel().getSelectedIndex() != index) {
            pathwayChooser.getSelectionModel().select(index);
        }
        crumbs.getChildren().clear();
        if (pathway != null) {
            showCrumbs(pathway);
            StepDescriptions.Timeline length = StepDescriptions.timeline(model.map(), pathway);
            timeline.setText(length.total());
            timeline.setAccessibleText(length.describe());
        }
        showMyPathway();
        showRouteBar();
    }

    /** How the student's qualifications stand, over the map (folded to one line) and in the chooser. */
    void showMarks(MapMarks marks) {
        showVerdicts(marks);
        // Cells are made again, so the chooser shows the new marks.
        pathwayChooser.setCellFactory(list -> new PathwayCell(model.map(), false));
        pathwayChooser.setButtonCell(new PathwayCell(model.map(), true));
    }

    private void showVerdicts(MapMarks marks) {
        verdicts.setText(marks.summary());
        verdictsToggle.setVisible(!marks.isEmpty());
        verdictsToggle.setManaged(!marks.isEmpty());
        verdictsToggle.setUserData(marks.shortSummary());
        showVerdictsToggle();
        showRouteBar();
    }

    private void showVerdictsToggle() {
        Object words = verdictsToggle.getUserData();
        verdictsToggle.setText((words == null ? "" : words) + (verdictsToggle.isSelected() ? "  \u25b4 less" : "  \u25be more"));
    }

    private void showMyPathway() {
        Pathway chosen = model.pathwayProperty().get();
        boolean mine = chosen != null && model.myPathwayProperty().getValue().filter(chosen.id()::equals).isPresent();
        makeMine.setText(mine ? "\u2605 My pathway" : "\u2606 Make this my pathway");
        makeMine.setAccessibleText(mine ? "This is my pathway" : "Make this my pathway");
        makeMine.setDisable(false);
        boolean offered = chosen != null && model.plan().isOffered();
        makeMine.setVisible(offered);
        makeMine.setManaged(offered);
    }

    /** The bar holds what there is to show, in reading order; hidden when there is nothing. */
    private void showRouteBar() {
        boolean chosen = model.pathwayProperty().get() != null;
        routeContent.getChildren().clear();
        if (verdictsToggle.isManaged()) {
            routeContent.getChildren().add(verdictsToggle);
        }
        if (chosen) {
            routeContent.getChildren().addAll(makeMine, timeline, crumbs);
        }
        boolean shown = !routeContent.getChildren().isEmpty();
        routeBar.setVisible(shown);
        routeBar.setManaged(shown);
        routeBar.scrollTo(0);
        if (routeBar.getParent() != null) {
            routeBar.getParent().requestLayout();
        }
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
            crumb.setOnAction(e -> openStep.accept(step));
            crumbs.getChildren().add(crumb);
        }
    }
}
