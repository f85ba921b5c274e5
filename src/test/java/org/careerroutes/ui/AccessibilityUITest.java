package org.careerroutes.ui;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a screen reader gets: every control that takes focus has a name; headings say so. */
class AccessibilityUITest extends AppUITestBase {

    @Test
    void everyFocusableControlInEveryTabHasAccessibleText() throws TimeoutException {
        launchAt1024x768();
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            interact(() -> stage.getScene().getRoot().applyCss());
            List<Node> focusable = new ArrayList<>();
            collectFocusable(tabs.getTabs().get(i).getContent(), focusable);
            for (Node node : focusable) {
                Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
                if (text == null || text.toString().isBlank()) {
                    unnamed.add(tabs.getTabs().get(i).getText() + ": " + node);
                }
                checked++;
            }
        }
        // On the map one step at a time is in the Tab order; the arrows reach the rest: check them all.
        for (Node step : lookup(".map-step").queryAll()) {
            Object text = step.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            if (text == null || text.toString().isBlank()) {
                unnamed.add("Route map: " + step);
            }
            checked++;
        }
        assertEquals(List.of(), unnamed);
        assertTrue(checked > 30, "walked the focusable controls: " + checked);
    }

    @Test
    void headingsAreMarkedAsHeadings() throws TimeoutException {
        launch();
        Label title = lookup("#overview-title").queryAs(Label.class);
        assertEquals("heading", title.getAccessibleRoleDescription());
        assertEquals(AccessibleRole.TEXT, title.getAccessibleRole());
        assertTrue(lookup(".heading-2").queryAll().stream().allMatch(h -> "heading".equals(h.getAccessibleRoleDescription())));
    }

    private static void collectFocusable(Node node, List<Node> found) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled()) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectFocusable(child, found);
            }
        }
    }
}
