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

    public static TextPage skillsAndSubjects(Profile profile) {
        VBox skills = new VBox(ProfileText.heading(profile.skills().heading(), Styles.HEADING_1),
                ProfileText.chips(profile.skills().items()));
        skills.setId("skills");
        skills.getStyleClass().add(PageStyles.SECTION);
        VBox subjects = new VBox(ProfileText.heading(profile.subjects().heading(), Styles.HEADING_1),
                ProfileText.chips(profile.subjects().items()));
        subjects.setId("subjects");
        subjects.getStyleClass().add(PageStyles.SECTION);
        List<Node> nodes = new ArrayList<>(List.of(skills));
        addFacts(nodes, profile, "skills");
        nodes.add(subjects);
        addFacts(nodes, profile, "subjects");
        return page(ProfileSection.SKILLS, profile, nodes);
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
