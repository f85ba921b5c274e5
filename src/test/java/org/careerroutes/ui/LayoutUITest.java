package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.careerroutes.pages.ProfileSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No text is cut short ("...") on any tab, on a small school screen or a large one. */
class LayoutUITest extends AppUITestBase {

    @ParameterizedTest(name = "{0}x{1} at {2}% text")
    @CsvSource({"1024, 768, 100", "1920, 1080, 100", "1024, 768, 200", "1024, 768, 150"})
    void noLabelIsTruncatedOnAnyTab(double width, double height, int textScale) throws TimeoutException, java.io.IOException {
        settingsDir = java.nio.file.Files.createTempDirectory("career-routes-settings");
        new org.careerroutes.settings.SettingsStore(settingsDir)
                .save(org.careerroutes.settings.Settings.DEFAULTS.withTextScale(textScale));
        launch();
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        // With qualifications entered, so the verdicts and the map's marks are checked too.
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals(ProfileSection.ON_TRACK.tabId())).findFirst().orElseThrow()));
        enterQualification(org.careerroutes.eligibility.QualificationType.GCSE, "Maths", "7", false);
        enterQualification(org.careerroutes.eligibility.QualificationType.GCSE, "English language", "3", false);
        enterQualification(org.careerroutes.eligibility.QualificationType.A_LEVEL, "Physics", "B", true);
        enterQualification(org.careerroutes.eligibility.QualificationType.DEGREE, "Electrical or electronic engineering", "2:2", true);
        List<String> truncated = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            lookup("#pathway-chooser").tryQuery().ifPresent(chooser -> interact(() -> {
                // the longest pathway title, so the chooser is checked at its fullest
                javafx.scene.control.ComboBox<?> box = (javafx.scene.control.ComboBox<?>) chooser;
                box.getSelectionModel().select(1);
            }));
            interact(() -> stage.getScene().getRoot().applyCss());
            interact(() -> stage.getScene().getRoot().layout());
            collectTruncated(stage.getScene().getRoot(), truncated);
            collectOutsideWindow(stage.getScene().getRoot(), stage.getScene().getWidth(), truncated);
            assertTrue(tabs.getTabs().get(i).getContent() != null);
        }
        assertEquals(List.of(), truncated, "labels cut short at " + width + "x" + height + ", " + textScale + "%");
    }

    /**
     * Text that runs past the window's right edge is cut off too. Content that scrolls or pans
     * (pages, the route map, the tab bar's own overflow) is meant to extend beyond, so it is skipped.
     */
    private static void collectOutsideWindow(Node node, double windowWidth, List<String> outside) {
        if (!node.isVisible() || node instanceof javafx.scene.control.ScrollPane
                || node instanceof org.careerroutes.routemap.MapCanvas
                || node.getStyleClass().contains("tab-header-area")) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            double right = labeled.localToScene(labeled.getBoundsInLocal()).getMaxX();
            if (right > windowWidth + 1) {
                outside.add(labeled.getText() + " ends at " + Math.round(right) + " px, past the window's " + windowWidth);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectOutsideWindow(child, windowWidth, outside);
            }
        }
    }

    /** A Label shows "..." through the Text node its skin draws; compare that with the label's text. */
    private static void collectTruncated(Node node, List<String> truncated) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(full)) {
                    truncated.add(labeled.getText() + " -> " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTruncated(child, truncated);
            }
        }
    }
}
