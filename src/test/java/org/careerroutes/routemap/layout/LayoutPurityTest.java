package org.careerroutes.routemap.layout;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The layout is a strategy the view plugs in: plain Java, testable without a stage. */
class LayoutPurityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/careerroutes/routemap/layout");

    @Test
    void layoutImportsNothingButTheJdk() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(LayoutPurityTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .filter(line -> !line.startsWith("import java."))
                    .toList();
        }
        assertEquals(List.of(), imports);
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertFalse(files.flatMap(LayoutPurityTest::lines).anyMatch(line -> line.contains("javafx.")),
                    "no JavaFX, not even fully qualified");
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
