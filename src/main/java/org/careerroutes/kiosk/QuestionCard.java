package org.careerroutes.kiosk;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.careerroutes.kiosk.insights.Answer;
import org.careerroutes.kit.ProfileText;

import java.util.function.Consumer;

/**
 * The one-tap question on the attract screen after a visitor ends their visit: "Did you find out
 * something new?" Yes / A bit / No, or Skip. Never required: it goes by itself after
 * {@link #SHOWN_FOR}, a touch anywhere else starts the next visit as always, and one answer is
 * taken, then "Thank you". The answer is counted on its own, never with the visit before it.
 */
final class QuestionCard extends VBox {

    static final Duration SHOWN_FOR = Duration.seconds(20);
    private static final Duration THANKS_FOR = Duration.seconds(3);

    private final Label question = ProfileText.text(Answer.QUESTION, KioskStyles.QUESTION_TEXT);
    private final HBox answers = new HBox();
    private final Label thanks = ProfileText.text("Thank you.", KioskStyles.QUESTION_TEXT);
    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);
    private Consumer<Answer> onAnswer = answer -> { };

    QuestionCard() {
        setId("visit-question");
        getStyleClass().add(KioskStyles.QUESTION_CARD);
        setAlignment(Pos.CENTER);
        setAccessibleRole(AccessibleRole.NODE);
        question.setId("visit-question-text");
        thanks.setId("visit-question-thanks");
        answers.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        answers.setAlignment(Pos.CENTER);
        for (Answer answer : Answer.values()) {
            Button button = new Button(answer.words());
            button.setId("answer-" + answer.key());
            button.getStyleClass().add(KioskStyles.QUESTION_ANSWER);
            button.setAccessibleText(Answer.QUESTION + " " + answer.words());
            button.setOnAction(e -> answer(answer));
            answers.getChildren().add(button);
        }
        Button skip = new Button("Skip");
        skip.setId("answer-skip");
        skip.getStyleClass().add(KioskStyles.KIOSK_SECONDARY);
        skip.setAccessibleText("Skip the question");
        skip.setOnAction(e -> hide());
        answers.getChildren().add(skip);
        getChildren().addAll(question, answers);
        timeout.setOnFinished(e -> hide());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Asks the question, for a while; an answer goes to {@code onAnswer}, once. */
    void ask(Consumer<Answer> answered) {
        this.onAnswer = answered;
        getChildren().setAll(question, answers);
        setVisible(true);
        setManaged(true);
        timeout.setDuration(SHOWN_FOR);
        timeout.playFromStart();
    }

    void hide() {
        timeout.stop();
        onAnswer = answer -> { };
        boolean hadFocus = isFocusWithin();
        setVisible(false);
        setManaged(false);
        if (hadFocus && getParent() != null) {
            getParent().requestFocus();   // the attract screen, so that a key still starts a visit
        }
    }

    boolean isAsking() {
        return isVisible() && getChildren().contains(answers);
    }

    /** Whether a touch or key on this node is for the question (and not a visitor starting a visit). */
    boolean holds(Object target) {
        if (!isVisible()) {
            return false;
        }
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == this) {
                return true;
            }
        }
        return false;
    }

    private void answer(Answer answer) {
        Consumer<Answer> taking = onAnswer;
        onAnswer = a -> { };
        taking.accept(answer);
        getChildren().setAll(thanks);
        timeout.setDuration(THANKS_FOR);
        timeout.playFromStart();
    }
}
