package org.careerroutes.handout.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * A card over the dimmed screen, inside the window itself rather than in a window of its own,
 * for a kiosk: a touch screen cannot move a dialog, and one could hide behind the full-screen
 * window. It goes on top of a window whose root is a stack; Escape closes it.
 */
final class SceneOverlay extends StackPane {

    static final String STYLESHEET = SceneOverlay.class.getResource("handout.css").toExternalForm();

    private final StackPane host;

    private SceneOverlay(StackPane host, String id, Node content, Runnable onEscape) {
        this.host = host;
        setId(id);
        getStyleClass().add("take-home-overlay");
        getStylesheets().add(STYLESHEET);
        Region scrim = new Region();
        scrim.getStyleClass().add("take-home-scrim");
        scrim.addEventHandler(InputEvent.ANY, InputEvent::consume);
        VBox card = new VBox(content);
        card.getStyleClass().add("take-home-card");
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER);
        getChildren().addAll(scrim, card);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onEscape.run();
                e.consume();
            }
        });
    }

    /**
     * Shows {@code content} over the window whose root this is, replacing an overlay of the same
     * id; empty when the root is not a stack to put it on.
     */
    static Optional<SceneOverlay> show(Parent root, String id, Node content, Node focus, Runnable onEscape) {
        if (!(root instanceof StackPane stack)) {
            return Optional.empty();
        }
        stack.getChildren().removeIf(child -> id.equals(child.getId()));
        SceneOverlay overlay = new SceneOverlay(stack, id, content, onEscape);
        stack.getChildren().add(overlay);
        overlay.toFront();
        focus.requestFocus();
        return Optional.of(overlay);
    }

    void close() {
        host.getChildren().remove(this);
    }
}
