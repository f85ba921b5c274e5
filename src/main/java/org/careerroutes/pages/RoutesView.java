package org.careerroutes.ui.views;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;
import org.careerroutes.ui.ProfileSection;
import org.careerroutes.ui.ProfileText;
import org.careerroutes.ui.Styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "How to become one": the introduction, the registration every route leads to, and a card
 * per route with its entry requirements and extra facts.
 */
public final class RoutesView {

    private RoutesView() {
    }

    public static Node create(Profile profile) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(ProfileText.section(profile.entryRoutes().introduction(), Styles.HEADING_1));
        SectionPages.addFacts(nodes, profile, "entryRoutes");

        FlowPane jumps = new FlowPane();
        jumps.getStyleClass().add("jump-links");
        jumps.setId("route-jumps");
        jumps.getChildren().add(ProfileText.text("Go to a route:", Styles.MUTED));
        nodes.add(jumps);

        profile.registration().ifPresent(registration -> nodes.add(registrationCallout(profile, registration)));

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
            scrollTargets.add(target);
            nodes.add(card);
        }
        ScrollPane page = ProfileText.page(ProfileSection.ROUTES.pageId(), nodes.toArray(Node[]::new));
        for (int i = 0; i < cards.size(); i++) {
            EntryRoute route = profile.entryRoutes().routes().get(i);
            Node card = cards.get(i);
            Node target = scrollTargets.get(i);
            Button jump = new Button(route.title());
            jump.setId("jump-" + route.id());
            jump.getStyleClass().add("jump-link");
            jump.setAccessibleText("Go to " + route.title());
            // Focus moves to the card, so the next Tab carries on from there (and a screen reader
            // reads the route's name); the group heading above a first card stays in view.
            jump.setOnAction(e -> {
                card.requestFocus();
                scrollTo(page, target);
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
        requirements.getStyleClass().add("entry-requirements");
        card.getChildren().add(requirements);
        List<Node> facts = new ArrayList<>();
        SectionPages.addFacts(facts, profile, route.id());
        card.getChildren().addAll(facts);
        card.setId("route-" + route.id());
        card.getStyleClass().addAll(Styles.CARD, "route-card");
        card.setFocusTraversable(false);
        card.setAccessibleText(route.title());
        return card;
    }

    /** Scrolls so that {@code target} (inside the page) sits at the top of the view. */
    public static void scrollTo(ScrollPane page, Node target) {
        Node content = page.getContent();
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
        if (scrollable > 0) {
            page.setVvalue(Math.max(0, Math.min(1, inContent.getMinY() / scrollable)));
        }
    }
}
