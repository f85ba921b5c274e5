package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Subscription;

/**
 * What one visitor uses: built fresh for each visit and dropped when it ends, so that nothing
 * they did (or, later, typed) outlives it. See docs/decisions for why a visit is rebuilt rather
 * than reset.
 */
public interface Visit {

    Node root();

    /**
     * Called once, with the kiosk's scene, as the visit is put in it: for scene-wide shortcuts.
     * What it returns is undone when the visit ends.
     */
    default Subscription install(Scene scene) {
        return Subscription.EMPTY;
    }

    /** The visitor has touched the attract screen: show the first page, with focus in it. */
    default void begin() {
    }

    /**
     * The kiosk counts this visit (called once, just before {@link #begin()}, where it counts
     * visits): tell the tally what the visitor does, for as long as the visit lasts. Only whether
     * each counted thing happened; never what was typed or chosen as text.
     */
    default void countInto(org.careerroutes.kiosk.insights.VisitTally tally) {
    }
}
