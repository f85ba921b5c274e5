package org.careerroutes.kiosk;

import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.careerroutes.kit.ProfileText;

import java.util.List;

/**
 * What the kiosk shows between visitors: the job's name in large type, "Touch to explore", and
 * a calm showcase of the profile that changes every few seconds with a slow fade; at a stand of
 * several jobs, how many there are and their titles in turn ({@link Stand}). Where the kiosk
 * counts visits, it says so in one line, and after a visitor ends their visit it asks the one-tap
 * question for a while. It handles no input itself: the kiosk starts a visit on any touch or key
 * wherever it lands, but on the question.
 */
final class AttractScreen extends VBox {

    static final Duration CARD_TIME = Duration.seconds(7);
    private static final Duration FADE = Duration.millis(700);

    private final ObservableValue<Stand> stand;
    /** Follows the stand while the screen is on show: a folder's jobs arrive as it is read. */
    private final ChangeListener<Stand> standChanged = (obs, old, now) -> showStand(now);
    private List<Showcase.Card> cards = List.of();
    private final javafx.beans.property.BooleanProperty hasCards = new javafx.beans.property.SimpleBooleanProperty();
    private final Label cardLabel = ProfileText.text("", KioskStyles.SHOWCASE_LABEL);
    private final Label headline = ProfileText.text("", KioskStyles.SHOWCASE_HEADLINE);
    private final Label detail = ProfileText.text("", KioskStyles.SHOWCASE_DETAIL);
    private final VBox card = new VBox(cardLabel, headline, detail);
    private final Timeline rotation = new Timeline(new KeyFrame(CARD_TIME, e -> fadeToNext()));
    private final FadeTransition fade = new FadeTransition(FADE, card);
    private final QuestionCard question = new QuestionCard();
    private final Label title = ProfileText.text("", KioskStyles.ATTRACT_TITLE);
    private final Label summary = ProfileText.text("", KioskStyles.ATTRACT_SUMMARY);
    private int shown;
    private boolean started;

    /** The line that tells every visitor, before they touch anything, that the stand counts visits. */
    static final String COUNTING_NOTICE = "This stand counts visits, not visitors.";

    /**
     * @param stand     what the stand offers, followed while the screen is on show
     * @param counting  the stand counts visits: say so, and the question may be asked
     * @param firstCard the card shown first (counted round the cards), so that successive
     *                  visitors to a stand of many jobs do not all see the same few titles
     */
    AttractScreen(ObservableValue<Stand> stand, boolean counting, int firstCard) {
        this.stand = stand;
        setId("attract-screen");
        getStyleClass().add(KioskStyles.ATTRACT_SCREEN);
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);

        Label brand = ProfileText.text("Career Routes", KioskStyles.ATTRACT_BRAND);
        title.setId("attract-title");
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

        rotation.setCycleCount(Timeline.INDEFINITE);
        // The question takes the showcase's place while it is asked, so that both fit a small screen.
        card.managedProperty().bind(question.visibleProperty().not());
        card.visibleProperty().bind(question.visibleProperty().not().and(hasCards));
        shown = Math.max(0, firstCard);
        showStand(stand.getValue());
    }

    /** Starts the showcase turning; the screen itself takes the keyboard focus. */
    void start() {
        started = true;
        stand.addListener(standChanged);
        showStand(stand.getValue());
        requestFocus();
    }

    /** Stops the showcase, so that nothing keeps running once a visit starts. */
    void stop() {
        started = false;
        stand.removeListener(standChanged);
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

    /**
     * Shows what the stand offers now: its headline, its summary, and the cards, carrying on from
     * the card on show. The showcase turns while there is more than one card.
     */
    private void showStand(Stand now) {
        title.setText(now.headline());
        summary.setText(now.summary());
        setAccessibleText("Touch to explore: " + now.spokenAs());
        cards = now.cards();
        hasCards.set(!cards.isEmpty());
        showCard(cards.isEmpty() ? 0 : shown % cards.size());
        boolean turning = rotation.getStatus() == javafx.animation.Animation.Status.RUNNING;
        if (started && cards.size() > 1 && !turning) {
            rotation.playFromStart();
        } else if (cards.size() <= 1 && turning) {
            rotation.stop();
        }
    }

    /** The card on show, for tests. */
    String headline() {
        return headline.getText();
    }

    private void fadeToNext() {
        fade.setFromValue(1);
        fade.setToValue(0);
        fade.setOnFinished(e -> {
            if (!cards.isEmpty()) {
                showCard((shown + 1) % cards.size());
            }
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
