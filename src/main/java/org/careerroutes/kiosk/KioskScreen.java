package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;

import java.util.Optional;

/**
 * What the kiosk shows for one visit, built fresh for each and dropped whole when it ends: the
 * visit's page under its Start again bar, the attract screen over it until the visitor touches
 * it, and the prompts (Still there?, the staff PIN, the Fair report, something to read). While a
 * prompt is up, the visit beneath cannot be touched or reached with Tab; when it goes, focus goes
 * back where it was. The cycle of visits, and what ends one, is {@link KioskShell}'s.
 */
final class KioskScreen {

    /** What the screen's own buttons ask of the kiosk. */
    interface Hooks {
        /** "I'm still here" on the Still there? prompt. */
        void stillHere();

        /** The visitor ended the visit (Start again, or End my visit). */
        void endedByVisitor();
    }

    private final Scene scene;
    private final Visit visit;
    private final Node visitScreen;
    private final AttractScreen attract;
    private final StillTherePrompt stillThere;
    private final PinPrompt pinPrompt;
    private final InfoOverlay info;
    private final Optional<FairReportView> fairReport;
    private final Subscription inScene;
    private Node focusBeforeOverlay;

    /**
     * Puts a new screen in the kiosk's scene, the attract screen on top.
     *
     * @param stand    what the stand offers, as the attract screen tells it
     * @param firstCard the attract screen's first card (see {@link AttractScreen})
     * @param counting the kiosk's visit counts, where it counts: the attract screen says so, and
     *                 staff get the Fair report
     */
    KioskScreen(Scene scene, Visit visit, javafx.beans.value.ObservableValue<Stand> stand, int firstCard, Hooks hooks,
                PinPrompt.Factory pins, Optional<VisitCounting> counting) {
        this.scene = scene;
        this.visit = visit;
        attract = new AttractScreen(stand, counting.isPresent(), firstCard);
        stillThere = new StillTherePrompt(hooks::stillHere, hooks::endedByVisitor);
        pinPrompt = pins.make(this::overlayClosed);
        info = new InfoOverlay(this::overlayClosed);
        fairReport = counting.map(c -> new FairReportView(new FairReportModel(c), this::overlayClosed));
        visitScreen = StartAgainBar.above(visit.root(), hooks::endedByVisitor);
        visitScreen.setVisible(false);
        StackPane root = new StackPane(visitScreen, attract, info);
        fairReport.ifPresent(root.getChildren()::add);
        root.getChildren().addAll(pinPrompt, stillThere);
        root.setId("kiosk-root");
        root.getStyleClass().add(KioskStyles.KIOSK_ROOT);
        scene.setRoot(root);
        inScene = visit.install(scene);
        attract.start();
    }

    /** Stops what the screen has running and takes the visit's shortcuts off the scene. */
    void dispose() {
        inScene.unsubscribe();
        attract.stop();
        pinPrompt.dispose();
        fairReport.ifPresent(FairReportView::dispose);
    }

    /** The visitor touched the attract screen: the visit's first page, with focus in it. */
    void wake() {
        attract.stop();
        attract.setVisible(false);
        visitScreen.setVisible(true);
        visit.begin();
    }

    Visit visit() {
        return visit;
    }

    /** Asks the one-tap question on the attract screen; the answer goes to {@code answered}. */
    void ask(java.util.function.Consumer<org.careerroutes.kiosk.insights.Answer> answered) {
        attract.ask(answered);
    }

    /**
     * Whether an input on the attract screen is for its question (a touch on its buttons, or the
     * keys that move to them and press them) rather than the start of a visit.
     */
    boolean forTheQuestion(InputEvent e) {
        QuestionCard question = attract.question();
        if (!question.isAsking()) {
            return false;   // not asked, or answered ("Thank you"): a touch there starts a visit
        }
        if (!(e instanceof KeyEvent key)) {
            return question.holds(e.getTarget());
        }
        KeyCode code = key.getCode();
        if (code == KeyCode.TAB) {
            return true;   // from the attract screen into the question, and about it
        }
        return question.holds(scene.getFocusOwner()) && (code == KeyCode.ENTER || code == KeyCode.SPACE
                || code == KeyCode.ESCAPE || code.isArrowKey() || key.getEventType() == KeyEvent.KEY_TYPED);
    }

    void showStillThere(int secondsLeft) {
        if (!stillThere.isShown()) {
            rememberFocus();
        }
        stillThere.show(secondsLeft);
        updateInert();
    }

    void hideStillThere() {
        if (stillThere.isShown()) {
            stillThere.hide();
            updateInert();
        }
    }

    void openPinPrompt() {
        if (!pinPrompt.isShown()) {
            rememberFocus();
            pinPrompt.open();
            updateInert();
        }
    }

    /** Staff chose the Fair report on the PIN prompt. */
    void openFairReport() {
        fairReport.ifPresent(report -> {
            report.open();
            updateInert();
        });
    }

    /** Shows something to read (such as the About text) over the visit, with a Close button. */
    void showInfo(Node content) {
        rememberFocus();
        info.show(content);
        updateInert();
    }

    private void overlayClosed() {
        updateInert();
    }

    private void rememberFocus() {
        if (!anyOverlayShown()) {
            focusBeforeOverlay = scene.getFocusOwner();
        }
    }

    private boolean anyOverlayShown() {
        return stillThere.isShown() || pinPrompt.isShown() || info.isShown()
                || fairReport.map(FairReportView::isShown).orElse(false);
    }

    /** While a prompt is up, the visit beneath cannot be touched or reached with Tab. */
    private void updateInert() {
        boolean inert = anyOverlayShown();
        visitScreen.setDisable(inert);
        if (!inert && focusBeforeOverlay != null) {
            if (focusBeforeOverlay.getScene() == scene) {
                focusBeforeOverlay.requestFocus();
            }
            focusBeforeOverlay = null;
        }
    }
}
