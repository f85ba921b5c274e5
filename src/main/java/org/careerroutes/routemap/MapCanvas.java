package org.careerroutes.routemap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * A window onto the map that zooms (buttons, Ctrl+scroll, pinch) and pans (drag, scroll,
 * touch). The map is drawn as real scene-graph nodes and scaled as vectors, so its text stays
 * sharp at every zoom. Until the user zooms or pans, the map is kept fitted to the window.
 */
public final class MapCanvas extends Region {

    public static final double MIN_ZOOM = 0.3;
    public static final double MAX_ZOOM = 3.0;
    private static final double STEP = 1.25;

    private final Pane map;
    private final Runnable layOutMap;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private boolean keepFitted = true;
    private double dragX;
    private double dragY;
    private boolean dragged;

    /**
     * @param map       the map to show
     * @param layOutMap lays the map out if it is not yet, so it has its size before it is fitted
     */
    public MapCanvas(Pane map, Runnable layOutMap) {
        this.map = map;
        this.layOutMap = layOutMap;
        getStyleClass().add(MapStyles.MAP_CANVAS);
        setId("map-canvas");
        getChildren().add(map);
        map.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        // A transform scales about the top-left corner (scaleX/scaleY would scale about the centre).
        Scale scale = new Scale();
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        map.getTransforms().add(scale);

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragX = e.getX();
                dragY = e.getY();
                dragged = false;
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                panBy(e.getX() - dragX, e.getY() - dragY);
                dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        // A click that ends a drag is not a click on a step.
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged) {
                e.consume();
                dragged = false;
            }
        });
        widthProperty().addListener((obs, old, now) -> refitIfFitted());
        heightProperty().addListener((obs, old, now) -> refitIfFitted());
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public double zoom() {
        return zoom.get();
    }

    /** Where the map's top-left corner is in this window. */
    public double offsetX() {
        return map.getLayoutX();
    }

    public double offsetY() {
        return map.getLayoutY();
    }

    public void zoomIn() {
        zoomBy(STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole map, as large as fits (but never above 1.5 times its natural size). */
    public void fit() {
        keepFitted = true;
        refitIfFitted();
    }

    /** Fits the map again if it is being kept fitted (e.g. after it was laid out anew). */
    public void refitIfFitted() {
        if (!keepFitted || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double width = map.prefWidth(-1);
        double height = map.prefHeight(-1);
        double scale = clamp(Math.min(getWidth() / width, getHeight() / height));
        scale = Math.min(scale, 1.5);
        zoom.set(scale);
        place((getWidth() - width * scale) / 2, (getHeight() - height * scale) / 2);
    }

    /** Zooms by {@code factor}, keeping the map point under ({@code x}, {@code y}) where it is. */
    public void zoomBy(double factor, double x, double y) {
        double old = zoom.get();
        double now = clamp(old * factor);
        if (now == old) {
            return;
        }
        keepFitted = false;
        double mapX = (x - offsetX()) / old;
        double mapY = (y - offsetY()) / old;
        zoom.set(now);
        place(x - mapX * now, y - mapY * now);
    }

    public void panBy(double dx, double dy) {
        keepFitted = false;
        place(offsetX() + dx, offsetY() + dy);
    }

    /** Pans just enough to bring a node of the map fully into view (a fitted map shows it already). */
    public void reveal(Node node) {
        if (keepFitted) {
            return;
        }
        Bounds b = map.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scale = zoom.get();
        double left = offsetX() + b.getMinX() * scale;
        double right = offsetX() + b.getMaxX() * scale;
        double top = offsetY() + b.getMinY() * scale;
        double bottom = offsetY() + b.getMaxY() * scale;
        double margin = 16;
        double dx = 0;
        double dy = 0;
        if (left < margin) {
            dx = margin - left;
        } else if (right > getWidth() - margin) {
            dx = Math.max(margin - left, getWidth() - margin - right);
        }
        if (top < margin) {
            dy = margin - top;
        } else if (bottom > getHeight() - margin) {
            dy = Math.max(margin - top, getHeight() - margin - bottom);
        }
        if (dx != 0 || dy != 0) {
            panBy(dx, dy);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.isShortcutDown()) {
            zoomBy(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    /**
     * Puts the map's top-left corner at (x, y), keeping at least part of the map in view so it
     * cannot be lost off the edge.
     */
    private void place(double x, double y) {
        double width = map.prefWidth(-1) * zoom.get();
        double height = map.prefHeight(-1) * zoom.get();
        double keep = 80;
        x = Math.max(Math.min(x, getWidth() - keep), keep - width);
        y = Math.max(Math.min(y, getHeight() - keep), keep - height);
        map.relocate(x, y);
    }

    @Override
    protected void layoutChildren() {
        boolean first = map.getWidth() == 0;
        layOutMap.run();
        map.resize(map.prefWidth(-1), map.prefHeight(-1));
        if (first) {
            refitIfFitted();
        }
    }

    private static double clamp(double scale) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale));
    }
}
