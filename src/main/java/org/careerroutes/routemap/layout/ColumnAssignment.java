package org.careerroutes.routemap.layout;

import java.util.Arrays;

/**
 * Puts every node in a column. Each stage owns a run of columns, in stage order; inside a stage a
 * node sits one column right of its furthest same-stage predecessor (longest-path layering).
 * Predecessors in earlier stages need nothing more, as their columns all lie left of the stage.
 */
final class ColumnAssignment {

    /** Column of each node, by node index. */
    final int[] columnOf;
    /** First column of each stage, by stage index. */
    final int[] stageFirstColumn;
    /** Number of columns of each stage; an empty stage still has one, so its header has a place. */
    final int[] stageColumnCount;
    /** Stage index of each column. */
    final int[] stageOfColumn;

    private ColumnAssignment(int[] columnOf, int[] stageFirstColumn, int[] stageColumnCount, int[] stageOfColumn) {
        this.columnOf = columnOf;
        this.stageFirstColumn = stageFirstColumn;
        this.stageColumnCount = stageColumnCount;
        this.stageOfColumn = stageOfColumn;
    }

    static ColumnAssignment of(GraphIndex graph) {
        int n = graph.nodeCount();
        int[] levelInStage = new int[n];
        int[] columnCount = new int[graph.stageCount()];
        Arrays.fill(columnCount, 1);
        for (int node : graph.topologicalOrder) {
            int level = 0;
            for (int i = 0; i < graph.predecessorCount(node); i++) {
                int predecessor = graph.predecessor(node, i);
                if (graph.stageOf[predecessor] == graph.stageOf[node]) {
                    level = Math.max(level, levelInStage[predecessor] + 1);
                }
            }
            levelInStage[node] = level;
            columnCount[graph.stageOf[node]] = Math.max(columnCount[graph.stageOf[node]], level + 1);
        }
        int[] firstColumn = new int[graph.stageCount()];
        int columns = 0;
        for (int s = 0; s < firstColumn.length; s++) {
            firstColumn[s] = columns;
            columns += columnCount[s];
        }
        int[] stageOfColumn = new int[columns];
        for (int s = 0; s < firstColumn.length; s++) {
            Arrays.fill(stageOfColumn, firstColumn[s], firstColumn[s] + columnCount[s], s);
        }
        int[] columnOf = new int[n];
        for (int node = 0; node < n; node++) {
            columnOf[node] = firstColumn[graph.stageOf[node]] + levelInStage[node];
        }
        return new ColumnAssignment(columnOf, firstColumn, columnCount, stageOfColumn);
    }

    int columnCount() {
        return stageOfColumn.length;
    }
}
