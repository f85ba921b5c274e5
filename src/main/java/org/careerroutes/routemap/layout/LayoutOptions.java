package org.careerroutes.routemap.layout;

/**
 * Spacing of the layout, in the same units as the node sizes.
 *
 * @param columnGap horizontal space between columns, where edges run; positive
 * @param rowGap    vertical space between boxes in a column; also the height an edge takes where
 *                  it passes through a column
 * @param padding   margin around everything
 */
public record LayoutOptions(double columnGap, double rowGap, double padding) {

    public LayoutOptions {
        if (!(columnGap > 0) || Double.isInfinite(columnGap)) {
            throw new IllegalArgumentException("columnGap must be positive and finite, was " + columnGap);
        }
        requireNonNegative("rowGap", rowGap);
        requireNonNegative("padding", padding);
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(64, 20, 24);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or more and finite, was " + value);
        }
    }
}
