package org.careerroutes.routemap;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.careerroutes.kit.Nodes;
import org.careerroutes.kit.Page;
import org.careerroutes.kit.TextPage;

import java.util.Optional;

/** The Route map tab's page: the map (filling the tab, or scrolling when the window is too short), or a note. */
public final class RouteMapPage implements Page {

    private final Node node;
    private final Optional<RouteMapView> view;

    private RouteMapPage(Node node, Optional<RouteMapView> view) {
        this.node = node;
        this.view = view;
    }

    static RouteMapPage of(RouteMapView view) {
        return new RouteMapPage(fillOrScroll(view), Optional.of(view));
    }

    static RouteMapPage without(TextPage note) {
        return new RouteMapPage(note.node(), Optional.empty());
    }

    /** The map, when the profile has one. */
    public Optional<RouteMapView> view() {
        return view;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void focus() {
        Nodes.focusInto(node);
    }

    /** The map's text is on its steps, which a hit opens instead (see {@link RouteMapViewModel#open}). */
    @Override
    public Optional<Labeled> findText(String text, String topic) {
        return view.isPresent() ? Optional.empty() : Nodes.labelWith(node, text);
    }

    @Override
    public void scrollTo(Node target) {
        // The map pans to what it shows itself; the note is short.
    }

    /**
     * Fills the tab, or scrolls up and down when the window is too short for the content's
     * minimum height (large text in a small window).
     */
    private static Node fillOrScroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(MapStyles.FILL_OR_SCROLL);
        return scroll;
    }
}
