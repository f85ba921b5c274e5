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
 * sharp at every zoom. It opens readable: at the zoom where step titles can be read, on the
 * start of the journey, or wholly fitted when it fits that large. Until the user zooms or pans it
 * keeps that place as the window changes size; "Fit" shows the whole map, however small.
 */
public final class MapCanvas extends Region {

    public static final double MIN_ZOOM = 0.3;
    public static final double MAX_ZOOM = 3.0;
    private static final double STEP = 1.25;

    private final Pane map;
    private final Runnable layOutMap;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** How the map is placed while the user has not moved it: readable on its start, or fitted. */
    private enum Placing { START, FIT, FREE }

    private Placing placing = Placing.START;
    /** The smallest zoom at which the step titles are readable; set by the map from its text size. */
    private double readableZoom = 0.75;
    /** The part of the map (in its own coordinates) the map opens on: the start of the journey. */
    private Bounds start;
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
        placing = Placing.FIT;
        refitIfFitted();
    }

    /** True while the whole map is being kept fitted ("Fit" pressed and nothing moved since). */
    public boolean isFitted() {
        return placing == Placing.FIT;
    }

    /**
     * Sets the zoom below which step titles are too small to read, and the part of the map it
     * opens on. The map is placed again if the user has not moved it.
     */
    public void setReadable(double zoom, Bounds startArea) {
        readableZoom = clamp(zoom);
        start = startArea;
        refitIfFitted();
    }

    /** The zoom at which the whole map fits the window. */
    public double fitZoom() {
        double width = map.prefWidth(-1);
        double height = map.prefHeight(-1);
        return Math.min(1.5, clamp(Math.min(getWidth() / width, getHeight() / height)));
    }

    /**
     * Places the map again if the user has not moved it (e.g. after it was laid out anew or the
     * window changed size): fitted, or readable on its start.
     */
    public void refitIfFitted() {
        if (placing == Placing.FREE || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double width = map.prefWidth(-1);
        double height = map.prefHeight(-1);
        double fitted = fitZoom();
        if (placing == Placing.FIT || fitted >= readableZoom) {
            zoom.set(fitted);
            place((getWidth() - width * fitted) / 2, (getHeight() - height * fitted) / 2);
            return;
        }
        double scale = readableZoom;
        zoom.set(scale);
        double x = width * scale <= getWidth() ? (getWidth() - width * scale) / 2 : 0;
        double centreY = start == null ? height / 2 : start.getCenterY();
        double y = height * scale <= getHeight() ? (getHeight() - height * scale) / 2
                : Math.max(getHeight() - height * scale, Math.min(0, getHeight() / 2 - centreY * scale));
        place(x, y);
    }

    /**
     * Brings an area of the map (in its own coordinates) into view without changing the zoom: all
     * of it when it fits, else its start (left end), centred up and down. Nothing moves when it is
     * already in view.
     */
    public void show(Bounds area) {
        if (placing == Placing.FIT) {
            return;
        }
        double scale = zoom.get();
        double left = offsetX() + area.getMinX() * scale;
        double right = offsetX() + area.getMaxX() * scale;
        double top = offsetY() + area.getMinY() * scale;
        double bottom = offsetY() + area.getMaxY() * scale;
        if (left >= 0 && top >= 0 && right <= getWidth() && bottom <= getHeight()) {
            return;
        }
        double x = area.getWidth() * scale <= getWidth()
                ? getWidth() / 2 - area.getCenterX() * scale : 16 - area.getMinX() * scale;
        double y = getHeight() / 2 - area.getCenterY() * scale;
        placing = Placing.FREE;
        place(within(x, map.prefWidth(-1) * scale, getWidth()), within(y, map.prefHeight(-1) * scale, getHeight()));
    }

    /** Zooms by {@code factor}, keeping the map point under ({@code x}, {@code y}) where it is. */
    public void zoomBy(double factor, double x, double y) {
        double old = zoom.get();
        double now = clamp(old * factor);
        if (now == old) {
            return;
        }
        placing = Placing.FREE;
        double mapX = (x - offsetX()) / old;
        double mapY = (y - offsetY()) / old;
        zoom.set(now);
        place(x - mapX * now, y - mapY * now);
    }

    public void panBy(double dx, double dy) {
        placing = Placing.FREE;
        place(offsetX() + dx, offsetY() + dy);
    }

    /** Pans just enough to bring a node of the map fully into view (a fitted map shows it already). */
    public void reveal(Node node) {
        reveal(node, 0);
    }

    /**
     * Pans just enough to bring a node of the map fully into view, left of {@code rightCover}
     * pixels covered at the right (by the details panel floating there).
     */
    public void reveal(Node node, double rightCover) {
        if (placing == Placing.FIT && rightCover <= 0) {
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
        } else if (right > getWidth() - rightCover - margin) {
            dx = Math.max(margin - left, getWidth() - rightCover - margin - right);
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

    /** Where the map goes along one axis: centred if it fits, else with no empty space at either end. */
    private static double within(double wanted, double size, double view) {
        return size <= view ? (view - size) / 2 : Math.max(view - size, Math.min(0, wanted));
    }

    private static double clamp(double scale) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale));
    }
}
