package org.careerroutes.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TabOut;

/**
 * Above the tabs, while a watched profile file has problems ({@code --watch}): what they mean
 * for what is shown, and each problem as {@code file:line:col: message}, selectable so it can be
 * copied. Gone as soon as the file is mended.
 */
final class ContentProblemsBar {

    private ContentProblemsBar() {
    }

    static Node create(WatchedContent model) {
        Label headline = ProfileText.text("", Styles.BODY_TEXT);
        headline.setId("content-problems-headline");
        headline.textProperty().bind(model.headlineProperty());
        TextArea lines = new TextArea();
        lines.setId("content-problem-list");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setAccessibleText("Problems in the profile file");
        TabOut.install(lines);
        lines.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        model.problems().addListener((ListChangeListener<String>) change ->
                lines.setPrefRowCount(Math.min(6, Math.max(1, model.problems().size()))));
        VBox bar = new VBox(headline, lines);
        bar.setId("content-problems");
        bar.getStyleClass().add(WindowStyles.CONTENT_PROBLEMS);
        bar.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
