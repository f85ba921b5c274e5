package org.careerroutes.settings;

import java.util.List;
import java.util.Optional;

/** Puts a window back where it was, unless the screen it was on has gone. */
public final class WindowPlacement {

    /** A screen's usable area. */
    public record Area(double x, double y, double width, double height) {
    }

    private WindowPlacement() {
    }

    /**
     * The saved bounds when enough of the window (its title bar region) would be on one of the
     * screens; otherwise empty, and the window opens in its default place.
     */
    public static Optional<Settings.WindowBounds> restore(Optional<Settings.WindowBounds> saved, List<Area> screens) {
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Settings.WindowBounds w = saved.get();
        for (Area screen : screens) {
            double visibleWidth = Math.min(w.x() + w.width(), screen.x() + screen.width()) - Math.max(w.x(), screen.x());
            boolean topOnScreen = w.y() >= screen.y() && w.y() < screen.y() + screen.height() - 40;
            if (visibleWidth >= 120 && topOnScreen) {
                double width = Math.min(w.width(), screen.width());
                double height = Math.min(w.height(), screen.height());
                return Optional.of(new Settings.WindowBounds(w.x(), w.y(), width, height, w.maximised()));
            }
        }
        return Optional.empty();
    }
}
