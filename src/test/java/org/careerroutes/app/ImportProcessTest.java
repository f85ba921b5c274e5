package org.careerroutes.app;

import org.careerroutes.app.LauncherProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --import} as an adviser runs it: a new Java process with no display, so that starting
 * JavaFX would fail it. Exit statuses and messages as documented; never a stack trace.
 */
class ImportProcessTest {

    private static Run launch(Path dir, String... args) throws IOException, InterruptedException {
        Run run = LauncherProcess.launch(dir, args);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        return run;
    }

    @Test
    void importsWithNoDisplayAndTheAppOpensWhatItWrote(@TempDir Path dir) throws Exception {
        Path text = Files.copy(Path.of("src/test/resources/seed/clinical-engineer-profile.txt"), dir.resolve("ce.txt"));
        Run run = launch(dir, "--import=ce.txt", "--output=ce.json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Routes found: 4"), run.out());
        assertTrue(run.out().strip().endsWith("Written: ce.json"), run.out());

        Run validate = launch(dir, "--validate=ce.json");
        assertEquals(0, validate.status(), validate.out() + validate.err());
        assertTrue(Files.exists(text));
    }

    @Test
    void badUsageIsTwoAndATextThatIsNotAProfileIsOne(@TempDir Path dir) throws Exception {
        Run noOutput = launch(dir, "--import=ce.txt");
        assertEquals(2, noOutput.status());
        assertTrue(noOutput.err().contains("career-routes: --import needs --output=FILE (or a folder)"), noOutput.err());

        Files.writeString(dir.resolve("email.txt"), "Hi,\n\nThe minibus leaves at nine.\n\nJo\n");
        Run email = launch(dir, "--import=email.txt", "--output=email.json");
        assertEquals(1, email.status());
        assertTrue(email.err().contains("career-routes: --import: email.txt: is not recognisable as a job profile"),
                email.err());
        assertFalse(Files.exists(dir.resolve("email.json")));
    }
}
