package org.careerroutes.routemap.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out route map.
 *
 * @param width   total width, padding included
 * @param height  total height, padding included
 * @param nodes   each node's box by id, in content order
 * @param edges   one route per input edge, in input order
 * @param stages  one band per stage, left to right
 * @param columns each node's column index by id, in content order
 */
public record MapLayout(double width, double height, Map<String, Box> nodes, List<EdgeRoute> edges,
                        List<StageBand> stages, Map<String, Integer> columns) {

    public MapLayout {
        // Map.copyOf would lose the content order that callers iterate in.
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        stages = List.copyOf(stages);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
