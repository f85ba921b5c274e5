package org.careerroutes.content;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a list or object stands in its file, e.g. {@code $.routes[1]}: a link to the place
 * around it and one step down, so that a path costs the same however deep it is, and is written
 * out only for a message (names shortened, as {@link Echo} shortens them).
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    /** The member name of this step, or null for a list element. */
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The path one step down from {@code parent}: to its member {@code name}, or (name null) to
     * its element {@code index}; the root when there is no parent.
     */
    static JsonPath step(JsonPath parent, String name, int index) {
        if (parent == null) {
            return ROOT;
        }
        return name != null ? parent.member(name) : parent.element(index);
    }

    JsonPath member(String memberName) {
        return new JsonPath(this, memberName, -1);
    }

    JsonPath element(int elementIndex) {
        return new JsonPath(this, null, elementIndex);
    }

    @Override
    public String toString() {
        Deque<JsonPath> steps = new ArrayDeque<>();
        for (JsonPath step = this; step.parent != null; step = step.parent) {
            steps.push(step);
        }
        StringBuilder out = new StringBuilder("$");
        for (JsonPath step : steps) {
            if (step.name != null) {
                out.append('.').append(Echo.bare(step.name));
            } else {
                out.append('[').append(step.index).append(']');
            }
        }
        return out.toString();
    }
}
