package org.careerroutes.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void noOptionsMeansTheBuiltInProfile() {
        CommandLine options = CommandLine.parse(List.of());
        assertEquals(Optional.empty(), options.content());
        assertEquals(List.of(), options.errors());
        assertFalse(options.help());
    }

    @Test
    void pathsAreTakenFromContentAndValidate() {
        assertEquals(Optional.of(Path.of("my profiles/a.json")),
                CommandLine.parse(List.of("--content=my profiles/a.json")).content());
        assertEquals(Optional.of(Path.of("dir")), CommandLine.parse(List.of("--validate=dir")).validate());
    }

    @Test
    void helpAndVersion() {
        assertTrue(CommandLine.parse(List.of("--help")).help());
        assertTrue(CommandLine.parse(List.of("-h")).help());
        assertTrue(CommandLine.parse(List.of("--version")).version());
        assertTrue(CommandLine.USAGE.contains("--content=PATH"));
        assertTrue(CommandLine.USAGE.contains("--validate=PATH"));
        assertTrue(CommandLine.USAGE.contains("--kiosk"));
        assertTrue(CommandLine.USAGE.contains("--idle-timeout=SECONDS"));
        assertTrue(CommandLine.USAGE.contains("--set-kiosk-pin"));
    }

    @Test
    void kioskModeWithItsIdleTimeout() {
        CommandLine plain = CommandLine.parse(List.of());
        assertFalse(plain.kiosk());
        assertEquals(OptionalInt.empty(), plain.idleTimeout());
        assertFalse(plain.setKioskPin());

        CommandLine kiosk = CommandLine.parse(List.of("--kiosk", "--idle-timeout=45"));
        assertTrue(kiosk.kiosk());
        assertEquals(OptionalInt.of(45), kiosk.idleTimeout());
        assertEquals(List.of(), kiosk.errors());
        assertEquals(OptionalInt.empty(), CommandLine.parse(List.of("--kiosk")).idleTimeout(), "the default is the app's");
        assertTrue(CommandLine.parse(List.of("--kiosk", "--content=my profiles/")).errors().isEmpty());
        assertTrue(CommandLine.parse(List.of("--set-kiosk-pin")).setKioskPin());
    }

    @Test
    void badKioskOptionsAreExplained() {
        assertEquals(List.of("--idle-timeout is for kiosk mode: add --kiosk"),
                CommandLine.parse(List.of("--idle-timeout=30")).errors());
        for (String bad : List.of("0", "-5", "1.5", "two", "2m", "99999999999")) {
            assertEquals(List.of("--idle-timeout: \"" + bad + "\" is not a whole number of seconds above 0"),
                    CommandLine.parse(List.of("--kiosk", "--idle-timeout=" + bad)).errors(), bad);
        }
        assertEquals(List.of("--idle-timeout needs a number of seconds: --idle-timeout=SECONDS"),
                CommandLine.parse(List.of("--kiosk", "--idle-timeout")).errors());
        assertEquals(List.of("--idle-timeout needs a number of seconds: --idle-timeout=SECONDS"),
                CommandLine.parse(List.of("--kiosk", "--idle-timeout=")).errors());
        assertEquals(List.of("unknown option --idle-timeouts (see --help)"),
                CommandLine.parse(List.of("--kiosk", "--idle-timeouts=5")).errors());
        assertEquals(List.of("--kiosk takes no value"), CommandLine.parse(List.of("--kiosk=yes")).errors());
        assertEquals(List.of("unknown option --kiosks (see --help)"), CommandLine.parse(List.of("--kiosks")).errors());
        assertEquals(List.of("--set-kiosk-pin takes no value: it asks for the PIN, so that it is not left in the shell's history"),
                CommandLine.parse(List.of("--set-kiosk-pin=1234")).errors());
        assertEquals(List.of("--set-kiosk-pin cannot be used with other options"),
                CommandLine.parse(List.of("--set-kiosk-pin", "--kiosk")).errors());
        assertEquals(List.of("--set-kiosk-pin cannot be used with other options"),
                CommandLine.parse(List.of("--validate=a", "--set-kiosk-pin")).errors());
    }

    @Test
    void badUsageIsExplained() {
        assertEquals(List.of("--content needs a path: --content=PATH"),
                CommandLine.parse(List.of("--content")).errors());
        assertEquals(List.of("--validate needs a path: --validate=PATH"),
                CommandLine.parse(List.of("--validate=")).errors());
        assertEquals(List.of("unknown option --colour (see --help)"),
                CommandLine.parse(List.of("--colour=red")).errors());
        assertEquals(List.of("unknown option --contents (see --help)"),
                CommandLine.parse(List.of("--contents=x")).errors());
        assertEquals(List.of("unexpected argument \"a.json\": options start with --, e.g. --content=a.json"),
                CommandLine.parse(List.of("a.json")).errors());
        assertEquals(List.of("--content and --validate cannot be used together"),
                CommandLine.parse(List.of("--content=a", "--validate=b")).errors());
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        assertEquals(List.of("--validate is given twice"),
                CommandLine.parse(List.of("--validate=a.json", "--validate=b.json")).errors());
        assertEquals(List.of("--content is given twice"),
                CommandLine.parse(List.of("--content=a", "--content=b", "--content=c")).errors());
        assertEquals(Optional.of(Path.of("a")), CommandLine.parse(List.of("--content=a", "--content=b")).content());
    }

    @Test
    void aValueSplitFromItsOptionSuggestsTheJoinedForm() {
        assertEquals(List.of("unexpected argument \"/tmp/x.json\": did you mean --validate=/tmp/x.json?"),
                CommandLine.parse(List.of("--validate", "/tmp/x.json")).errors());
        assertEquals(List.of("unexpected argument \"profiles\": did you mean --content=profiles?"),
                CommandLine.parse(List.of("--content", "profiles")).errors());
        assertEquals(List.of("--content needs a path: --content=PATH"),
                CommandLine.parse(List.of("--content", "--help")).errors());
    }

    @Test
    void theUsageDocumentsTheShortHelpOption() {
        assertTrue(CommandLine.USAGE.contains("-h, --help"));
    }

    @Test
    void anIdleTimeoutGivenTwiceIsAnError() {
        assertTrue(CommandLine.parse(List.of("--kiosk", "--idle-timeout=30", "--idle-timeout=60")).errors()
                .contains("--idle-timeout is given twice"));
    }

    @Test
    void exportPdfTakesAFileAndAPathway() {
        CommandLine options = CommandLine.parse(List.of("--export-pdf=out/plan.pdf", "--pathway=ptp", "--content=p.json"));
        assertEquals(List.of(), options.errors());
        assertEquals(Optional.of(Path.of("out/plan.pdf")), options.exportPdf());
        assertEquals(Optional.of("ptp"), options.pathway());
        assertEquals(Optional.of(Path.of("p.json")), options.content());
        assertTrue(CommandLine.USAGE.contains("--export-pdf=FILE"));
        assertTrue(CommandLine.USAGE.contains("--pathway=ID"));
    }

    @Test
    void exportPdfMistakesAreNamed() {
        assertEquals(List.of("--export-pdf needs a path: --export-pdf=PATH"),
                CommandLine.parse(List.of("--export-pdf")).errors());
        assertEquals(List.of("--pathway needs a pathway id: --pathway=ID"),
                CommandLine.parse(List.of("--export-pdf=a.pdf", "--pathway=")).errors());
        assertEquals(List.of("--pathway is for the handout: add --export-pdf=FILE"),
                CommandLine.parse(List.of("--pathway=ptp")).errors());
        assertEquals(List.of("--pathway is given twice"),
                CommandLine.parse(List.of("--export-pdf=a.pdf", "--pathway=ptp", "--pathway=degree-stp")).errors());
        assertEquals(List.of("unexpected argument \"a.pdf\": did you mean --export-pdf=a.pdf?",
                        "--export-pdf opens no window: it cannot be used with --kiosk"),
                CommandLine.parse(List.of("--export-pdf", "a.pdf", "--export-pdf=b.pdf", "--kiosk")).errors());
        assertEquals(List.of("--export-pdf and --validate cannot be used together"),
                CommandLine.parse(List.of("--export-pdf=a.pdf", "--validate=p.json")).errors());
    }

    @Test
    void kioskReportTakesAFileAndIsUsedAlone() {
        CommandLine options = CommandLine.parse(List.of("--kiosk-report=fair.csv", "--content=stand.json"));
        assertEquals(List.of(), options.errors());
        assertEquals(Optional.of(Path.of("fair.csv")), options.kioskReport());
        assertEquals(Optional.of(Path.of("stand.json")), options.content());
        assertTrue(CommandLine.USAGE.contains("--kiosk-report=FILE.csv|FILE.pdf"));
        assertEquals(List.of("--kiosk-report needs a path: --kiosk-report=PATH"),
                CommandLine.parse(List.of("--kiosk-report")).errors());
        assertEquals(List.of("unexpected argument \"fair.pdf\": did you mean --kiosk-report=fair.pdf?"),
                CommandLine.parse(List.of("--kiosk-report", "fair.pdf")).errors());
        assertEquals(List.of("--kiosk-report opens no window and writes only the report: it cannot be used with --kiosk,"
                        + " --validate, --export-pdf or --set-kiosk-pin"),
                CommandLine.parse(List.of("--kiosk-report=a.csv", "--kiosk")).errors());
        assertEquals(List.of("--kiosk-report is given twice"),
                CommandLine.parse(List.of("--kiosk-report=a.csv", "--kiosk-report=b.csv")).errors());
    }
}
