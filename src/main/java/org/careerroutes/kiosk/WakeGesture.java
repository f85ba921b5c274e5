package org.careerroutes.kiosk;

import javafx.event.EventType;
import javafx.scene.input.GestureEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

/**
 * The touch, click or key stroke that wakes the kiosk is for the attract screen only: the
 * rest of it (the release, the click, the typed key, the mouse press made up from a touch)
 * must not land on the Overview that has just appeared beneath it. Moves, scrolls and
 * gestures pass: they click nothing. Also says which input is a person's activity, keeping a visit
 * going ({@link #isActivity}).
 */
final class WakeGesture {
    private boolean swallowing;
    private boolean released;

    void begin() {
        swallowing = true;
        released = false;
    }

    void reset() {
        swallowing = false;
    }

    /** True (and consumed) when the event is the rest of the waking gesture. */
    boolean swallow(InputEvent e) {
        EventType<? extends InputEvent> type = e.getEventType();
        if (!swallowing || !(isPress(type) || isRelease(type) || type == MouseEvent.MOUSE_CLICKED
                || type == KeyEvent.KEY_TYPED)) {
            return false;
        }
        if (isPress(type) && released) {
            swallowing = false;
            return false;
        }
        released |= isRelease(type);
        e.consume();
        return true;
    }

    static boolean isPress(EventType<? extends InputEvent> type) {
        return type == MouseEvent.MOUSE_PRESSED || type == TouchEvent.TOUCH_PRESSED || type == KeyEvent.KEY_PRESSED;
    }

    private static boolean isRelease(EventType<? extends InputEvent> type) {
        return type == MouseEvent.MOUSE_RELEASED || type == TouchEvent.TOUCH_RELEASED || type == KeyEvent.KEY_RELEASED;
    }

    /** Touches, clicks, key strokes, scrolls and gestures; not the enter/exit events JavaFX makes when the screen moves beneath a still mouse. */
    static boolean isActivity(EventType<? extends InputEvent> type) {
        return isA(type, KeyEvent.ANY) || isA(type, TouchEvent.ANY) || isA(type, GestureEvent.ANY)
                || type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_RELEASED
                || type == MouseEvent.MOUSE_CLICKED || type == MouseEvent.MOUSE_MOVED
                || type == MouseEvent.MOUSE_DRAGGED;
    }

    private static boolean isA(EventType<?> type, EventType<?> group) {
        for (EventType<?> t = type; t != null; t = t.getSuperType()) {
            if (t == group) {
                return true;
            }
        }
        return false;
    }
}
