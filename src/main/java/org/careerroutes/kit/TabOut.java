package org.careerroutes.kit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab and Shift+Tab move out of a text area, as they do out of every other control, instead of
 * typing a tab: a student using the keyboard alone is never trapped in a note, nor an adviser in a pasted text.
 */
public final class TabOut {

    private TabOut() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isShortcutDown() || e.isAltDown() || area.getScene() == null) {
                return;
            }
            e.consume();
            List<Node> stops = new ArrayList<>();
            collect(area.getScene().getRoot(), stops);
            int at = stops.indexOf(area);
            if (at < 0 || stops.size() < 2) {
                return;
            }
            int next = (at + (e.isShiftDown() ? stops.size() - 1 : 1)) % stops.size();
            stops.get(next).requestFocus();
        });
    }

    private static void collect(Node node, List<Node> stops) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            stops.add(node);
            if (node instanceof TextArea) {
                return;   // its inner parts are not stops of their own
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, stops);
            }
        }
    }
}
