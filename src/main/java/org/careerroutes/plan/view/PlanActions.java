package org.careerroutes.plan.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.function.Consumer;

/**
 * The foot of the My plan tab: the ways to keep the plan or take it away (each offered only
 * where this machine allows it), what the page is busy with while a file is written or a handout
 * made (the buttons wait meanwhile), a question before something that cannot be undone, and what
 * happened last. Binds to a {@link MyPlanModel}.
 */
final class PlanActions {

    /** A status that says something went wrong. */

    private PlanActions() {
    }

    static Node create(MyPlanModel model) {
        FlowPane buttons = new FlowPane();
        buttons.getStyleClass().add(PlanStyles.ACTIONS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (model.offersCode()) {
            buttons.getChildren().add(button("Take this with you", "my-plan-take-away",
                    "Show a code your phone's camera can read, holding your plan", model::showCode));
        }
        if (model.offersPdf()) {
            buttons.getChildren().add(button("Save as PDF\u2026", "my-plan-pdf", "Save your plan as a PDF handout",
                    model::savePdf));
        }
        if (model.offersPrint()) {
            Button print = button("Print\u2026", "my-plan-print", "Print your plan", model::print);
            if (!model.canPrint()) {
                print.setDisable(true);
                print.setAccessibleText("Print: no printer is set up on this computer");
            }
            buttons.getChildren().add(print);
        }
        if (model.offersFiles()) {
            buttons.getChildren().add(button("Save plan as\u2026", "my-plan-save-as",
                    "Save your plan as a file, for a USB stick or your school drive", model::saveAs));
            buttons.getChildren().add(button("Open plan\u2026", "my-plan-open", "Open a plan file you saved before",
                    model::open));
        }
        buttons.getChildren().add(button("Clear my plan\u2026", "my-plan-clear",
                "Clear my plan for this job, or everything about me", model::askToClear));

        Label status = status("my-plan-status", model.statusProperty(), model.statusIsProblemProperty());
        // While a file is written or a handout made: what is happening, and the buttons wait.
        HBox busy = busy("my-plan-busy", model.busyTextProperty(), model.busyProperty());
        buttons.disableProperty().bind(model.busyProperty().or(model.readingProperty()));

        VBox questionBox = new VBox();
        questionBox.setId("my-plan-question");
        questionBox.getStyleClass().addAll(Styles.CALLOUT, PlanStyles.QUESTION);
        Consumer<MyPlanModel.Question> ask = question -> {
            questionBox.getChildren().clear();
            questionBox.setVisible(question != null);
            questionBox.setManaged(question != null);
            if (question == null) {
                return;
            }
            Label text = ProfileText.text(question.text(), Styles.BODY_TEXT);
            Button yes = button(question.yes(), "my-plan-question-yes", question.yes(), () -> model.answer(true));
            Button no = button(question.no(), "my-plan-question-no", question.no(), () -> model.answer(false));
            FlowPane answers = new FlowPane(yes);
            question.other().ifPresent(other -> answers.getChildren().add(button(other.label(), "my-plan-question-other",
                    other.label(), model::answerOther)));
            answers.getChildren().add(no);
            answers.getStyleClass().add(PlanStyles.ACTIONS);
            questionBox.getChildren().addAll(text, answers);
            no.requestFocus();   // the safe answer first
        };
        model.questionProperty().addListener((obs, old, question) -> ask.accept(question));
        ask.accept(model.questionProperty().get());
        return new VBox(buttons, busy, questionBox, status);
    }

    /** What happened last, shown while there is something to say, marked {@code :problem} when it went wrong. */
    static Label status(String id, ObservableStringValue text, ObservableBooleanValue problem) {
        Label status = ProfileText.text("", Styles.BODY_TEXT, PlanStyles.STATUS);
        status.setId(id);
        status.textProperty().bind(text);
        status.visibleProperty().bind(Bindings.isNotEmpty(text));
        status.managedProperty().bind(status.visibleProperty());
        status.pseudoClassStateChanged(Styles.PROBLEM, problem.get());
        problem.addListener((obs, old, now) -> status.pseudoClassStateChanged(Styles.PROBLEM, now));
        return status;
    }

    /** A spinner and what the page is busy with, shown while it is. */
    static HBox busy(String id, ObservableStringValue what, ObservableBooleanValue shown) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add(PlanStyles.BUSY_SPINNER);
        Label text = ProfileText.text("", Styles.BODY_TEXT);
        text.textProperty().bind(what);
        HBox busy = new HBox(spinner, text);
        busy.setId(id);
        busy.getStyleClass().add(PlanStyles.BUSY);
        busy.visibleProperty().bind(shown);
        busy.managedProperty().bind(busy.visibleProperty());
        return busy;
    }

    /** A button of the plan's pages: its words, id, the name a screen reader reads, and what it does; never squeezed. */
    static Button button(String text, String id, String accessible, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setWrapText(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
