package org.careerroutes.pages;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;

import java.util.ArrayList;
import java.util.List;

/** The first page: the job, its one-line summary, and a way into each section. */
public final class OverviewView {

    private OverviewView() {
    }

    public static TextPage create(Profile profile, SectionNavigator navigator) {
        return create(profile, navigator, java.util.Optional.empty());
    }

    /** @param more a part the window adds at the end (its "Jobs like this", where there are other jobs) */
    public static TextPage create(Profile profile, SectionNavigator navigator, java.util.Optional<Node> more) {
        Label title = ProfileText.heading(profile.title(), Styles.TITLE);
        title.setId("overview-title");
        Label summary = ProfileText.text(profile.summary(), Styles.LEAD);
        summary.setId("overview-summary");

        int routes = profile.entryRoutes().routes().size();
        List<Node> buttons = List.of(
                link(ProfileSection.DUTIES, profile.duties().heading(),
                        count(profile.duties().items().size(), "day-to-day duty", "day-to-day duties"), navigator),
                link(ProfileSection.ROUTES, profile.entryRoutes().introduction().heading(),
                        count(routes, "route", "routes") + ", each with its entry requirements", navigator),
                link(ProfileSection.ROUTE_MAP, profile.routeMap()
                                .map(m -> "From " + m.stages().get(0).title() + " to "
                                        + m.stages().get(m.stages().size() - 1).title().toLowerCase(java.util.Locale.UK))
                                .orElse("Every route at a glance"),
                        profile.routeMap().map(m -> count(m.pathways().size(), "pathway", "pathways") + " to compare, step by step")
                                .orElse("See How to become one"), navigator),
                link(ProfileSection.ON_TRACK, "Do my qualifications meet each route's usual entry requirements?",
                        "Add your grades, achieved or predicted", navigator),
                link(ProfileSection.SKILLS, profile.skills().heading() + " · " + profile.subjects().heading(),
                        count(profile.skills().items().size(), "skill", "skills") + ", "
                                + count(profile.subjects().items().size(), "subject", "subjects"), navigator),
                link(ProfileSection.WORKPLACES, profile.workplaces().heading(), firstSentence(profile.workplaces()), navigator),
                link(ProfileSection.CAREER_PATH, profile.careerPath().heading(), firstSentence(profile.careerPath()), navigator),
                link(ProfileSection.COMPARE, "How long, paid or not, and what do I end up with?",
                        "The routes side by side, and a timeline from where you are now", navigator),
                link(ProfileSection.MY_PLAN, "Keep your choices, notes and verdicts in one place",
                        "Print it, save it as a PDF, or take it with you", navigator));
        GridPane links = new GridPane();
        links.setId("overview-sections");
        links.getStyleClass().add(PageStyles.SECTION_LINKS);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            links.getColumnConstraints().add(half);
        }
        for (int i = 0; i < buttons.size(); i++) {
            links.add(buttons.get(i), i % 2, i / 2);
            GridPane.setFillHeight(buttons.get(i), true);
        }
        if (buttons.size() % 2 == 1) {
            // An odd last card spans both columns, so the grid ends square.
            GridPane.setColumnSpan(buttons.get(buttons.size() - 1), 2);
        }

        List<Node> children = new ArrayList<>(List.of(title, summary));
        SectionPages.addFacts(children, profile, "summary");
        profile.salary().ifPresent(s -> children.add(ProfileText.detail("Salary", s)));
        profile.hours().ifPresent(h -> children.add(ProfileText.detail("Working hours", h)));
        children.add(ProfileText.heading("Explore this job", Styles.HEADING_2));
        children.add(links);
        more.ifPresent(children::add);
        return new TextPage(ProfileText.page(ProfileSection.OVERVIEW.pageId(), children.toArray(Node[]::new)));
    }

    /** The section's own opening words, so the card says what the section says. */
    private static String firstSentence(Section section) {
        return section.blocks().get(0).texts().get(0);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * A card that acts as a button: a real Button cannot hold wrapping text (its skin measures
     * the graphic at no width), so the card takes focus, Enter and Space, and says it is a button.
     */
    private static Node link(ProfileSection section, String question, String teaser,
                             SectionNavigator navigator) {
        VBox card = new VBox(
                ProfileText.text(section.title(), Styles.SECTION_LINK_TITLE),
                ProfileText.text(question, Styles.SECTION_LINK_TEASER),
                ProfileText.text(teaser, Styles.MUTED));
        card.setId("open-" + section.tabId().substring(4));
        card.getStyleClass().add(Styles.SECTION_LINK);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(section.title() + ": " + question + " " + teaser);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                navigator.show(section);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                navigator.show(section);
                e.consume();
            }
        });
        return card;
    }
}
