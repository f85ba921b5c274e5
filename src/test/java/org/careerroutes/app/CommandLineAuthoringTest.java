package org.careerroutes.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --import}, {@code --output}, {@code --force} and {@code --watch} on the command line. */
class CommandLineAuthoringTest {

    private static List<String> errors(String... args) {
        return CommandLine.parse(List.of(args)).errors();
    }

    @Test
    void importTakesATextAndWhereToWriteIt() {
        CommandLine options = CommandLine.parse(List.of("--import=Job texts/nurse.txt", "--output=nurse.json", "--force"));
        assertEquals(List.of(), options.errors());
        assertEquals(Optional.of(Path.of("Job texts/nurse.txt")), options.authoring().importFrom());
        assertEquals(Optional.of(Path.of("nurse.json")), options.authoring().output());
        assertTrue(options.authoring().force());
        assertFalse(CommandLine.parse(List.of()).authoring().force());
        assertTrue(CommandLine.USAGE.contains("--import=PATH --output=PATH [--force]"));
        assertTrue(CommandLine.USAGE.contains("--watch"));
    }

    @Test
    void importWithoutWhereToWriteOrAMissingValueIsBadUsage() {
        assertEquals(List.of("--import needs --output=FILE (or a folder) to write the profile to"), errors("--import=a.txt"));
        assertEquals(List.of("--output is for --import: add --import=FILE"), errors("--output=a.json"));
        assertEquals(List.of("--import needs a path: --import=PATH",
                "--output is for --import: add --import=FILE"), errors("--import", "--output=a.json"));
        assertEquals(List.of("--output needs a path: --output=PATH",
                "--import needs --output=FILE (or a folder) to write the profile to"), errors("--import=a.txt", "--output="));
        assertEquals(List.of("unexpected argument \"a.txt\": did you mean --import=a.txt?"), errors("--import", "a.txt"));
        assertEquals(List.of("--force is for --import: it lets --output replace a file that is there"), errors("--force"));
        assertEquals(List.of("--force takes no value"), errors("--import=a.txt", "--output=b.json", "--force=yes"));
        assertEquals(List.of("--import is given twice"), errors("--import=a.txt", "--import=b.txt", "--output=c.json"));
        assertEquals(List.of("--import opens no window and reads no profile files: use it on its own, with --output"),
                errors("--import=a.txt", "--output=b.json", "--kiosk"));
    }

    @Test
    void watchNeedsContentAndNoKiosk() {
        CommandLine watching = CommandLine.parse(List.of("--content=nurse.json", "--watch"));
        assertEquals(List.of(), watching.errors());
        assertTrue(watching.authoring().watch());
        assertEquals(List.of("--watch needs --content=PATH: it shows that file or folder again each time it changes"),
                errors("--watch"));
        assertEquals(List.of("--watch is for editing profiles in the app: it cannot be used with --kiosk, --validate or "
                + "--export-pdf"), errors("--content=a.json", "--watch", "--kiosk"));
        assertEquals(List.of("--watch takes no value"), errors("--content=a.json", "--watch=yes"));
    }
}
