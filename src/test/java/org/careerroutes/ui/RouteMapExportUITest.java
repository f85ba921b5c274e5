package org.careerroutes.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.kit.Theme;
import org.careerroutes.model.Profile;
import org.careerroutes.routemap.RouteMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export the map as a PNG, with the file chooser replaced by the test (the view takes its host). */
class RouteMapExportUITest extends FxRobot {

    @TempDir
    Path dir;

    private final List<String> topicsOpened = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();

    private RouteMapView show() throws TimeoutException {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        RouteMapView.Host host = new RouteMapView.Host() {
            @Override
            public void openTopic(String key) {
                topicsOpened.add(key);
            }

            @Override
            public org.careerroutes.kit.Background background() {
                return org.careerroutes.kit.Background.sameThread();
            }

            @Override
            public Optional<Path> chooseExportFile(String suggestedName) {
                return answer;
            }
        };
        Stage stage = FxToolkit.registerPrimaryStage();
        RouteMapView[] view = new RouteMapView[1];
        FxToolkit.setupStage(s -> {
            view[0] = RouteMapView.create(profile, host).view().orElseThrow();
            Scene scene = new Scene((Region) view[0], 1100, 700);
            scene.getStylesheets().addAll(Theme.stylesheets());
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.show();
        });
        interact(stage::requestFocus);
        return view[0];
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void exportWritesAPictureOfTheWholeMapAtTwiceItsSizeWithItsTitleKeyAndLicence() throws TimeoutException, IOException {
        RouteMapView view = show();
        answer = Optional.of(dir.resolve("map.png"));
        clickOn("#zoom-in");   // the zoom on screen does not change the picture

        clickOn("#export-png");

        assertTrue(Files.exists(dir.resolve("map.png")));
        BufferedImage image = ImageIO.read(dir.resolve("map.png").toFile());
        Region map = lookup("#map-layer").queryAs(Region.class);
        Region[] picture = new Region[1];
        interact(() -> picture[0] = view.pictureForExport());
        String words = String.join("\n", AppUITestBase.visibleTexts(picture[0]));
        assertTrue(words.contains("Route map: Clinical engineer"), "the title: " + words);
        assertTrue(words.contains("Key:") && words.contains("Helps, but not required (dashed)"), "the key: " + words);
        assertTrue(words.contains("Open Government Licence"), "the licence line: " + words);
        assertEquals(Math.round(picture[0].getWidth() * 2), image.getWidth(), 2.0);
        assertEquals(Math.round(picture[0].getHeight() * 2), image.getHeight(), 2.0);
        assertTrue(image.getWidth() >= map.getWidth() * 2, "the whole map at twice its size");
        assertTrue(image.getHeight() > map.getHeight() * 2 + 100, "with room for the title, key and licence line");
        assertTrue(hasInk(image, 0, 60), "the title is drawn at the top");
        assertTrue(hasInk(image, image.getHeight() - 50, image.getHeight()), "the licence line at the bottom");
        assertTrue(lookup("#map-status").queryAs(Label.class).getText().startsWith("Saved the map as "));
        assertTrue(view.model().highlightProperty().get().isEmpty(), "exporting changes nothing on the map");

        clickOn("#step-gcses");
        assertEquals("", lookup("#map-status").queryAs(Label.class).getText(), "the message goes at the next action");
        assertFalse(lookup("#map-status").query().isVisible());
    }

    /** Whether any row between {@code from} and {@code to} has a dark pixel (text). */
    private static boolean hasInk(BufferedImage image, int from, int to) {
        for (int y = Math.max(0, from); y < Math.min(image.getHeight(), to); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 3 * 110) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theSaveDialogStartsInPicturesElseDocumentsElseHome() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        assertEquals(home, org.careerroutes.export.SaveFolder.startingFolder(home));
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), org.careerroutes.export.SaveFolder.startingFolder(home));
        Files.createDirectories(home.resolve("Pictures"));
        assertEquals(home.resolve("Pictures"), org.careerroutes.export.SaveFolder.startingFolder(home));
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndNothingElseChanges() throws TimeoutException, IOException {
        show();
        Path inTheWay = Files.writeString(dir.resolve("not-a-folder"), "x");
        answer = Optional.of(inTheWay.resolve("map.png"));
        clickOn("#export-png");
        String status = lookup("#map-status").queryAs(Label.class).getText();
        assertEquals("Could not save the map: " + answer.get() + ": cannot be written: its folder " + inTheWay
                + " cannot be made (a file is in the way where a folder should be)", status);
        assertEquals("x", Files.readString(inTheWay));
    }

    @Test
    void aFolderAtThePathChosenIsLeftAsItIsAndSaid() throws TimeoutException, IOException {
        show();
        answer = Optional.of(Files.createDirectory(dir.resolve("map.png")));
        clickOn("#export-png");
        assertEquals("Could not save the map: " + answer.get() + ": is a folder, so no file is written over it",
                lookup("#map-status").queryAs(Label.class).getText());
        assertTrue(Files.isDirectory(answer.get()));
    }

    @Test
    void cancellingTheFileChooserWritesNothing() throws TimeoutException, IOException {
        show();
        answer = Optional.empty();
        clickOn("#export-png");
        assertEquals("", lookup("#map-status").queryAs(Label.class).getText());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void readMoreAsksTheHostForTheLinkedRoute() throws TimeoutException {
        RouteMapView view = show();
        javafx.scene.Node step = lookup("#step-degree-apprenticeship").query();
        interact(() -> view.canvas().reveal(step));   // the map opens on the start of the journey
        clickOn(step);
        clickOn("#detail-read-more");
        assertEquals(List.of("apprenticeship"), topicsOpened);
    }
}
