package org.careerroutes.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No text is cut short ("...") on any tab, on a small school screen or a large one. */
class LayoutUITest extends AppUITestBase {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1920, 1080"})
    void noLabelIsTruncatedOnAnyTab(double width, double height) throws TimeoutException {
        launch();
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        List<String> truncated = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            interact(() -> stage.getScene().getRoot().applyCss());
            interact(() -> stage.getScene().getRoot().layout());
            collectTruncated(stage.getScene().getRoot(), truncated);
            assertTrue(tabs.getTabs().get(i).getContent() != null);
        }
        assertEquals(List.of(), truncated, "labels cut short at " + width + "x" + height);
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
