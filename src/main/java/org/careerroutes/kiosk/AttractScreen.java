package org.careerroutes.kiosk;

import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.model.Profile;

import java.util.List;

/**
 * What the kiosk shows between visitors: the job's name in large type, "Touch to explore", and
 * a calm showcase of the profile that changes every few seconds with a slow fade. Where the kiosk
 * counts visits, it says so in one line, and after a visitor ends their visit it asks the one-tap
 * question for a while. It handles no input itself: the kiosk starts a visit on any touch or key
 * wherever it lands, but on the question.
 */
final class AttractScreen extends VBox {

    static final Duration CARD_TIME = Duration.seconds(7);
    private static final Duration FADE = Duration.millis(700);

    private final List<Showcase.Card> cards;
    private final Label cardLabel = ProfileText.text("", KioskStyles.SHOWCASE_LABEL);
    private final Label headline = ProfileText.text("", KioskStyles.SHOWCASE_HEADLINE);
    private final Label detail = ProfileText.text("", KioskStyles.SHOWCASE_DETAIL);
    private final VBox card = new VBox(cardLabel, headline, detail);
    private final Timeline rotation = new Timeline(new KeyFrame(CARD_TIME, e -> fadeToNext()));
    private final FadeTransition fade = new FadeTransition(FADE, card);
    private final QuestionCard question = new QuestionCard();
    private int shown;

    /** The line that tells every visitor, before they touch anything, that the stand counts visits. */
    static final String COUNTING_NOTICE = "This stand counts visits, not visitors.";

    /** A screen that counts no visits. */
    AttractScreen(Profile profile) {
        this(profile, false);
    }

    /** @param counting the stand counts visits: say so, and the question may be asked */
    AttractScreen(Profile profile, boolean counting) {
        setId("attract-screen");
        getStyleClass().add(KioskStyles.ATTRACT_SCREEN);
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText("Touch to explore: " + profile.title());

        Label brand = ProfileText.text("Career Routes", KioskStyles.ATTRACT_BRAND);
        Label title = ProfileText.text(profile.title(), KioskStyles.ATTRACT_TITLE);
        title.setId("attract-title");
        Label summary = ProfileText.text(profile.summary(), KioskStyles.ATTRACT_SUMMARY);
        summary.setId("attract-summary");
        card.setId("showcase-card");
        card.getStyleClass().add(KioskStyles.SHOWCASE_CARD);
        cardLabel.setId("showcase-label");
        headline.setId("showcase-headline");
        detail.setId("showcase-detail");
        Label touch = new Label("Touch to explore");
        touch.setId("attract-touch");
        touch.getStyleClass().add(KioskStyles.ATTRACT_TOUCH);
        getChildren().addAll(brand, title, summary, card, question, touch);
        if (counting) {
            Label notice = ProfileText.text(COUNTING_NOTICE, KioskStyles.ATTRACT_NOTICE);
            notice.setId("attract-notice");
            getChildren().add(notice);
        }

        cards = Showcase.of(profile);
        rotation.setCycleCount(Timeline.INDEFINITE);
        // The question takes the showcase's place while it is asked, so that both fit a small screen.
        card.managedProperty().bind(question.visibleProperty().not());
        card.visibleProperty().bind(question.visibleProperty().not().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !cards.isEmpty())));
        showCard(0);
    }

    /** Starts the showcase turning; the screen itself takes the keyboard focus. */
    void start() {
        if (cards.size() > 1) {
            rotation.playFromStart();
        }
        requestFocus();
    }

    /** Stops the showcase, so that nothing keeps running once a visit starts. */
    void stop() {
        question.hide();
        rotation.stop();
        fade.stop();
        card.setOpacity(1);
    }

    /** Asks "Did you find out something new?" for a while; an answer goes to {@code answered}. */
    void ask(java.util.function.Consumer<org.careerroutes.kiosk.insights.Answer> answered) {
        question.ask(answered);
    }

    /** The question, whose touches and keys are its own rather than the start of a visit. */
    QuestionCard question() {
        return question;
    }

    /** The card on show, for tests. */
    String headline() {
        return headline.getText();
    }

    private void fadeToNext() {
        fade.setFromValue(1);
        fade.setToValue(0);
        fade.setOnFinished(e -> {
            showCard((shown + 1) % cards.size());
            fade.setFromValue(0);
            fade.setToValue(1);
            fade.setOnFinished(null);
            fade.playFromStart();
        });
        fade.playFromStart();
    }

    private void showCard(int index) {
        if (cards.isEmpty()) {
            return;
        }
        shown = index;
        Showcase.Card showing = cards.get(index);
        cardLabel.setText(showing.label());
        headline.setText(showing.headline());
        detail.setText(showing.detail().orElse(""));
        detail.setVisible(showing.detail().isPresent());
        detail.setManaged(showing.detail().isPresent());
        card.setAccessibleText(showing.label() + ": " + showing.headline() + showing.detail().map(d -> " " + d).orElse(""));
    }
}
