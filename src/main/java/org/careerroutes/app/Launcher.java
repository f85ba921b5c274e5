package org.careerroutes.app;

import javafx.application.Application;

import java.util.List;

/**
 * The program's entry point. A plain class (not the {@code Application}) so that the app starts
 * from the class path; it handles the options that need no window, then starts JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine options = CommandLine.parse(List.of(args));
        if (!options.errors().isEmpty()) {
            options.errors().forEach(e -> System.err.println("career-routes: " + e));
            System.err.println();
            System.err.println(CommandLine.USAGE);
            System.exit(ValidateCommand.BAD_USAGE);
        }
        if (options.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println("Career Routes " + AppInfo.version());
            return;
        }
        if (options.setKioskPin()) {
            System.exit(SetKioskPinCommand.run(SetKioskPinCommand.standardInput(), Environment.ofThisMachine().kioskConfigFolder(),
                    System.out, System.err));
        }
        if (options.exportPdf().isPresent()) {
            System.exit(ExportPdfCommand.run(options.content(), options.exportPdf().get(), options.pathway(),
                    java.time.LocalDate.now(), System.out, System.err));
        }
        if (options.kioskReport().isPresent()) {
            Environment machine = Environment.ofThisMachine();
            System.exit(KioskReportCommand.run(options.kioskReport().get(), options.content(),
                    machine.kioskConfigFolder(), machine.leastPinIterations(), java.time.LocalDate.now(), System.out,
                    System.err));
        }
        if (options.authoring().importFrom().isPresent()) {
            System.exit(ImportCommand.run(options.authoring().importFrom().get(), options.authoring().output().orElseThrow(),
                    options.authoring().force(), java.time.YearMonth.now(), System.out, System.err));
        }
        if (options.validate().isPresent()) {
            System.exit(ValidateCommand.run(options.validate().get(), System.out, System.err));
        }
        // The profile is read on another core while JavaFX starts.
        CareerRoutesApp.beganEarly(EarlyStart.begin(options.content(), options.authoring().watch()));
        Application.launch(CareerRoutesApp.class, args);
        // A kiosk whose window was closed from outside ends with a status that is not 0, to be started again.
        int status = CareerRoutesApp.exitStatus();
        if (status != 0) {
            System.exit(status);
        }
    }
}
