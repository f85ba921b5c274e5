package org.careerroutes.routemap;

import org.careerroutes.routemap.layout.Box;
import org.careerroutes.routemap.layout.MapLayout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Moving between steps with the arrow keys, in the order the map is read: up and down within a
 * column, left and right to the nearest step of the neighbouring column.
 */
public final class MapNavigation {

    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private final List<List<String>> columns = new ArrayList<>();
    private final Map<String, Box> boxes;

    /** @param steps the ids of the real steps (the layout may hold other boxes) */
    public MapNavigation(MapLayout layout, List<String> steps) {
        this.boxes = layout.nodes();
        TreeMap<Integer, List<String>> byColumn = new TreeMap<>();
        for (String step : steps) {
            byColumn.computeIfAbsent(layout.columns().get(step), c -> new ArrayList<>()).add(step);
        }
        for (List<String> column : byColumn.values()) {
            column.sort(Comparator.comparingDouble(id -> boxes.get(id).y()));
            columns.add(List.copyOf(column));
        }
    }

    /** Every step, column by column, top to bottom: the order a reader takes. */
    public List<String> readingOrder() {
        return columns.stream().flatMap(List::stream).toList();
    }

    public String first() {
        return columns.get(0).get(0);
    }

    public String last() {
        List<String> lastColumn = columns.get(columns.size() - 1);
        return lastColumn.get(lastColumn.size() - 1);
    }

    /** The step in that direction, or empty at the edge of the map. */
    public Optional<String> move(String from, Direction direction) {
        int column = columnOf(from);
        if (column < 0) {
            return Optional.of(first());
        }
        List<String> steps = columns.get(column);
        int row = steps.indexOf(from);
        switch (direction) {
            case UP:
                return row > 0 ? Optional.of(steps.get(row - 1)) : Optional.empty();
            case DOWN:
                return row < steps.size() - 1 ? Optional.of(steps.get(row + 1)) : Optional.empty();
            case LEFT:
                return column > 0 ? Optional.of(nearest(columns.get(column - 1), from)) : Optional.empty();
            default:
                return column < columns.size() - 1 ? Optional.of(nearest(columns.get(column + 1), from)) : Optional.empty();
        }
    }

    private int columnOf(String step) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).contains(step)) {
                return i;
            }
        }
        return -1;
    }

    private String nearest(List<String> column, String from) {
        double y = boxes.get(from).y() + boxes.get(from).height() / 2;
        return column.stream()
                .min(Comparator.comparingDouble(id -> Math.abs(boxes.get(id).y() + boxes.get(id).height() / 2 - y)))
                .orElseThrow();
    }
}
