package org.careerroutes.routemap.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Route maps to lay out: one built by hand like the Clinical engineer routes, and random ones.
 * Public so that the layout benchmark measures the same kind of map the tests check.
 */
public final class RouteMaps {

    private RouteMaps() {
    }

    /** About the size of a real profile's map, with edges inside stages and one past a stage. */
    public static LayoutInput clinicalEngineer() {
        List<String> stages = List.of("School", "Experience", "Study and training", "Registration",
                "Clinical engineer", "Senior roles");
        List<LayoutNode> nodes = List.of(
                node("gcses", "School", "GCSEs"),
                node("a-levels", "School", "A levels in maths and physics"),
                node("btec", "School", "BTEC in engineering"),
                node("t-level", "School", "T level in engineering"),
                node("work-experience", "Experience", "Hospital work experience"),
                node("volunteering", "Experience", "Volunteering"),
                node("degree", "Study and training", "Degree in engineering or physics"),
                node("apprenticeship", "Study and training", "Healthcare science apprenticeship"),
                node("stp", "Study and training", "NHS Scientist Training Programme"),
                node("ptp", "Study and training", "Practitioner Training Programme"),
                node("private-sector", "Study and training", "Engineering job in the private sector"),
                node("hcpc", "Registration", "HCPC registration"),
                node("chartered", "Registration", "Chartered engineer (CEng)"),
                node("clinical-engineer", "Clinical engineer", "Clinical engineer"),
                node("senior", "Senior roles", "Senior clinical engineer"),
                node("consultant", "Senior roles", "Consultant clinical scientist"),
                node("head", "Senior roles", "Head of department"),
                node("research", "Senior roles", "Research and teaching"));
        List<LayoutEdge> edges = List.of(
                edge("gcses", "a-levels"),
                edge("gcses", "btec"),
                edge("gcses", "t-level"),
                edge("gcses", "volunteering"),
                edge("a-levels", "degree"),
                edge("a-levels", "work-experience"),
                edge("work-experience", "degree"),
                edge("volunteering", "apprenticeship"),
                edge("btec", "apprenticeship"),
                edge("t-level", "apprenticeship"),
                edge("degree", "stp"),
                edge("degree", "private-sector"),
                edge("apprenticeship", "ptp"),
                edge("stp", "hcpc"),
                edge("ptp", "hcpc"),
                edge("private-sector", "chartered"),
                edge("hcpc", "clinical-engineer"),
                edge("chartered", "clinical-engineer"),
                edge("clinical-engineer", "senior"),
                edge("senior", "consultant"),
                edge("senior", "head"),
                edge("clinical-engineer", "research"));
        return new LayoutInput(stages, nodes, edges);
    }

    /**
     * A random map: nodes spread over the stages (small maps may leave a stage empty), listed
     * stage by stage as a content file would; about three edges in four join adjacent stages,
     * one in eight stays inside a stage, the rest skip one to three stages.
     */
    public static LayoutInput random(long seed, int nodeCount, int stageCount, int edgeCount) {
        Random random = new Random(seed);
        List<String> stages = new ArrayList<>();
        List<List<Integer>> byStage = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add("stage-" + s);
            byStage.add(new ArrayList<>());
        }
        int[] stageOf = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            stageOf[i] = random.nextInt(stageCount);
        }
        List<LayoutNode> nodes = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            for (int i = 0; i < nodeCount; i++) {
                if (stageOf[i] == s) {
                    byStage.get(s).add(nodes.size());
                    nodes.add(new LayoutNode("n" + i, stages.get(s), 60 + random.nextInt(140), 28 + random.nextInt(40)));
                }
            }
        }
        int[] stageOfListed = new int[nodeCount];
        int[] placeInStage = new int[nodeCount];
        for (int s = 0; s < stageCount; s++) {
            for (int k = 0; k < byStage.get(s).size(); k++) {
                stageOfListed[byStage.get(s).get(k)] = s;
                placeInStage[byStage.get(s).get(k)] = k;
            }
        }
        Set<Long> seen = new HashSet<>();
        List<LayoutEdge> edges = new ArrayList<>();
        for (int attempt = 0; attempt < edgeCount * 20 && edges.size() < edgeCount && nodeCount > 1; attempt++) {
            int from = random.nextInt(nodeCount);
            int stage = stageOfListed[from];
            double kind = random.nextDouble();
            int to;
            if (kind < 0.125) {
                // Inside the stage, always towards a later node, so no cycle can form.
                List<Integer> same = byStage.get(stage);
                int later = same.size() - placeInStage[from] - 1;
                if (later == 0) {
                    continue;
                }
                to = same.get(placeInStage[from] + 1 + random.nextInt(later));
            } else {
                int targetStage = stage + (kind < 0.875 ? 1 : 2 + random.nextInt(3));
                if (targetStage >= stageCount || byStage.get(targetStage).isEmpty()) {
                    continue;
                }
                List<Integer> candidates = byStage.get(targetStage);
                to = candidates.get(random.nextInt(candidates.size()));
            }
            if (seen.add((long) from * nodeCount + to)) {
                edges.add(new LayoutEdge(nodes.get(from).id(), nodes.get(to).id()));
            }
        }
        return new LayoutInput(stages, nodes, edges);
    }

    static LayoutNode node(String id, String stage, String label) {
        // Roughly a card with the label on one line, as the view would measure it.
        return new LayoutNode(id, stage, 24 + 7.5 * label.length(), label.length() > 28 ? 60 : 44);
    }

    static LayoutEdge edge(String from, String to) {
        return new LayoutEdge(from, to);
    }
}
