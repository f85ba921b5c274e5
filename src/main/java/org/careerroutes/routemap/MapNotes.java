package org.careerroutes.routemap;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * The notes over the map's corner: a hint until the reader first selects a step or chooses a
 * pathway (then not again while the map lasts), and what the last action did ("Saved the map as
 * …"), which goes after a few seconds or at the next action. They never take a click meant for
 * the map beneath.
 */
final class MapNotes extends VBox {

    /** How long "Saved the map as ..." stays, unless the student does something first. */
    private static final Duration STATUS_TIME = Duration.seconds(6);

    private final Label hint = new Label("Select a step to see every route through it.");
    private final Label status = new Label();
    private final PauseTransition statusTimer = new PauseTransition(STATUS_TIME);
    private boolean hintDone;

    MapNotes() {
        super(6);
        hint.setId("map-hint");
        status.setId("map-status");
        for (Label note : List.of(hint, status)) {
            note.getStyleClass().add(MapStyles.MAP_NOTE);
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
        }
        status.getStyleClass().add(MapStyles.MAP_STATUS);
        getChildren().addAll(hint, status);
        getStyleClass().add(MapStyles.MAP_NOTES);
        setMouseTransparent(true);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        status(null);
        statusTimer.setOnFinished(e -> status(null));
    }

    /**
     * Shows the hint until something has been chosen (a step or a pathway), and never over the
     * list view.
     */
    void showHint(boolean chosen, boolean listView) {
        hintDone |= chosen;
        boolean shown = !hintDone && !listView;
        hint.setVisible(shown);
        hint.setManaged(shown);
    }

    /** Says what the last action did (null: nothing); it goes after a few seconds or at the next action. */
    void status(String text) {
        statusTimer.stop();
        boolean shown = text != null && !text.isEmpty();
        status.setText(shown ? text : "");
        status.setVisible(shown);
        status.setManaged(shown);
        if (shown) {
            statusTimer.playFromStart();
        }
    }
}
