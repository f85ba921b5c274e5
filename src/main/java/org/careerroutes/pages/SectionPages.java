package org.careerroutes.pages;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tabs that show one or two plain sections of the profile: duties, skills and subjects,
 * workplaces and career path. Each shows its section's facts from beyond the profile below it.
 */
public final class SectionPages {

    private SectionPages() {
    }

    public static TextPage duties(Profile profile) {
        return page(ProfileSection.DUTIES, profile, sectionWithFacts(profile, profile.duties(), "duties"));
    }

    /**
     * The skills, shown by {@code skillList} (the window gives the student's own ratings of them,
     * each card naming its skill; it is given a way to move to the subjects below), then the subjects.
     */
    public static TextPage skillsAndSubjects(Profile profile, Function<Runnable, Node> skillList) {
        VBox subjects = new VBox(ProfileText.heading(profile.subjects().heading(), Styles.HEADING_1),
                ProfileText.chips(profile.subjects().items()));
        subjects.setId("subjects");
        subjects.getStyleClass().add(PageStyles.SECTION);
        subjects.setFocusTraversable(false);
        subjects.setAccessibleText(profile.subjects().heading());
        TextPage[] page = new TextPage[1];
        VBox skills = new VBox(ProfileText.heading(profile.skills().heading(), Styles.HEADING_1),
                skillList.apply(() -> page[0].reveal("subjects")));
        skills.setId("skills");
        skills.getStyleClass().add(PageStyles.SECTION);
        List<Node> nodes = new ArrayList<>(List.of(skills));
        addFacts(nodes, profile, "skills");
        nodes.add(subjects);
        addFacts(nodes, profile, "subjects");
        page[0] = new TextPage(ProfileText.page(ProfileSection.SKILLS.pageId(), nodes.toArray(Node[]::new)),
                Map.of("subjects", subjects));
        return page[0];
    }

    public static TextPage workplaces(Profile profile) {
        return page(ProfileSection.WORKPLACES, profile, sectionWithFacts(profile, profile.workplaces(), "workplaces"));
    }

    public static TextPage careerPath(Profile profile) {
        return page(ProfileSection.CAREER_PATH, profile, sectionWithFacts(profile, profile.careerPath(), "careerPath"));
    }

    private static List<Node> sectionWithFacts(Profile profile, Section section, String key) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(ProfileText.section(section, Styles.HEADING_1));
        addFacts(nodes, profile, key);
        return nodes;
    }

    static void addFacts(List<Node> nodes, Profile profile, String key) {
        profile.factsAbout(key).forEach(fact -> nodes.add(ProfileText.fact(fact)));
    }

    private static TextPage page(ProfileSection section, Profile profile, List<Node> nodes) {
        return new TextPage(ProfileText.page(section.pageId(), nodes.toArray(Node[]::new)));
    }
}
