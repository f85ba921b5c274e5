package org.careerroutes.app;

import org.careerroutes.kiosk.ErrorLog;
import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.kiosk.KioskPin;
import org.careerroutes.settings.SettingsStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the app keeps things and what it takes from the machine, in one place: built once by the
 * app from the machine (and the documented system properties) and passed through constructors.
 * A test makes its own instead of setting system properties.
 *
 * @param settingsFolder    this user's settings ({@code careerroutes.settingsDir} moves it)
 * @param kioskConfigFolder the machine's kiosk settings ({@code careerroutes.kioskConfigDir})
 * @param logFolder         the kiosk's error log ({@code careerroutes.logDir})
 * @param clock             for the log's times and today's date (the school year on Compare routes)
 * @param countdown         how long "Still there?" counts down before a kiosk visit ends
 * @param leastPinIterations the fewest PBKDF2 iterations a stored kiosk PIN may have and be
 *                          trusted: what {@code --set-kiosk-pin} writes, fewer only in tests,
 *                          whose PINs are hashed quickly
 * @param pinLockedAtStart   whether the kiosk's PIN pad starts as if after many wrong PINs (a
 *                          minute's wait, and a minute after each wrong one), so that making the
 *                          app start again gives no fresh tries: always, but in tests
 * @param homeFolder        the user's home folder, where "Save as" dialogs start (in its
 *                          Documents or Pictures folder, where there is one)
 */
public record Environment(Path settingsFolder, Path kioskConfigFolder, Path logFolder, Clock clock, Duration countdown,
                          int leastPinIterations, boolean pinLockedAtStart, Path homeFolder) {

    /** Where this user's plans are kept, one file per profile: a folder beside the settings. */
    public Path plansFolder() {
        return settingsFolder.resolve("plans");
    }

    /** At least 20 seconds to answer "Still there?" (WCAG 2.2.1, Timing Adjustable). */
    public static final Duration COUNTDOWN = Duration.ofSeconds(20);

    /** As the canonical constructor, in the user's own home folder. */
    public Environment(Path settingsFolder, Path kioskConfigFolder, Path logFolder, Clock clock, Duration countdown,
                       int leastPinIterations, boolean pinLockedAtStart) {
        this(settingsFolder, kioskConfigFolder, logFolder, clock, countdown, leastPinIterations, pinLockedAtStart,
                Path.of(System.getProperty("user.home")));
    }

    public Environment {
        Objects.requireNonNull(homeFolder);
        Objects.requireNonNull(settingsFolder);
        Objects.requireNonNull(kioskConfigFolder);
        Objects.requireNonNull(logFolder);
        Objects.requireNonNull(clock);
        if (countdown.isNegative() || countdown.isZero()) {
            throw new IllegalArgumentException("countdown must be positive: " + countdown);
        }
        if (leastPinIterations < 1) {
            throw new IllegalArgumentException("leastPinIterations must be positive: " + leastPinIterations);
        }
    }

    /** This machine and user, as the README and docs/kiosk.md describe. */
    public static Environment ofThisMachine() {
        return new Environment(SettingsStore.forCurrentUser().file().getParent(), KioskConfig.directory(),
                ErrorLog.directory(), Clock.systemUTC(), COUNTDOWN, KioskPin.DEFAULT_ITERATIONS, true);
    }

    /** Everything in folders under one, e.g. a test's temporary folder; the real clock and countdown. */
    public static Environment under(Path folder) {
        return new Environment(folder.resolve("settings"), folder.resolve("kiosk-config"), folder.resolve("logs"),
                Clock.systemUTC(), COUNTDOWN, KioskPin.DEFAULT_ITERATIONS, true, folder.resolve("home"));
    }

    /** The same, on another clock: a test's fixed day, or one that moves only when told to (the day a kiosk counts a visit in). */
    public Environment withClock(Clock another) {
        return new Environment(settingsFolder, kioskConfigFolder, logFolder, another, countdown, leastPinIterations,
                pinLockedAtStart);
    }

    public Environment withCountdown(Duration length) {
        return new Environment(settingsFolder, kioskConfigFolder, logFolder, clock, length, leastPinIterations, pinLockedAtStart, homeFolder);
    }

    public Environment withSettingsFolder(Path folder) {
        return new Environment(folder, kioskConfigFolder, logFolder, clock, countdown, leastPinIterations, pinLockedAtStart, homeFolder);
    }

    public Environment withKioskConfigFolder(Path folder) {
        return new Environment(settingsFolder, folder, logFolder, clock, countdown, leastPinIterations, pinLockedAtStart, homeFolder);
    }

    public Environment withLogFolder(Path folder) {
        return new Environment(settingsFolder, kioskConfigFolder, folder, clock, countdown, leastPinIterations, pinLockedAtStart, homeFolder);
    }

    /** Trusts a stored kiosk PIN with as few iterations as this: for tests only, which hash quickly. */
    public Environment withLeastPinIterations(int iterations) {
        return new Environment(settingsFolder, kioskConfigFolder, logFolder, clock, countdown, iterations, pinLockedAtStart, homeFolder);
    }

    /** A PIN pad that starts unlocked: for tests only, which enter the PIN as soon as the app is up. */
    public Environment withPinUnlockedAtStart() {
        return new Environment(settingsFolder, kioskConfigFolder, logFolder, clock, countdown, leastPinIterations, false, homeFolder);
    }
}
