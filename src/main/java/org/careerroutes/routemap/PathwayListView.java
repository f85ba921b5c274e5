package org.careerroutes.routemap;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The route map as ordered text: each pathway step by step, what helps along the way, and what
 * it leads on to. For screen readers, for printing, and for anyone who prefers a list.
 */
final class PathwayListView {

    private PathwayListView() {
    }

    /** Every pathway; the chosen one (if any) first, named in the heading. */
    static ScrollPane create(RouteMap map, java.util.Optional<Pathway> chosen) {
        List<Node> nodes = new ArrayList<>();
        Label heading = ProfileText.heading(chosen.map(p -> p.title() + ", step by step")
                .orElse("Every pathway, step by step"), Styles.HEADING_1);
        heading.setId("map-list-heading");
        nodes.add(heading);
        RouteGraph graph = new RouteGraph(map);
        List<Pathway> order = new ArrayList<>(map.pathways());
        chosen.ifPresent(p -> {
            order.remove(p);
            order.add(0, p);
        });
        for (Pathway pathway : order) {
            if (chosen.isPresent() && order.size() > 1 && pathway == order.get(1)) {
                nodes.add(ProfileText.heading("The other pathways", Styles.HEADING_2));
            }
            VBox box = new VBox();
            box.getStyleClass().addAll(Styles.CARD, MapStyles.PATHWAY_TEXT);
            box.setId("list-" + pathway.id());
            box.getChildren().add(ProfileText.heading(pathway.title(), Styles.HEADING_2));
            box.getChildren().add(ProfileText.text(StepDescriptions.timeline(map, pathway).describe(), Styles.MUTED));
            VBox steps = new VBox();
            steps.getStyleClass().add(MapStyles.PATHWAY_STEPS);
            for (String id : pathway.steps()) {
                MapNode node = map.node(id).orElseThrow();
                Label step = ProfileText.text(StepDescriptions.accessibleText(map, node, java.util.Optional.of(pathway)),
                        Styles.BODY_TEXT);
                steps.getChildren().add(step);
            }
            box.getChildren().add(steps);
            List<String> helps = helpsAlong(map, pathway);
            if (!helps.isEmpty()) {
                box.getChildren().add(ProfileText.text("Helps along the way: " + String.join(", ", helps), Styles.BODY_TEXT));
            }
            String last = pathway.steps().get(pathway.steps().size() - 1);
            List<String> next = graph.successors(last).stream()
                    .map(id -> map.node(id).orElseThrow().title()).toList();
            if (!next.isEmpty()) {
                box.getChildren().add(ProfileText.text("Then, with experience: " + String.join(", ", next), Styles.BODY_TEXT));
            }
            nodes.add(box);
        }
        ScrollPane page = ProfileText.page("map-list", nodes.toArray(Node[]::new));
        page.setAccessibleText("Route map as a list");
        return page;
    }

    /** Steps joined to the pathway only by optional edges: they help but are not required. */
    static List<String> helpsAlong(RouteMap map, Pathway pathway) {
        Set<String> helps = new LinkedHashSet<>();
        for (MapEdge edge : map.edges()) {
            if (edge.optional() && pathway.steps().contains(edge.to()) && !pathway.steps().contains(edge.from())) {
                helps.add(map.node(edge.from()).orElseThrow().title());
            }
        }
        return List.copyOf(helps);
    }
}
