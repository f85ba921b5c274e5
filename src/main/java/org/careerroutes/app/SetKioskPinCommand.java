package org.careerroutes.app;

import org.careerroutes.files.FileProblem;
import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.KioskPin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code --set-kiosk-pin}: asks for a new kiosk PIN twice and stores only its salted hash in the
 * machine's kiosk settings. No window. Run by the IT technician, as an administrator, since the
 * settings are machine-wide.
 */
public final class SetKioskPinCommand {

    public static final int SET = 0;
    /** The settings could not be written, or were but still have lines that could not be understood. */
    public static final int CANNOT_WRITE = 1;
    public static final int BAD_INPUT = 2;

    /** Where the PIN comes from. */
    @FunctionalInterface
    public interface PinInput {
        /** One PIN, or null at the end of the input. */
        char[] read(String prompt) throws IOException;
    }

    private SetKioskPinCommand() {
    }

    /** The console, not echoing what is typed, where there is one; otherwise standard input, one PIN a line. */
    public static PinInput standardInput() {
        Console console = System.console();
        if (console != null) {
            return prompt -> console.readPassword("%s", prompt);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        return prompt -> {
            String line = in.readLine();
            return line == null ? null : line.strip().toCharArray();
        };
    }

    /** Reads, checks and stores the PIN; returns the exit code. */
    public static int run(PinInput input, Path configDirectory, PrintStream out, PrintStream err) {
        char[] first = null;
        char[] second = null;
        try {
            first = input.read("New kiosk PIN (" + KioskPin.MIN_DIGITS + " to " + KioskPin.MAX_DIGITS + " digits): ");
            if (first == null) {
                return refuse(err, "no PIN was given; nothing was written");
            }
            Optional<String> problem = KioskPin.problem(first);
            if (problem.isPresent()) {
                return refuse(err, problem.get() + "; nothing was written");
            }
            second = input.read("The same PIN again: ");
            if (second == null || !Arrays.equals(first, second)) {
                return refuse(err, "the two PINs are not the same; nothing was written");
            }
            Path file = KioskConfig.writePin(configDirectory, KioskPin.create(first));
            out.println("Kiosk PIN set: its salted hash (never the PIN) is in " + file);
            return stillWrong(KioskConfig.load(configDirectory), file, err);
        } catch (KioskConfig.Unreadable e) {
            err.println("career-routes: --set-kiosk-pin: " + configDirectory.resolve(KioskConfig.FILE_NAME) + " "
                    + e.getMessage() + "; nothing was written. Put it right (or remove it), then run this again.");
            return CANNOT_WRITE;
        } catch (IOException e) {
            err.println("career-routes: --set-kiosk-pin: " + FileProblem.describe(configDirectory.resolve(KioskConfig.FILE_NAME),
                    FileProblem.whyNotWritten(e)) + ". The folder is machine-wide: run this as an administrator.");
            return CANNOT_WRITE;
        } finally {
            if (first != null) {
                KioskPin.wipe(first);
            }
            if (second != null) {
                KioskPin.wipe(second);
            }
        }
    }

    /**
     * What in the settings still cannot be understood now that the PIN is set: each line, and
     * that the machine starts locked in kiosk mode until they are put right. Such lines are kept
     * as they were, not dropped: one may have said {@code kiosk=true}.
     */
    private static int stillWrong(KioskConfig settings, Path file, PrintStream err) {
        if (settings.problems().isEmpty()) {
            return SET;
        }
        settings.problems().forEach(problem -> err.println("career-routes: " + problem));
        err.println("career-routes: --set-kiosk-pin: the PIN is set and the other settings in " + file
                + " are kept as they were, but the lines above could not be understood. Until they are put right,"
                + " this computer starts locked in kiosk mode.");
        return CANNOT_WRITE;
    }

    private static int refuse(PrintStream err, String message) {
        err.println("career-routes: --set-kiosk-pin: " + message);
        return BAD_INPUT;
    }
}
