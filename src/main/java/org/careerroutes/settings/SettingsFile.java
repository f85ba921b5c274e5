package org.careerroutes.settings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a settings file, line by line: what each good line sets, the lines this version
 * keeps as they are (settings it does not know, comments), and each line it cannot use, with why.
 * One bad line costs only that line. No I/O: {@link SettingsStore} reads and writes the file.
 */
final class SettingsFile {

    /** The first line this app writes; not kept as a comment of the user's. */
    static final String HEADER = "# Career Routes settings";

    /** A setting's name: what this version and any later one writes before the {@code =}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    /** Values quoted in a message are cut to this many characters. */
    private static final int QUOTED_LENGTH = 40;

    /** One line that could not be used, and why. */
    record LineProblem(int line, String why) {
        String format() {
            return "line " + line + ": " + why;
        }
    }

    /**
     * @param settings  the defaults, with every good line applied
     * @param kept      lines to write back as they were: settings this version does not know, comments
     * @param problems  the lines that could not be used, in file order
     * @param someKept  at least one setting (known or not) was read or kept
     */
    record Parsed(Settings settings, List<String> kept, List<LineProblem> problems, boolean someKept) {
        Parsed {
            kept = List.copyOf(kept);
            problems = List.copyOf(problems);
        }
    }

    /** The file's text is marked as UTF-16 (by a byte-order mark) but is not. */
    static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    private SettingsFile() {
    }

    /**
     * Reads a file's bytes: UTF-8, with or without a byte-order mark (Notepad writes one), or
     * UTF-16 when it starts with that byte-order mark. A line that is not UTF-8 is a problem of
     * that line only.
     */
    static Parsed parse(byte[] bytes) throws NotText {
        List<Optional<String>> lines;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            lines = utf16(bytes, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            lines = utf16(bytes, StandardCharsets.UTF_16BE);
        } else {
            lines = utf8(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        }
        return parse(lines);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Optional<String>> utf16(byte[] bytes, Charset charset) throws NotText {
        try {
            String text = strict(charset).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            return text.lines().map(Optional::of).toList();
        } catch (CharacterCodingException e) {
            throw new NotText("starts as UTF-16 text but is not");
        }
    }

    /** Each line on its own, so that bytes that are not UTF-8 cost only their line. */
    private static List<Optional<String>> utf8(byte[] bytes, int start) {
        List<Optional<String>> lines = new ArrayList<>();
        int from = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    String segment = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, from, i - from)).toString();
                    // A segment may hold old Mac line ends (a lone CR) as well as end in CRLF's CR.
                    segment.lines().forEach(line -> lines.add(Optional.of(line)));
                    if (segment.isEmpty()) {
                        lines.add(Optional.of(""));
                    }
                } catch (CharacterCodingException e) {
                    lines.add(Optional.empty());
                }
                from = i + 1;
            }
        }
        return lines;
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @param lines each line's text, or empty where the line is not text */
    static Parsed parse(List<Optional<String>> lines) {
        Reading reading = new Reading();
        for (int i = 0; i < lines.size(); i++) {
            reading.line(i + 1, lines.get(i));
        }
        return reading.finish();
    }

    /** The settings as read so far. */
    private static final class Reading {
        private Settings settings = Settings.DEFAULTS;
        private final List<String> kept = new ArrayList<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private boolean someKept;
        private Double x;
        private Double y;
        private Double width;
        private Double height;
        private boolean maximised;

        void line(int number, Optional<String> text) {
            if (text.isEmpty()) {
                problems.add(new LineProblem(number, "this line is not text (save the file as UTF-8)"));
                return;
            }
            String raw = text.get();
            String line = raw.strip();
            if (line.isEmpty() || line.equals(HEADER)) {
                return;
            }
            if (line.startsWith("#")) {
                kept.add(raw);
                return;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                problems.add(new LineProblem(number, "expected a setting written as name=value, not " + quote(line)));
                return;
            }
            String value = line.substring(equals + 1).strip();
            try {
                if (!apply(name, value)) {
                    // A setting from a later version, or for another tool: written back as it was.
                    kept.add(raw);
                }
                someKept = true;
            } catch (BadValue e) {
                problems.add(new LineProblem(number, name + " must be " + e.allowed + ", not " + quote(value)));
            }
        }

        /** @return whether this version knows the setting */
        private boolean apply(String name, String value) throws BadValue {
            switch (name) {
                case "textScale" -> settings = settings.withTextScale(textScale(value));
                case "highContrast" -> settings = settings.withHighContrast(bool(value));
                case "reducedMotion" -> settings = settings.withReducedMotion(bool(value));
                case "window.x" -> x = number(value, false);
                case "window.y" -> y = number(value, false);
                case "window.width" -> width = number(value, true);
                case "window.height" -> height = number(value, true);
                case "window.maximised" -> maximised = bool(value);
                default -> {
                    return false;
                }
            }
            return true;
        }

        Parsed finish() {
            if (x != null && y != null && width != null && height != null) {
                settings = settings.withWindow(new Settings.WindowBounds(x, y, width, height, maximised));
            }
            return new Parsed(settings, kept, problems, someKept);
        }
    }

    /** A value outside what a setting allows. */
    private static final class BadValue extends Exception {
        final String allowed;

        BadValue(String allowed) {
            super(allowed, null, false, false);
            this.allowed = allowed;
        }
    }

    private static int textScale(String value) throws BadValue {
        String allowed = "a whole number from " + Settings.MIN_TEXT_SCALE + " to " + Settings.MAX_TEXT_SCALE;
        try {
            int n = Integer.parseInt(value);
            if (n < Settings.MIN_TEXT_SCALE || n > Settings.MAX_TEXT_SCALE) {
                throw new BadValue(allowed);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadValue(allowed);
        }
    }

    private static boolean bool(String value) throws BadValue {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new BadValue("true or false");
    }

    /** A window's place or size: NaN and infinity are not places, and a size is above 0. */
    private static double number(String value, boolean size) throws BadValue {
        String allowed = size ? "a number above 0" : "a number";
        try {
            double n = Double.parseDouble(value);
            if (!Double.isFinite(n) || (size && n <= 0)) {
                throw new BadValue(allowed);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadValue(allowed);
        }
    }

    /** A value as a message shows it: in quotes, control characters as ?, cut short if long. */
    static String quote(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(QUOTED_LENGTH).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (value.codePointCount(0, value.length()) > QUOTED_LENGTH) {
            shown.append('\u2026');
        }
        return "\"" + shown + "\"";
    }

    /** The file's new text: this version's settings, then every line it kept, as they were. */
    static String format(Settings settings, List<String> kept) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("textScale=").append(settings.textScale()).append('\n');
        text.append("highContrast=").append(settings.highContrast()).append('\n');
        text.append("reducedMotion=").append(settings.reducedMotion()).append('\n');
        settings.window().ifPresent(w -> text
                .append("window.x=").append(w.x()).append('\n')
                .append("window.y=").append(w.y()).append('\n')
                .append("window.width=").append(w.width()).append('\n')
                .append("window.height=").append(w.height()).append('\n')
                .append("window.maximised=").append(w.maximised()).append('\n'));
        kept.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
