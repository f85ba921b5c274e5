package org.careerroutes.routemap.layout;

import java.util.Arrays;

/**
 * Counts crossings between the segments of one gap in O(E log E): sort the segments by their
 * left end, then every pair whose right ends come in the opposite order crosses, which a Fenwick
 * tree counts as inversions. Segments sharing an end do not cross.
 */
final class CrossingCounter {

    private CrossingCounter() {
    }

    /**
     * @param left       rank of each segment's left end (its position in the left column)
     * @param right      rank of each segment's right end, below {@code rightRanks}
     * @param rightRanks one more than the largest right rank
     */
    static long count(int[] left, int[] right, int rightRanks) {
        int segments = left.length;
        if (segments < 2) {
            return 0;
        }
        long[] sorted = new long[segments];
        for (int i = 0; i < segments; i++) {
            // Equal left ends sort by right end, so they add no inversion between themselves.
            sorted[i] = ((long) left[i] << 32) | right[i];
        }
        Arrays.sort(sorted);
        long[] tree = new long[rightRanks + 1];
        long crossings = 0;
        for (int i = 0; i < segments; i++) {
            int rank = (int) sorted[i];
            // Earlier segments (left end above or level) whose right end comes strictly later cross it.
            crossings += i - countAtMost(tree, rank);
            for (int j = rank + 1; j <= rightRanks; j += j & -j) {
                tree[j]++;
            }
        }
        return crossings;
    }

    private static long countAtMost(long[] tree, int rank) {
        long sum = 0;
        for (int j = rank + 1; j > 0; j -= j & -j) {
            sum += tree[j];
        }
        return sum;
    }
}
