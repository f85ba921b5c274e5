package org.careerroutes.kiosk;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.careerroutes.app.CareerRoutesApp;
import org.careerroutes.ui.AppUITestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Starts the real app in kiosk mode, with its machine settings and error log in temporary
 * folders and a short "Still there?" countdown, so no test waits 20 seconds. Quitting is
 * recorded, not done: ending the JavaFX platform would end every later test.
 */
abstract class KioskUITestBase extends AppUITestBase {

    /** The app with quitting recorded instead of done. */
    public static final class QuitRecordingApp extends CareerRoutesApp {
        volatile boolean quit;

        @Override
        protected void quit() {
            quit = true;
        }
    }

    private static final String COUNTDOWN = "careerroutes.kiosk.countdownSeconds";
    private static final String[] PROPERTIES = {KioskConfig.DIRECTORY_PROPERTY, ErrorLog.DIRECTORY_PROPERTY, COUNTDOWN};

    @TempDir
    Path configDir;
    @TempDir
    Path logDir;
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void pointTheKioskAtTemporaryFolders() {
        for (String name : PROPERTIES) {
            saved.put(name, System.getProperty(name));
        }
        System.setProperty(KioskConfig.DIRECTORY_PROPERTY, configDir.toString());
        System.setProperty(ErrorLog.DIRECTORY_PROPERTY, logDir.toString());
        countdownSeconds(2);
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    static void countdownSeconds(int seconds) {
        System.setProperty(COUNTDOWN, Integer.toString(seconds));
    }

    /** Writes a PIN to the machine settings, hashed quickly (the real count is checked in KioskPinTest). */
    void configurePin(String digits) throws Exception {
        KioskConfig.writePin(configDir, KioskPin.create(digits.toCharArray(), 1_000, new SecureRandom()));
    }

    QuitRecordingApp startKiosk(String... extraArgs) throws TimeoutException {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--kiosk";
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        launch(QuitRecordingApp.class, args);
        return (QuitRecordingApp) app();
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
