package org.careerroutes.kit;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;

import java.lang.ref.WeakReference;

/** Scrolling a page from the keyboard, and keeping the focused control in view. */
final class PageScrolling {

    private static final double LINE = 40;

    private PageScrolling() {
    }

    /** Scrolls for a key pressed on the page itself; false if the key is not a scrolling key. */
    static boolean scroll(ScrollPane page, KeyCode code, boolean shift) {
        double viewport = page.getViewportBounds().getHeight();
        double screen = Math.max(LINE, viewport - LINE);
        switch (code) {
            case DOWN -> by(page, LINE);
            case UP -> by(page, -LINE);
            case PAGE_DOWN -> by(page, screen);
            case PAGE_UP -> by(page, -screen);
            case SPACE -> by(page, shift ? -screen : screen);
            case HOME -> page.setVvalue(page.getVmin());
            case END -> page.setVvalue(page.getVmax());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Scrolls by a distance in pixels of content. */
    static void by(ScrollPane page, double pixels) {
        double scrollable = scrollable(page);
        if (scrollable > 0) {
            page.setVvalue(clamp(page.getVvalue() + pixels / scrollable));
        }
    }

    private static double scrollable(ScrollPane page) {
        return page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /**
     * When a control inside the page takes focus, scrolls just enough to show it. Holds the page
     * weakly, since the scene it listens to may outlive it.
     */
    static final class KeepFocusInView implements ChangeListener<Node> {
        private final WeakReference<ScrollPane> page;

        KeepFocusInView(ScrollPane page) {
            this.page = new WeakReference<>(page);
        }

        @Override
        public void changed(ObservableValue<? extends Node> focus, Node old, Node now) {
            ScrollPane scroll = page.get();
            if (scroll == null) {
                focus.removeListener(this);
                return;
            }
            if (now == null || now == scroll || !isInside(now, scroll.getContent())) {
                return;
            }
            Node content = scroll.getContent();
            Bounds target = content.sceneToLocal(now.localToScene(now.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double scrollable = scrollable(scroll);
            if (scrollable <= 0) {
                return;
            }
            double top = scroll.getVvalue() * scrollable;
            double margin = 24;
            if (target.getMinY() < top + margin) {
                scroll.setVvalue(clamp((target.getMinY() - margin) / scrollable));
            } else if (target.getMaxY() > top + viewport - margin) {
                scroll.setVvalue(clamp((target.getMaxY() - viewport + margin) / scrollable));
            }
        }

        private static boolean isInside(Node node, Node ancestor) {
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == ancestor) {
                    return true;
                }
            }
            return false;
        }
    }
}
