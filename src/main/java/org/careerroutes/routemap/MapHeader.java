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
import org.careerroutes.kit.Styles;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What sits above the map: the toolbar (pathway, zoom, list view, export), how the student's
 * qualifications stand against the pathways, the chosen pathway's steps as a breadcrumb, its usual
 * length, and a status line. It binds to the map's view model and decides nothing.
 */
final class MapHeader extends VBox {

    private static final String ALL_ROUTES = "All routes";

    private final RouteMapViewModel model;
    private final Consumer<String> openStep;
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
        ToggleButton list = new ToggleButton("List view");
        list.setId("list-toggle");
        list.setAccessibleHelp("Shows the pathways as ordered text");
        list.selectedProperty().bindBidirectional(model.listViewProperty());
        Button exportButton = toolButton("Export PNG\u2026", "export-png", "Save the map as a picture", export);
        exportButton.setVisible(canExport);
        exportButton.setManaged(canExport);
        Label hint = new Label("Select a step to see every route through it.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setId("map-hint");
        hint.setWrapText(true);
        pathwayChooser.getStyleClass().add(MapStyles.PATHWAY_CHOOSER);
        // As wide as its longest title, but never wider than the tab: at very large text a title
        // with its mark is cut in the box (and shown whole in the list) rather than pushing the
        // tab past the window's edge.
        pathwayChooser.setMinWidth(120);
        HBox tools = new HBox(8, zoomOut, zoomIn, fit, list, exportButton);
        tools.setAlignment(Pos.CENTER_LEFT);
        // Wraps onto a second row when the text is large or the window narrow, rather than cut words.
        FlowPane bar = new FlowPane(chooseLabel, pathwayChooser, tools, hint);
        bar.setHgap(12);
        bar.setVgap(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(MapStyles.MAP_TOOLBAR);
        for (Node control : List.of(chooseLabel, zoomOut, zoomIn, fit, list, exportButton)) {
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
        getChildren().addAll(bar, verdicts, crumbs, timeline, status);
        getStyleClass().add(MapStyles.MAP_TOP);
    }

    /** The chooser's widest: never wider than the tab, set by the map. */
    DoubleProperty pathwayChooserMaxWidth() {
        return pathwayChooser.maxWidthProperty();
    }

    /** Says something about the last action, e.g. where the picture was saved. */
    void status(String text) {
        status.setText(text);
    }

    /** Shows a pathway chosen (or none): the chooser, its steps as a breadcrumb and its length. */
    void showPathway(Pathway pathway) {
        int index = pathway == null ? 0 : model.map().pathways().indexOf(pathway) + 1;
        if (pathwayChooser.getSelectionModel().getSelectedIndex() != index) {
            pathwayChooser.getSelectionModel().select(index);
        }
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

    /** How the student's qualifications stand, over the map and in the chooser. */
    void showMarks(MapMarks marks) {
        verdicts.setText(marks.summary());
        verdicts.setVisible(!marks.isEmpty());
        verdicts.setManaged(!marks.isEmpty());
        // Cells are made again, so the chooser shows the new marks.
        pathwayChooser.setCellFactory(list -> new PathwayCell(model.map(), false));
        pathwayChooser.setButtonCell(new PathwayCell(model.map(), true));
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
