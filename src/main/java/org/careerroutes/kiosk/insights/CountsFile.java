package org.careerroutes.kiosk.insights;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The counts file's text: a header, then one line a day, oldest first, each the date and its
 * totals as {@code name=count} in the order of their names:
 *
 * <pre>
 * # Career Routes kiosk: visits counted per day, totals only (see docs/kiosk.md).
 * career-routes-visit-counts 1
 * 2026-12-01 answer.yes=3 length.1-3=4 tab.overview=10 tab.route-map=6 visits=10 with-action=7
 * </pre>
 *
 * Read strictly: anything else (a line that is not a day, a day out of order or twice, a name
 * this version does not write, a count that is not a whole number) is damage, named by its line.
 * No I/O here: {@link CountsStore} reads and writes the file.
 */
public final class CountsFile {

    static final String HEADER = "career-routes-visit-counts";
    static final int VERSION = 1;
    private static final String COMMENT = "# Career Routes kiosk: visits counted per day, totals only (see docs/kiosk.md)."
            + " Written by the kiosk; do not edit.";
    /** More names than a day ever has (a profile's tabs and pathways twice, and the fixed ones). */
    static final int MAX_NAMES = 1_000;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,18}");

    /** Why the file cannot be read, with the line it is on (0 for the file as a whole). */
    public static final class Damaged extends Exception {
        private final int line;

        Damaged(int line, String why) {
            super(why);
            this.line = line;
        }

        public int line() {
            return line;
        }

        /** "file:line: why", or "file: why" for the whole file. */
        public String describe(Object file) {
            return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
        }
    }

    private CountsFile() {
    }

    /** The file's bytes for these counts (UTF-8, one line a day, with the system's line ends). */
    public static byte[] bytes(VisitCounts counts) {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder(64 + counts.days().size() * 400);
        text.append(COMMENT).append(newline).append(HEADER).append(' ').append(VERSION).append(newline);
        counts.days().forEach((day, totals) -> {
            text.append(day);
            totals.forEach((name, count) -> text.append(' ').append(name).append('=').append(count));
            text.append(newline);
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the file's text; throws for the first thing in it that this version did not write. */
    public static VisitCounts parse(String text) throws Damaged {
        String[] lines = text.split("\r\n|\n|\r", -1);
        TreeMap<LocalDate, Map<String, Long>> days = new TreeMap<>();
        boolean header = false;
        LocalDate previous = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header(line, number);
                header = true;
                continue;
            }
            String[] parts = line.split(" ", -1);
            LocalDate day = date(parts[0], number);
            if (previous != null && !day.isAfter(previous)) {
                throw new Damaged(number, day.equals(previous) ? "the day " + day + " is there twice"
                        : "the day " + day + " comes after " + previous + ": days are kept in order");
            }
            previous = day;
            if (parts.length - 1 > MAX_NAMES) {
                throw new Damaged(number, "more counts in a day than a kiosk keeps (" + MAX_NAMES + " at most)");
            }
            SortedMap<String, Long> counts = new TreeMap<>();
            for (int p = 1; p < parts.length; p++) {
                count(parts[p], counts, number);
            }
            days.put(day, counts);
        }
        if (!header) {
            throw new Damaged(0, "has no \"" + HEADER + " " + VERSION + "\" line: it is not a counts file");
        }
        return VisitCounts.of(days);
    }

    private static void header(String line, int number) throws Damaged {
        String[] words = line.strip().split(" ");
        if (words.length != 2 || !words[0].equals(HEADER)) {
            throw new Damaged(number, "is not a counts file (its first line should be \"" + HEADER + " " + VERSION + "\")");
        }
        if (!words[1].equals(Integer.toString(VERSION))) {
            throw new Damaged(number, "is in counts format " + shown(words[1]) + ", which this version of Career Routes"
                    + " does not read (it reads format " + VERSION + ")");
        }
    }

    private static LocalDate date(String text, int number) throws Damaged {
        if (!DATE.matcher(text).matches()) {
            throw new Damaged(number, "should start with a day as YEAR-MONTH-DAY, not " + shown(text));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Damaged(number, shown(text) + " is not a day of the calendar");
        }
    }

    private static void count(String pair, SortedMap<String, Long> counts, int number) throws Damaged {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            throw new Damaged(number, shown(pair) + " is not name=count");
        }
        String name = pair.substring(0, equals);
        String count = pair.substring(equals + 1);
        if (!Measure.isKnown(name)) {
            throw new Damaged(number, shown(name) + " is not something a kiosk counts");
        }
        long value;
        try {
            value = COUNT.matcher(count).matches() ? Long.parseLong(count) : -1;
        } catch (NumberFormatException tooLarge) {
            value = -1;
        }
        if (value < 0) {
            throw new Damaged(number, "the count of " + name + " is not a whole number: " + shown(count));
        }
        if (counts.put(name, value) != null) {
            throw new Damaged(number, name + " is counted twice in one day");
        }
    }

    /** Text from the file as a message shows it: quoted, control characters as ?, cut short if long. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(40).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.append(text.codePointCount(0, text.length()) > 40 ? "\u2026\"" : "\"").toString();
    }
}
