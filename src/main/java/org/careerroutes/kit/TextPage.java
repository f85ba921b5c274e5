package org.careerroutes.kit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;

import java.util.Map;
import java.util.Optional;

/**
 * A page of text in a scrolling column (made by {@link ProfileText#page}), with its anchors: the
 * parts of it a link can lead to, by topic (a route's id, "registration").
 */
public final class TextPage implements Page {

    private final ScrollPane scroll;
    private final Map<String, Node> anchors;

    public TextPage(ScrollPane scroll, Map<String, ? extends Node> anchors) {
        this.scroll = scroll;
        this.anchors = Map.copyOf(anchors);
    }

    public TextPage(ScrollPane scroll) {
        this(scroll, Map.of());
    }

    @Override
    public ScrollPane node() {
        return scroll;
    }

    @Override
    public void focus() {
        Nodes.focusInto(scroll);
    }

    /** The part of the page about a topic, if the page has one. */
    public Optional<Node> anchor(String topic) {
        return Optional.ofNullable(anchors.get(topic));
    }

    /**
     * Scrolls to the part of the page about a topic and focuses it (a screen reader then reads
     * its name, and the next Tab carries on from there); false when the page has no such part.
     */
    public boolean reveal(String topic) {
        Node target = anchors.get(topic);
        if (target == null) {
            return false;
        }
        scrollTo(target);
        // Focus the part itself: otherwise focus falls to the page's first button and the page
        // scrolls back up to show it.
        target.requestFocus();
        return true;
    }

    @Override
    public Optional<Labeled> findText(String text, String topic) {
        Node scope = anchors.get(topic);
        Optional<Labeled> found = scope == null ? Optional.empty() : Nodes.labelWith(scope, text);
        return found.isPresent() ? found : Nodes.labelWith(scroll.getContent(), text);
    }

    /** Scrolls so that {@code target} (inside the page) sits at the top of the view. */
    @Override
    public void scrollTo(Node target) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (scrollable > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, inContent.getMinY() / scrollable)));
        }
    }
}
