package org.careerroutes.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
}
