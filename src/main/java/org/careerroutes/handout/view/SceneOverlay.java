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
 * window. It goes on top of a window whose root is a stack; Escape closes it. It is made first
 * and given its content after, so that the content's Close button can close it.
 */
final class SceneOverlay extends StackPane {

    static final String STYLESHEET = SceneOverlay.class.getResource("handout.css").toExternalForm();

    private final StackPane host;
    private final VBox card = new VBox();

    private SceneOverlay(StackPane host, String id) {
        this.host = host;
        setId(id);
        getStyleClass().add(HandoutStyles.OVERLAY);
        getStylesheets().add(STYLESHEET);
        Region scrim = new Region();
        scrim.getStyleClass().add(HandoutStyles.SCRIM);
        scrim.addEventHandler(InputEvent.ANY, InputEvent::consume);
        card.getStyleClass().add(HandoutStyles.CARD);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER);
        getChildren().addAll(scrim, card);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    /**
     * An overlay for the window whose root this is, replacing one with the same id; empty when
     * the root is not a stack to put it on. It shows nothing until {@link #show} is called.
     */
    static Optional<SceneOverlay> over(Parent root, String id) {
        if (!(root instanceof StackPane stack)) {
            return Optional.empty();
        }
        stack.getChildren().removeIf(child -> id.equals(child.getId()));
        return Optional.of(new SceneOverlay(stack, id));
    }

    /** Puts the content on the card, the overlay over the screen, and focus on {@code focus}. */
    void show(Node content, Node focus) {
        card.getChildren().setAll(content);
        host.getChildren().add(this);
        toFront();
        focus.requestFocus();
    }

    void close() {
        host.getChildren().remove(this);
    }
}
