package org.careerroutes.eligibility;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Pathway;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Your routes": a card per route with its verdict for the student's qualifications, what is
 * missing in plain English, each rule with a symbol and words, later checkpoints with their
 * source, and a link to the route on the map.
 */
public final class VerdictsView extends VBox {

    private final MyQualifications mine;
    private final Consumer<String> showPathway;

    /** @param showPathway shows a pathway (by id) on the route map */
    public VerdictsView(MyQualifications mine, Consumer<String> showPathway) {
        this.mine = mine;
        this.showPathway = showPathway;
        setId("route-verdicts");
        getStyleClass().add(OnTrackStyles.ROUTE_VERDICTS);
        mine.verdictsProperty().addListener((obs, old, now) -> show(now));
        show(mine.verdictsProperty().get());
    }

    private void show(List<RouteVerdict> verdicts) {
        getChildren().setAll(ProfileText.heading("Your routes", Styles.HEADING_2));
        if (mine.isEmpty()) {
            getChildren().add(ProfileText.text("Add your qualifications to see, for each route, whether you meet "
                    + "its usual entry requirements and what you still need.", Styles.MUTED, OnTrackStyles.VERDICTS_EMPTY));
        } else if (onlyBeyondSchool()) {
            Label note = ProfileText.text("You have added what you studied after school but no GCSEs or A levels. "
                    + "Routes that start "
                    + "before a degree ask for those: add them too, or those routes say not yet.", Styles.BODY_TEXT);
            note.setId("verdicts-add-school");
            getChildren().add(note);
        }
        verdicts.forEach(v -> getChildren().add(card(v)));
    }

    private Node card(RouteVerdict verdict) {
        EntryRoute route = verdict.route();
        String id = "verdict-" + route.id();
        VerdictCard says = VerdictCard.of(verdict, !mine.isEmpty());
        VBox card = new VBox();
        card.setId(id);
        card.getStyleClass().addAll(Styles.CARD, OnTrackStyles.VERDICT_CARD);
        card.getChildren().add(ProfileText.heading(route.title(), Styles.HEADING_3));
        says.headline().ifPresent(headline -> {
            Label label = ProfileText.text(headline.text(), OnTrackStyles.VERDICT_HEADLINE, Styles.MARK);
            Styles.markState(label, headline.styleKey());
            label.setId(id + "-headline");
            label.setMaxWidth(Double.MAX_VALUE);
            card.getChildren().add(label);
        });
        says.intro().forEach(line -> card.getChildren().add(ProfileText.text(line, Styles.BODY_TEXT,
                OnTrackStyles.VERDICT_REACHED)));
        if (!says.needs().isEmpty()) {
            card.getChildren().add(ProfileText.text("You need:", Styles.BODY_TEXT));
            card.getChildren().add(bullets(says.needs(), id + "-missing"));
        }
        says.alternatives().forEach(line -> {
            Label alternative = ProfileText.text(line, Styles.BODY_TEXT, OnTrackStyles.VERDICT_ALTERNATIVE);
            alternative.setId(id + "-alternative");
            card.getChildren().add(alternative);
        });
        for (VerdictCard.Group group : says.groups()) {
            card.getChildren().add(group.checkpoint() ? ProfileText.heading(group.heading(), OnTrackStyles.HEADING_4)
                    : ProfileText.text(group.heading(), Styles.MUTED));
            card.getChildren().add(ruleLines(group.lines()));
            group.source().ifPresent(source -> card.getChildren().add(ProfileText.text("Source: " + source
                    + group.checked().map(c -> " (checked " + ProfileText.month(c) + ")").orElse(""), Styles.FACT_SOURCE)));
        }
        pathwayFor(verdict).ifPresent(pathway -> {
            Hyperlink map = new Hyperlink("Show this route on the route map");
            map.setId(id + "-map");
            map.setWrapText(true);
            map.setOnAction(e -> showPathway.accept(pathway.id()));
            card.getChildren().add(map);
        });
        return card;
    }

    /** Whether everything entered is beyond school (a degree, an HND...), with no GCSEs, A levels or college ones. */
    private boolean onlyBeyondSchool() {
        return mine.entered().stream().anyMatch(q -> q.type().isHigherEducation())
                && mine.entered().stream().noneMatch(q -> q.type() == QualificationType.GCSE
                        || q.type() == QualificationType.A_LEVEL || q.type() == QualificationType.OTHER_LEVEL_3);
    }

    /** The route's pathway on the map: for a route with ways in, the one through the way the card is about. */
    private Optional<Pathway> pathwayFor(RouteVerdict verdict) {
        List<Pathway> following = mine.profile().routeMap().map(map -> map.pathways().stream()
                .filter(p -> p.route().filter(verdict.route().id()::equals).isPresent()).toList()).orElse(List.of());
        return verdict.way().flatMap(w -> w.step()).flatMap(step -> following.stream()
                .filter(p -> p.steps().contains(step)).findFirst()).or(() -> following.stream().findFirst());
    }

    private static Node ruleLines(List<String> texts) {
        VBox lines = new VBox();
        lines.getStyleClass().add(OnTrackStyles.RULE_LINES);
        texts.forEach(text -> lines.getChildren().add(ProfileText.text(text, Styles.BODY_TEXT, OnTrackStyles.RULE_LINE)));
        return lines;
    }

    private static Node bullets(List<String> items, String id) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add(OnTrackStyles.MISSING_LIST);
        items.forEach(item -> box.getChildren().add(ProfileText.text("\u2717 " + item, Styles.BODY_TEXT, OnTrackStyles.MISSING_ITEM)));
        return box;
    }
}
