package org.careerroutes.kit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import java.util.Optional;

/**
 * A tab's page as the window uses it: its node, where keyboard focus goes when the page is
 * opened, and where a piece of its text is. Each page kind adds what only it can do (a text page
 * scrolls to a route's card; the route map chooses a pathway), so the window reaches a page
 * through its type, never by looking nodes up.
 */
public interface Page {

    /** The node the tab shows. */
    Node node();

    /** Moves keyboard focus into the page, as following a link to it should. */
    void focus();

    /**
     * The label that shows {@code text}, looked for first in the part of the page about
     * {@code topic} (a route's card, say) and then in the whole page.
     */
    Optional<Labeled> findText(String text, String topic);

    /** Scrolls the page, if it scrolls, so that a node inside it is in view. */
    void scrollTo(Node target);
}
