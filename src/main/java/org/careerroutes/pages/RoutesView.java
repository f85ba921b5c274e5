package org.careerroutes.pages;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "How to become one": the introduction, the registration every route leads to, and a card
 * per route with its entry requirements and extra facts.
 */
public final class RoutesView {

    private RoutesView() {
    }

    /** The page, with an anchor for each route (by id) and for the registration callout. */
    public static TextPage create(Profile profile) {
        Map<String, Node> anchors = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        nodes.add(ProfileText.section(profile.entryRoutes().introduction(), Styles.HEADING_1));
        SectionPages.addFacts(nodes, profile, "entryRoutes");

        FlowPane jumps = new FlowPane();
        jumps.getStyleClass().add(PageStyles.JUMP_LINKS);
        jumps.setId("route-jumps");
        jumps.getChildren().add(ProfileText.text("Go to a route:", Styles.MUTED));
        nodes.add(jumps);

        profile.registration().ifPresent(registration -> {
            Node callout = registrationCallout(profile, registration);
            anchors.put("registration", callout);
            nodes.add(callout);
        });

        List<Node> cards = new ArrayList<>();
        List<Node> scrollTargets = new ArrayList<>();
        Optional<String> group = Optional.empty();
        for (EntryRoute route : profile.entryRoutes().routes()) {
            Node card = routeCard(profile, route);
            Node target = card;
            if (route.group().isPresent() && !route.group().equals(group)) {
                Node heading = ProfileText.heading(route.group().get(), Styles.HEADING_1);
                nodes.add(heading);
                target = heading;
            }
            group = route.group();
            cards.add(card);
            anchors.put(route.id(), card);
            scrollTargets.add(target);
            nodes.add(card);
        }
        TextPage page = new TextPage(ProfileText.page(ProfileSection.ROUTES.pageId(), nodes.toArray(Node[]::new)),
                anchors);
        for (int i = 0; i < cards.size(); i++) {
            EntryRoute route = profile.entryRoutes().routes().get(i);
            Node card = cards.get(i);
            Node target = scrollTargets.get(i);
            Button jump = new Button(route.title());
            jump.setId("jump-" + route.id());
            jump.getStyleClass().add(PageStyles.JUMP_LINK);
            jump.setAccessibleText("Go to " + route.title());
            // Focus moves to the card, so the next Tab carries on from there (and a screen reader
            // reads the route's name); the group heading above a first card stays in view.
            jump.setOnAction(e -> {
                card.requestFocus();
                page.scrollTo(target);
            });
            jumps.getChildren().add(jump);
        }
        return page;
    }

    private static Node registrationCallout(Profile profile, Section registration) {
        Label badge = ProfileText.text("Whichever route you take", Styles.CALLOUT_BADGE);
        VBox box = new VBox(badge, ProfileText.section(registration, Styles.HEADING_2));
        List<Node> facts = new ArrayList<>();
        SectionPages.addFacts(facts, profile, "registration");
        box.getChildren().addAll(facts);
        box.setId("registration");
        box.getStyleClass().add(Styles.CALLOUT);
        return box;
    }

    private static Node routeCard(Profile profile, EntryRoute route) {
        VBox card = new VBox(
                ProfileText.heading(route.title(), Styles.HEADING_2),
                ProfileText.blocks(route.blocks()));
        VBox requirements = ProfileText.section(route.entryRequirements(), Styles.HEADING_3);
        requirements.getStyleClass().add(PageStyles.ENTRY_REQUIREMENTS);
        card.getChildren().add(requirements);
        List<Node> facts = new ArrayList<>();
        SectionPages.addFacts(facts, profile, route.id());
        card.getChildren().addAll(facts);
        card.setId("route-" + route.id());
        card.getStyleClass().addAll(Styles.CARD, PageStyles.ROUTE_CARD);
        card.setFocusTraversable(false);
        card.setAccessibleText(route.title());
        return card;
    }
}
