package org.careerroutes.app;

import org.careerroutes.kiosk.KioskConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command-line options (a public interface: see the README). Parsing never fails with an
 * exception; what cannot be understood is listed in {@link #errors()}.
 */
public record CommandLine(boolean help, boolean version, Optional<Path> content,
                          Optional<Path> validate, boolean kiosk, OptionalInt idleTimeout,
                          boolean setKioskPin, Optional<Path> exportPdf, Optional<String> pathway,
                          Optional<Path> kioskReport, Authoring authoring, List<String> errors) {

    /**
     * The options for writing profiles: {@code --import=PATH --output=PATH [--force]}, which turns
     * profiles' text into profile files, and {@code --watch}, which reloads {@code --content} when
     * it changes.
     */
    public record Authoring(Optional<Path> importFrom, Optional<Path> output, boolean force, boolean watch) {
        static final Authoring NONE = new Authoring(Optional.empty(), Optional.empty(), false, false);
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: career-routes [options]",
            "",
            "With no options, opens the app on the built-in Clinical engineer profile.",
            "",
            "Options:",
            "  --content=PATH    show a profile file, or the profile files (*.json) in a folder,",
            "                    instead of the built-in profile",
            "  --validate=PATH   check a profile file or folder without opening a window; prints",
            "                    one line per problem as path:line:column: message and exits",
            "                    0 if valid, 1 if not, 2 on bad usage",
            "  --export-pdf=FILE write the plan handout (PDF) of the profile without opening a",
            "                    window; with a folder of profiles as --content, give a folder:",
            "                    one PDF per profile, named by its id. Exits 0 when written,",
            "                    1 if the content has errors or a file cannot be written,",
            "                    2 on bad usage",
            "  --pathway=ID      with --export-pdf: the pathway the handout follows (default: the",
            "                    first on the route map)",
            "  --import=PATH --output=PATH [--force]",
            "                    turn a job profile's text (.txt) into a profile file, or each",
            "                    .txt of a folder into a folder, and print a report; no window.",
            "                    --force replaces files that are there. Exits 0 when written,",
            "                    1 if a text is not a job profile or cannot be read, 2 on bad usage",
            "  --watch           with --content: show the profile again each time its file",
            "                    changes, and its problems in the window instead of closing it",
            "  --kiosk           careers-fair kiosk mode: full screen, cannot be closed, forgets",
            "                    each visitor after a spell without input (see docs/kiosk.md)",
            "  --idle-timeout=SECONDS",
            "                    with --kiosk: seconds without input before \"Still there?\"",
            "                    (default 120)",
            "  --set-kiosk-pin   set the PIN that leaves kiosk mode: reads it twice (hidden at",
            "                    a console, else one a line from standard input) and stores",
            "                    only a salted hash in the machine's kiosk settings; no window.",
            "                    Exits 0 when set, 1 if the settings cannot be written, 2 on bad input",
            "  --kiosk-report=FILE.csv|FILE.pdf",
            "                    write the kiosk's fair report (visits counted per day, totals",
            "                    only, counts under 5 as \"fewer than 5\") from the counts kept",
            "                    beside the machine's kiosk settings; no window. Exits 0 when",
            "                    written, 1 if there is nothing to report or the file cannot be",
            "                    written, 2 on bad usage",
            "  -h, --help        show this help and exit",
            "  --version         show the version and exit");

    private static final List<String> PATH_OPTIONS = List.of("--content", "--validate", "--export-pdf", "--pathway",
            "--kiosk-report", "--import", "--output");

    public CommandLine {
        errors = List.copyOf(errors);
    }

    public static CommandLine parse(List<String> args) {
        boolean help = false;
        boolean version = false;
        Optional<Path> content = Optional.empty();
        Optional<Path> validate = Optional.empty();
        boolean kiosk = false;
        OptionalInt idleTimeout = OptionalInt.empty();
        boolean setKioskPin = false;
        Optional<Path> exportPdf = Optional.empty();
        Optional<String> pathway = Optional.empty();
        Optional<Path> kioskReport = Optional.empty();
        List<String> errors = new ArrayList<>();
        List<String> authoringArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (PATH_OPTIONS.contains(arg) && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                // "--validate my.json": the shell has split what was meant as --validate=my.json
                String value = args.get(++i);
                errors.add("unexpected argument \"" + value + "\": did you mean " + arg + "=" + value + "?");
            } else if (arg.startsWith("--content")) {
                content = once("--content", content, pathValue(arg, "--content", errors), errors);
            } else if (arg.startsWith("--validate")) {
                validate = once("--validate", validate, pathValue(arg, "--validate", errors), errors);
            } else if (arg.startsWith("--export-pdf")) {
                exportPdf = once("--export-pdf", exportPdf, pathValue(arg, "--export-pdf", errors), errors);
            } else if (arg.startsWith("--pathway")) {
                Optional<String> id = value(arg, "--pathway", "a pathway id: --pathway=ID", errors);
                if (pathway.isPresent() && id.isPresent()) {
                    errors.add("--pathway is given twice");
                } else {
                    pathway = pathway.or(() -> id);
                }
            } else if (arg.startsWith("--kiosk-report")) {
                kioskReport = once("--kiosk-report", kioskReport, pathValue(arg, "--kiosk-report", errors), errors);
            } else if (arg.equals("--kiosk")) {
                kiosk = true;
            } else if (arg.startsWith("--kiosk=")) {
                errors.add("--kiosk takes no value");
            } else if (arg.startsWith("--idle-timeout")) {
                if (idleTimeout.isPresent()) {
                    errors.add("--idle-timeout is given twice");
                }
                idleTimeout = secondsValue(arg, "--idle-timeout", errors);
            } else if (isAuthoring(arg)) {
                authoringArgs.add(arg);
            } else if (arg.equals("--set-kiosk-pin")) {
                setKioskPin = true;
            } else if (arg.startsWith("--set-kiosk-pin=")) {
                errors.add("--set-kiosk-pin takes no value: it asks for the PIN, so that it is not left in the shell's history");
            } else if (arg.startsWith("-")) {
                errors.add("unknown option " + arg.split("=", 2)[0] + " (see --help)");
            } else {
                errors.add("unexpected argument \"" + arg + "\": options start with --, e.g. --content=" + arg);
            }
        }
        if (content.isPresent() && validate.isPresent()) {
            errors.add("--content and --validate cannot be used together");
        }
        if (idleTimeout.isPresent() && !kiosk) {
            errors.add("--idle-timeout is for kiosk mode: add --kiosk");
        }
        if (setKioskPin && (kiosk || content.isPresent() || validate.isPresent() || exportPdf.isPresent())) {
            errors.add("--set-kiosk-pin cannot be used with other options");
        }
        if (exportPdf.isPresent() && validate.isPresent()) {
            errors.add("--export-pdf and --validate cannot be used together");
        }
        if (exportPdf.isPresent() && kiosk) {
            errors.add("--export-pdf opens no window: it cannot be used with --kiosk");
        }
        if (pathway.isPresent() && exportPdf.isEmpty()) {
            errors.add("--pathway is for the handout: add --export-pdf=FILE");
        }
        if (kioskReport.isPresent() && (kiosk || validate.isPresent() || exportPdf.isPresent() || setKioskPin)) {
            errors.add("--kiosk-report opens no window and writes only the report: it cannot be used with --kiosk,"
                    + " --validate, --export-pdf or --set-kiosk-pin");
        }
        Authoring authoring = authoring(authoringArgs, errors);
        if (authoring.importFrom().isPresent() && (kiosk || content.isPresent() || validate.isPresent()
                || exportPdf.isPresent() || setKioskPin || kioskReport.isPresent())) {
            errors.add("--import opens no window and reads no profile files: use it on its own, with --output");
        }
        if (authoring.watch() && content.isEmpty()) {
            errors.add("--watch needs --content=PATH: it shows that file or folder again each time it changes");
        }
        if (authoring.watch() && (kiosk || validate.isPresent() || exportPdf.isPresent())) {
            errors.add("--watch is for editing profiles in the app: it cannot be used with --kiosk, --validate or --export-pdf");
        }
        return new CommandLine(help, version, content, validate, kiosk, idleTimeout, setKioskPin, exportPdf, pathway,
                kioskReport, authoring, errors);
    }

    private static boolean isAuthoring(String arg) {
        return List.of("--import", "--output", "--force", "--watch").contains(arg.split("=", 2)[0]);
    }

    /** {@code --import}, {@code --output}, {@code --force} and {@code --watch}, and what is wrong with them. */
    private static Authoring authoring(List<String> args, List<String> errors) {
        Optional<Path> from = Optional.empty();
        Optional<Path> output = Optional.empty();
        boolean force = false;
        boolean watch = false;
        for (String arg : args) {
            if (arg.startsWith("--import")) {
                from = once("--import", from, pathValue(arg, "--import", errors), errors);
            } else if (arg.startsWith("--output")) {
                output = once("--output", output, pathValue(arg, "--output", errors), errors);
            } else if (arg.equals("--force") || arg.equals("--watch")) {
                force |= arg.equals("--force");
                watch |= arg.equals("--watch");
            } else {
                errors.add(arg.split("=", 2)[0] + " takes no value");
            }
        }
        if (from.isPresent() && output.isEmpty()) {
            errors.add("--import needs --output=FILE (or a folder) to write the profile to");
        }
        if (output.isPresent() && from.isEmpty()) {
            errors.add("--output is for --import: add --import=FILE");
        }
        if (force && from.isEmpty()) {
            errors.add("--force is for --import: it lets --output replace a file that is there");
        }
        return new Authoring(from, output, force, watch);
    }

    private static OptionalInt secondsValue(String arg, String name, List<String> errors) {
        Optional<String> value = value(arg, name, "a number of seconds: " + name + "=SECONDS", errors);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt seconds = KioskConfig.positiveWholeNumber(value.get());
        if (seconds.isEmpty()) {
            errors.add(name + ": \"" + value.get() + "\" is not a whole number of seconds above 0");
        }
        return seconds;
    }

    /** The option's value; a second value is an error, since which one was meant is not known. */
    private static Optional<Path> once(String name, Optional<Path> earlier, Optional<Path> value, List<String> errors) {
        if (earlier.isPresent() && value.isPresent()) {
            String twice = name + " is given twice";
            if (!errors.contains(twice)) {
                errors.add(twice);
            }
            return earlier;
        }
        return earlier.or(() -> value);
    }

    private static Optional<Path> pathValue(String arg, String name, List<String> errors) {
        Optional<String> value = value(arg, name, "a path: " + name + "=PATH", errors);
        try {
            return value.map(Path::of);
        } catch (java.nio.file.InvalidPathException e) {
            errors.add(name + ": \"" + value.get() + "\" is not a valid path");
            return Optional.empty();
        }
    }

    /**
     * The text after {@code name=}; empty, with an error, when it is missing ("needs ...") or
     * the option is not {@code name} after all (e.g. --contents).
     */
    private static Optional<String> value(String arg, String name, String needs, List<String> errors) {
        if (arg.startsWith(name + "=") && arg.length() > name.length() + 1) {
            return Optional.of(arg.substring(name.length() + 1));
        }
        if (arg.startsWith(name + "=") || arg.equals(name)) {
            errors.add(name + " needs " + needs);
        } else {
            errors.add("unknown option " + arg.split("=", 2)[0] + " (see --help)");
        }
        return Optional.empty();
    }
}
