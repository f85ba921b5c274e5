package org.careerroutes.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.routemap.RouteMapPage;
import org.careerroutes.routemap.RouteMapView;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The route map as the window holds it: its page, given the plan and the verdicts to mark on it
 * and what it may ask of the window (links into the profile, saving a picture: not in a kiosk),
 * and the pathway chosen on it, which a kiosk counts.
 */
final class RouteMapInWindow {

    private final WindowModel model;
    private final MainWindow.Actions actions;
    private final Appearance appearance;
    private final boolean canExport;
    private final Background background;
    /** The id of the pathway chosen on the map; null while none is (or the map has not been opened). */
    private final ReadOnlyObjectWrapper<String> pathwayOnMap = new ReadOnlyObjectWrapper<>();

    RouteMapInWindow(WindowModel model, MainWindow.Actions actions, Appearance appearance, MainWindow.Mode mode,
                     Background background) {
        this.model = model;
        this.actions = actions;
        this.appearance = appearance;
        this.canExport = mode == MainWindow.Mode.DESKTOP;
        this.background = background;
    }

    RouteMapPage page(Profile profile) {
        appearance.styleRouteMaps();
        RouteMapPage page = RouteMapView.create(profile, new MapHost(),
                new PlanOnTheMap(model.plans().planProperty(), model.plans().myPathwayProperty()));
        page.view().ifPresent(view -> {
            VerdictMarks.bind(model.qualifications(), view.model());
            view.model().pathwayProperty().addListener((obs, old, pathway) ->
                    pathwayOnMap.set(pathway == null ? null : pathway.id()));
        });
        return page;
    }

    ReadOnlyObjectProperty<String> pathwayOnMapProperty() {
        return pathwayOnMap.getReadOnlyProperty();
    }

    /** What the route map needs from the window. */
    private final class MapHost implements RouteMapView.Host {
        @Override
        public void openTopic(String key) {
            model.showTopic(key);
        }

        @Override
        public boolean canExport() {
            return canExport;
        }

        @Override
        public Background background() {
            return background;
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName) {
            if (!canExport()) {
                return Optional.empty();
            }
            return actions.chooseSaveFile("Save the route map as a picture", suggestedName, "PNG pictures (*.png)", "*.png");
        }
    }
}
