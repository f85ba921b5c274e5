package org.careerroutes.routemap;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the map marks for a student: a mark per pathway, a mark per step for each pathway
 * and for the map as a whole, the pathways open to them (highlighted while nothing else is
 * chosen), and a summary line. {@link #NONE} when there is nothing to mark.
 *
 * @param summary      one line over the map, e.g. "Your qualifications: 2 of 4 pathways open to you"
 * @param pathways     pathway id to its mark
 * @param openPathways the pathways the student can start now or with predicted grades
 * @param overall      step id to its mark while no pathway is chosen
 * @param byPathway    pathway id to (step id to its mark on that pathway)
 */
public record MapMarks(String summary, Map<String, MapMark> pathways, Set<String> openPathways,
                       Map<String, MapMark> overall, Map<String, Map<String, MapMark>> byPathway) {

    public static final MapMarks NONE = new MapMarks("", Map.of(), Set.of(), Map.of(), Map.of());

    public MapMarks {
        Objects.requireNonNull(summary, "summary");
        pathways = Map.copyOf(pathways);
        openPathways = Set.copyOf(openPathways);
        overall = Map.copyOf(overall);
        byPathway = Map.copyOf(byPathway);
    }

    public boolean isEmpty() {
        return pathways.isEmpty() && overall.isEmpty();
    }

    /** The summary in a few words, for a folded bar: "Your qualifications: 2 of 4 pathways open to you". */
    public String shortSummary() {
        long open = pathways.values().stream().filter(m -> m.style().equals("met") || m.style().equals("predicted")).count();
        return "Your qualifications: " + open + " of " + pathways.size() + " pathway" + (pathways.size() == 1 ? "" : "s")
                + " open to you";
    }

    public Optional<MapMark> pathway(String id) {
        return Optional.ofNullable(pathways.get(id));
    }

    /** A step's mark: on the chosen pathway if there is one, else over the whole map. */
    public Optional<MapMark> step(String step, Optional<String> chosenPathway) {
        Map<String, MapMark> marks = chosenPathway.map(p -> byPathway.getOrDefault(p, Map.of())).orElse(overall);
        return Optional.ofNullable(marks.get(step));
    }
}
