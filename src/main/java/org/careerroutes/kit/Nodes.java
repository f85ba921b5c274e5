package org.careerroutes.kit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;

import java.util.Optional;

/** Walks a page makes over its own content: the first control to focus, the label with some text. */
public final class Nodes {
    private Nodes() {
    }

    /** Moves keyboard focus into a page: the page itself when it takes focus (to scroll), else its first control. */
    public static void focusInto(Node page) {
        Node first = page.isFocusTraversable() ? page : firstFocusable(page);
        (first != null ? first : page).requestFocus();
    }

    public static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static Optional<Labeled> labelWith(Node node, String text) {
        if (node instanceof Labeled labeled && labeled.getText() != null && labeled.getText().contains(text)) {
            return Optional.of(labeled);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Labeled> found = labelWith(child, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
