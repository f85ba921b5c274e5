package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.app.Environment;
import org.careerroutes.ui.AppUITestBase;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Starts the real app in kiosk mode, with its machine settings and error log in temporary
 * folders and a short "Still there?" countdown, so no test waits 20 seconds. Quitting is
 * recorded, not done: ending the JavaFX platform would end every later test.
 */
abstract class KioskUITestBase extends AppUITestBase {

    /** The app with quitting, and ending with a status, recorded instead of done. */
    public static final class QuitRecordingApp extends CareerRoutesApp {
        volatile boolean quit;
        volatile Integer endedWith;

        QuitRecordingApp(Environment environment, List<String> arguments) {
            super(environment, arguments);
        }

        @Override
        protected void quit() {
            quit = true;
        }

        @Override
        protected void endWith(int status) {
            endedWith = status;
        }
    }

    /** Few, so a test's PIN is checked in milliseconds; the app is told to trust so few (a real kiosk does not). */
    static final int FAST_PIN_ITERATIONS = 1_000;

    @TempDir
    Path configDir;
    @TempDir
    Path logDir;
    /** Short, so that no test waits the real 20 seconds for "Still there?" to count down. */
    private Duration countdown = Duration.ofSeconds(2);

    /** Most tests enter the PIN at once; a real kiosk starts with the pad locked for a minute. */
    boolean pinLockedAtStart;

    void countdownSeconds(int seconds) {
        countdown = Duration.ofSeconds(seconds);
    }

    /** The kiosk's machine settings and log in this test's temporary folders, with the test's countdown. */
    @Override
    protected Environment environment() {
        Environment kiosk = super.environment().withKioskConfigFolder(configDir).withLogFolder(logDir)
                .withCountdown(countdown).withLeastPinIterations(FAST_PIN_ITERATIONS);
        return pinLockedAtStart ? kiosk : kiosk.withPinUnlockedAtStart();
    }

    /** Writes a PIN to the machine settings, hashed quickly (the real count is checked in KioskPinTest). */
    void configurePin(String digits) throws Exception {
        KioskConfig.writePin(configDir, KioskPin.create(digits.toCharArray(), FAST_PIN_ITERATIONS, new SecureRandom()));
    }

    QuitRecordingApp startKiosk(String... extraArgs) throws TimeoutException {
        List<String> args = new ArrayList<>(List.of("--kiosk"));
        args.addAll(List.of(extraArgs));
        QuitRecordingApp made = new QuitRecordingApp(environment(), args);
        launch(made);
        return made;
    }

    boolean shown(String id) {
        Node node = lookup("#" + id).query();
        return node != null && node.isVisible() && node.getScene() == stage.getScene();
    }

    /** Visible, and so are all its parents. */
    static boolean isTreeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    boolean attractShown() {
        return shown("attract-screen");
    }

    /** Touches the attract screen: a visit starts on the Overview. */
    void startVisit() {
        clickOn("#attract-screen");
    }

    TabPane tabs() {
        return lookup("#profile-tabs").queryAs(TabPane.class);
    }

    String selectedTab() {
        return tabs().getSelectionModel().getSelectedItem().getText();
    }

    Node tabHeader(String tabId) {
        return lookup(".tab").match(t -> tabId.equals(t.getId()) && t.getScene() == stage.getScene()).query();
    }

    /**
     * TestFX keeps every event fired on the stage (for its failure messages), and each event
     * points at the node it went to: clear that record before checking what the app still holds.
     */
    void forgetTestFxEventRecord() throws ReflectiveOperationException {
        Field field = FxToolkitContext.class.getDeclaredField("firedEvents");
        field.setAccessible(true);
        FiredEvents record = (FiredEvents) field.get(FxToolkit.toolkitContext());
        interact(record::clearEvents);
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Reads something on the JavaFX thread. */
    static boolean fx(BooleanSupplier condition) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, condition::getAsBoolean);
    }
}
