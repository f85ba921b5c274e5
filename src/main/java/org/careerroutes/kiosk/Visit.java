package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * What one visitor uses: built fresh for each visit and dropped when it ends, so that nothing
 * they did (or, later, typed) outlives it. See docs/decisions for why a visit is rebuilt rather
 * than reset.
 */
public interface Visit {

    Node root();

    /** Called once with the visit's own scene, before it is shown (for scene-wide shortcuts). */
    default void install(Scene scene) {
    }

    /** The visitor has touched the attract screen: show the first page, with focus in it. */
    default void begin() {
    }
}
