package org.careerroutes.kiosk;

import org.careerroutes.kiosk.insights.InsightsSetting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.careerroutes.kiosk.KioskConfig.MAX_LISTED;
import static org.careerroutes.kiosk.KioskConfig.PIN_ALGORITHM;
import static org.careerroutes.kiosk.KioskConfig.PIN_HASH;
import static org.careerroutes.kiosk.KioskConfig.PIN_ITERATIONS;
import static org.careerroutes.kiosk.KioskConfig.PIN_KEYS;
import static org.careerroutes.kiosk.KioskConfig.PIN_SALT;
import static org.careerroutes.kiosk.KioskConfig.positiveWholeNumber;
import static org.careerroutes.kiosk.KioskConfig.quote;

/**
 * What the kiosk settings file's settings say, and every problem, in file order: each setting is
 * checked for the values it takes, and anything not understood is named as {@code file:line: why}
 * and turns kiosk mode on (see {@link KioskConfig}).
 */
final class KioskSettingsReading {

    private static final String KIOSK = "kiosk";
    private static final String IDLE_TIMEOUT = "idle-timeout";
    private static final String PRINTER = "printer";
    private static final String INSIGHTS = "insights";
    private static final String INSIGHTS_DAYS = "insightsDays";
    private static final Set<String> KEYS = Set.of(KIOSK, IDLE_TIMEOUT, PRINTER, INSIGHTS, INSIGHTS_DAYS, PIN_ALGORITHM,
            PIN_ITERATIONS, PIN_SALT, PIN_HASH);
    private static final String SET_AGAIN = "set it again with --set-kiosk-pin";


    private final Path file;
    private final int leastIterations;
    private final Map<String, KioskSettingsFile.Entry> settings = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean linesUnread;

    KioskSettingsReading(Path file, int leastIterations) {
        this.file = file;
        this.leastIterations = leastIterations;
    }

    void entry(KioskSettingsFile.Entry entry) {
        if (entry.problem().isPresent()) {
            linesUnread = true;
            problem(entry, "this line " + entry.problem().get());
            return;
        }
        if (!entry.isSetting()) {
            return;
        }
        String key = entry.key().get();
        if (!KEYS.contains(key)) {
            problem(entry, "unknown setting " + quote(key));
        } else if (settings.containsKey(key)) {
            problem(entry, key + " is set again (first on line " + settings.get(key).line() + ")");
        } else {
            settings.put(key, entry);
        }
    }

    KioskConfig finish() {
        boolean kiosk = either(KIOSK, "true", "false", "").orElse(false);
        OptionalInt idle = OptionalInt.empty();
        KioskSettingsFile.Entry idleLine = settings.get(IDLE_TIMEOUT);
        if (idleLine != null) {
            idle = positiveWholeNumber(idleLine.value());
            if (idle.isEmpty()) {
                problem(idleLine, "idle-timeout must be a whole number of seconds above 0, not " + quote(idleLine.value()));
            }
        }
        boolean printer = either(PRINTER, "yes", "no", "").orElse(false);
        InsightsSetting insights = insights();
        Optional<KioskPin> pin = pin();
        boolean pinKeys = PIN_KEYS.stream().anyMatch(settings::containsKey);
        // A line that could not be read may have been the PIN's: then it is not "no PIN".
        boolean pinUnreadable = pin.isEmpty() && (pinKeys || linesUnread);
        // Fails closed: a file with any problem turns kiosk mode on and allows no printing.
        return new KioskConfig(kiosk || !problems.isEmpty(), idle, pin, pinUnreadable, listed(problems),
                printer && problems.isEmpty(), problems.isEmpty() ? insights : InsightsSetting.OFF);
    }

    /**
     * A setting that takes one of two words, in small letters: true for the first, false for the
     * second, empty when it is not set; a problem (and empty) for anything else.
     *
     * @param consequence said after the problem, e.g. what the kiosk does meanwhile
     */
    private Optional<Boolean> either(String key, String yes, String no, String consequence) {
        KioskSettingsFile.Entry line = settings.get(key);
        if (line == null) {
            return Optional.empty();
        }
        String value = line.value().strip();
        if (value.equals(yes) || value.equals(no)) {
            return Optional.of(value.equals(yes));
        }
        problem(line, key + " must be " + yes + " or " + no + " (in small letters), not " + quote(line.value()) + consequence);
        return Optional.empty();
    }

    /** Whether visits are counted, and for how many days; a value not understood counts nothing. */
    private InsightsSetting insights() {
        String meanwhile = "; until it is put right, no visits are counted";
        boolean on = settings.containsKey(INSIGHTS) ? either(INSIGHTS, "on", "off", meanwhile).orElse(false) : true;
        int days = InsightsSetting.DEFAULT_DAYS;
        KioskSettingsFile.Entry daysLine = settings.get(INSIGHTS_DAYS);
        if (daysLine != null) {
            OptionalInt value = positiveWholeNumber(daysLine.value());
            if (value.isPresent() && value.getAsInt() <= InsightsSetting.MOST_DAYS) {
                days = value.getAsInt();
            } else {
                problem(daysLine, "insightsDays must be a whole number of days from 1 to " + InsightsSetting.MOST_DAYS
                        + ", not " + quote(daysLine.value()) + meanwhile);
                on = false;
            }
        }
        return new InsightsSetting(on, days);
    }

    private Optional<KioskPin> pin() {
        if (PIN_KEYS.stream().noneMatch(settings::containsKey)) {
            return Optional.empty();
        }
        List<String> missing = PIN_KEYS.stream().filter(key -> !settings.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            problem(settings.get(PIN_KEYS.stream().filter(settings::containsKey).findFirst().orElseThrow()),
                    "the kiosk PIN is damaged (no " + String.join(", ", missing) + "); " + SET_AGAIN);
            return Optional.empty();
        }
        KioskSettingsFile.Entry algorithm = settings.get(PIN_ALGORITHM);
        if (!KioskPin.ALGORITHM.equals(algorithm.value().strip())) {
            problem(algorithm, "the kiosk PIN is damaged (pin.algorithm is not " + KioskPin.ALGORITHM + "); " + SET_AGAIN);
            return Optional.empty();
        }
        KioskSettingsFile.Entry iterations = settings.get(PIN_ITERATIONS);
        OptionalInt count = positiveWholeNumber(iterations.value());
        if (count.isEmpty()) {
            problem(iterations, "the kiosk PIN is damaged (pin.iterations is not a whole number above 0); " + SET_AGAIN);
            return Optional.empty();
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(settings.get(PIN_SALT).value().strip());
        } catch (IllegalArgumentException e) {
            problem(settings.get(PIN_SALT), "the kiosk PIN is damaged (pin.salt is not Base64); " + SET_AGAIN);
            return Optional.empty();
        }
        try {
            hash = Base64.getDecoder().decode(settings.get(PIN_HASH).value().strip());
        } catch (IllegalArgumentException e) {
            problem(settings.get(PIN_HASH), "the kiosk PIN is damaged (pin.hash is not Base64); " + SET_AGAIN);
            return Optional.empty();
        }
        Optional<String> damage = KioskPin.damage(count.getAsInt(), salt.length, hash.length, leastIterations);
        if (damage.isPresent()) {
            String key = damage.get().substring(0, damage.get().indexOf(' '));
            problem(settings.getOrDefault(key, iterations), "the kiosk PIN is damaged (" + damage.get() + "); " + SET_AGAIN);
            return Optional.empty();
        }
        return Optional.of(KioskPin.of(count.getAsInt(), salt, hash, leastIterations));
    }

    private void problem(KioskSettingsFile.Entry entry, String why) {
        problems.add(new Problem(entry.line(), file + ":" + entry.line() + ": " + why));
    }

    /** In line order (a value's problem is found after every line is read), at most {@value #MAX_LISTED}. */
    private static List<String> listed(List<Problem> problems) {
        List<String> sorted = problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
        if (sorted.size() <= MAX_LISTED) {
            return sorted;
        }
        List<String> shown = new ArrayList<>(sorted.subList(0, MAX_LISTED));
        shown.add("\u2026 and " + (sorted.size() - MAX_LISTED) + " more problems in the same file");
        return shown;
    }

    private record Problem(int line, String text) {
    }
}
