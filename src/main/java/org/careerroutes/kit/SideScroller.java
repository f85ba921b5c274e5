package org.careerroutes.kit;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.function.UnaryOperator;

/**
 * Content that may be wider than its place (a table of columns, a timeline), scrolled sideways
 * only, with a scroll bar of its own below it while, and only while, the content is wider than
 * the view. It is as tall as the content plus that bar, so the bar never covers the last line:
 * a ScrollPane leaves an as-needed bar out of its height, and its bar can only be measured by
 * reaching into its skin. It scrolls by the bar, a sideways swipe or Shift with the wheel, and,
 * once made a Tab stop, the arrow keys, Home and End. A control inside it that takes keyboard
 * focus is scrolled into view.
 */
public final class SideScroller extends Region {

    /** How far an arrow key moves: a tenth of the view, and at least this many pixels. */
    private static final double LEAST_KEY_STEP = 40;

    private final ObjectProperty<Node> content = new SimpleObjectProperty<>(this, "content");
    private final ScrollBar bar = new ScrollBar();
    private final Rectangle clip = new Rectangle();
    /** What to bring into view when a node inside takes focus: the node, or something round it. */
    private UnaryOperator<Node> focusArea = node -> node;
    private final ChangeListener<Node> followFocus = (obs, old, focused) -> revealFocused(focused);

    public SideScroller() {
        getStyleClass().add(Styles.SIDE_SCROLLER);
        setMinWidth(0);
        setClip(clip);
        setFocusTraversable(false);
        bar.setOrientation(Orientation.HORIZONTAL);
        bar.setMin(0);
        bar.setVisible(false);
        bar.valueProperty().addListener((obs, old, now) -> placeContent());
        getChildren().add(bar);
        content.addListener((obs, old, now) -> {
            if (old != null) {
                getChildren().remove(old);
            }
            if (now != null) {
                getChildren().add(0, now);
            }
            bar.setValue(0);
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(followFocus);
            }
        });
    }

    public SideScroller(Node content) {
        this();
        setContent(content);
    }

    public ObjectProperty<Node> contentProperty() {
        return content;
    }

    public Node getContent() {
        return content.get();
    }

    public void setContent(Node node) {
        content.set(node);
    }

    /** How far the content is scrolled, in pixels from its left edge. */
    public double offset() {
        return bar.getValue();
    }

    /** How far the content can scroll: 0 when it fits. */
    public double scrollable() {
        return bar.getMax();
    }

    /** The width of what is seen of the content. */
    public double viewWidth() {
        return viewWidth(getWidth());
    }

    /** Scrolls to {@code pixels} from the content's left edge (kept within what can be scrolled). */
    public void scrollTo(double pixels) {
        bar.setValue(Math.max(0, Math.min(bar.getMax(), pixels)));
    }

    /**
     * When a node inside takes focus, bring this into view instead of the node itself, e.g. the
     * whole column it is in.
     */
    public void setFocusArea(UnaryOperator<Node> area) {
        focusArea = area == null ? node -> node : area;
    }

    /** Scrolls sideways, as little as it can, so that a node inside the content is in view. */
    public void reveal(Node target) {
        Node shown = content.get();
        if (shown == null || target.getScene() == null || shown.getScene() == null || bar.getMax() <= 0) {
            return;
        }
        Bounds inContent = shown.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double view = viewWidth();
        double left = offset();
        if (inContent.getMinX() < left) {
            scrollTo(inContent.getMinX());
        } else if (inContent.getMaxX() > left + view) {
            scrollTo(Math.min(inContent.getMinX(), inContent.getMaxX() - view));
        }
    }

    private double viewWidth(double width) {
        Insets in = getInsets();
        return Math.max(0, width - in.getLeft() - in.getRight());
    }

    /** The content's width: what it asks for, and at least the view's. */
    private double contentWidth(double view) {
        Node shown = content.get();
        return shown == null ? 0 : Math.max(view, snapSizeX(shown.prefWidth(-1)));
    }

    private boolean needsBar(double view) {
        Node shown = content.get();
        return shown != null && snapSizeX(shown.prefWidth(-1)) > view + 0.5;
    }

    /** The height depends on the width: narrower, the bar is needed. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Node shown = content.get();
        Insets in = getInsets();
        return (shown == null ? 0 : shown.prefWidth(-1)) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double view = viewWidth(width < 0 ? getWidth() : width);
        Node shown = content.get();
        double contentHeight = shown == null ? 0 : snapSizeY(shown.prefHeight(contentWidth(view)));
        double barHeight = needsBar(view) ? snapSizeY(bar.prefHeight(-1)) : 0;
        return contentHeight + barHeight + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double view = viewWidth();
        boolean needed = needsBar(view);
        double width = contentWidth(view);
        Node shown = content.get();
        double contentHeight = shown == null ? 0 : snapSizeY(shown.prefHeight(width));
        double range = needed ? width - view : 0;
        if (needed != bar.isVisible()) {
            // Taller or shorter by the bar: whatever holds this gives it its new height.
            requestParentLayout();
        }
        bar.setVisible(needed);
        bar.setMax(range);
        bar.setVisibleAmount(width > 0 ? range * view / width : 0);
        bar.setUnitIncrement(Math.max(LEAST_KEY_STEP, view * 0.1));
        bar.setBlockIncrement(view * 0.9);
        if (bar.getValue() > range) {
            bar.setValue(range);
        }
        if (shown != null) {
            shown.resize(width, contentHeight);
        }
        placeContent();
        double barHeight = needed ? snapSizeY(bar.prefHeight(-1)) : 0;
        bar.resizeRelocate(in.getLeft(), in.getTop() + contentHeight, view, barHeight);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    private void placeContent() {
        Node shown = content.get();
        if (shown != null) {
            Insets in = getInsets();
            shown.relocate(in.getLeft() - bar.getValue(), in.getTop());
        }
    }

    private void scrolled(ScrollEvent event) {
        double sideways = event.getDeltaX();
        if (sideways == 0 && event.isShiftDown()) {
            sideways = event.getDeltaY();
        }
        double before = offset();
        if (sideways != 0 && bar.getMax() > 0) {
            scrollTo(before - sideways);
        }
        // Only what moved it is used up: an up-and-down wheel goes on to scroll the page.
        if (offset() != before) {
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getTarget() != this || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        double step = bar.getUnitIncrement();
        switch (event.getCode()) {
            case LEFT, KP_LEFT -> scrollTo(offset() - step);
            case RIGHT, KP_RIGHT -> scrollTo(offset() + step);
            case HOME -> scrollTo(0);
            case END -> scrollTo(bar.getMax());
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void revealFocused(Node focused) {
        Node shown = content.get();
        if (focused == null || shown == null || !isInside(focused, shown)) {
            return;
        }
        Node target = focusArea.apply(focused);
        // Once the focus has moved and the page is laid out.
        Platform.runLater(() -> reveal(target));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
