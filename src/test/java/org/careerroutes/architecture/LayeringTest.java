package org.careerroutes.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Dependencies point inward: the model and the content reader know nothing of the screen. */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/careerroutes");

    @Test
    void modelAndContentDoNotUseJavaFx() {
        assertEquals(List.of(), filesMentioning(List.of("model", "content"), "javafx."));
    }

    @Test
    void modelDoesNotKnowTheFileFormatOrTheLayersAboveIt() {
        assertEquals(List.of(), filesMentioning(List.of("model"), "com.google.gson"));
        assertEquals(List.of(), filesMentioning(List.of("model"), "org.careerroutes.content"));
        assertEquals(List.of(), filesMentioning(List.of("model", "content"), "org.careerroutes.ui"));
        assertEquals(List.of(), filesMentioning(List.of("model", "content"), "org.careerroutes.app"));
    }

    @Test
    void kioskModeKnowsNothingOfTheAppThatWiresIt() {
        assertEquals(List.of(), filesMentioning(List.of("kiosk"), "org.careerroutes.app"));
        assertEquals(List.of(), filesMentioning(List.of("kiosk"), "org.careerroutes.ui.MainWindow"));
    }

    @Test
    void onlyTheLauncherEndsTheProcess() {
        List<String> exits = filesMentioning(List.of(""), "System.exit(");
        assertEquals(List.of("app/Launcher.java"), exits);
    }

    private static List<String> filesMentioning(List<String> packages, String text) {
        List<String> found = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = SOURCES.resolve(pkg);
            assertFalse(!Files.isDirectory(dir), "package folder exists: " + dir);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> read(f).lines()
                                .filter(line -> line.startsWith("import ") || line.contains(text))
                                .anyMatch(line -> line.contains(text)))
                        .forEach(f -> found.add(SOURCES.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
