package org.careerroutes.kiosk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The text of {@code kiosk.properties}, setting by setting, each with the line it starts on. A
 * setting is read by {@link Properties} itself (so {@code key=value}, {@code key: value}, escapes
 * such as {@code \u00e9} and a value carried on over lines ending in {@code \} mean what they
 * always have), but one setting at a time: a line that cannot be read costs that line only, and
 * is named. Every line's bytes are kept, so that a new PIN replaces the PIN's lines and nothing
 * else. No I/O: {@link KioskConfig} reads and writes the file.
 */
final class KioskSettingsFile {

    /** One setting, or lines that hold none (blank lines, comments), or lines that could not be read. */
    record Entry(int line, List<byte[]> lines, Optional<String> key, String value, Optional<String> problem) {

        boolean isSetting() {
            return key.isPresent();
        }
    }

    private KioskSettingsFile() {
    }

    /** Reads a file's bytes: UTF-8, with or without a byte-order mark (Notepad writes one). */
    static List<Entry> parse(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        List<byte[]> raw = lines(bytes, start);
        List<Optional<String>> text = raw.stream().map(KioskSettingsFile::decode).toList();
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            int first = i;
            Optional<String> line = text.get(i);
            if (line.isEmpty()) {
                entries.add(problem(first, raw.subList(first, first + 1), "is not UTF-8 text (save the file as UTF-8)"));
                i++;
                continue;
            }
            String lead = stripLeading(line.get());
            if (lead.isEmpty() || lead.startsWith("#") || lead.startsWith("!")) {
                entries.add(new Entry(first + 1, raw.subList(first, first + 1), Optional.empty(), "", Optional.empty()));
                i++;
                continue;
            }
            // A line ending in an odd number of backslashes goes on into the next, as Properties reads it.
            StringBuilder setting = new StringBuilder(line.get());
            boolean allText = true;
            while (goesOn(text.get(i).orElse("")) && i + 1 < raw.size()) {
                i++;
                if (text.get(i).isEmpty()) {
                    allText = false;
                    break;
                }
                setting.append('\n').append(text.get(i).get());
            }
            i++;
            List<byte[]> lines = raw.subList(first, i);
            entries.add(allText ? read(first, lines, setting.toString())
                    : problem(first, lines, "goes on into a line that is not UTF-8 text (save the file as UTF-8)"));
        }
        return entries;
    }

    /**
     * The file's new bytes: every line as it was except the settings {@code replaced} picks, and
     * then {@code added}, one {@code key=value} a line. Lines that could not be read are kept as
     * they were: they may have said {@code kiosk=true}.
     */
    static byte[] rewrite(List<Entry> entries, Predicate<String> replaced, Map<String, String> added, String header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] newline = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
        if (entries.isEmpty()) {
            out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(newline);
        }
        byte[] last = new byte[0];
        for (Entry entry : entries) {
            if (entry.key().filter(replaced).isPresent()) {
                continue;
            }
            for (byte[] line : entry.lines()) {
                out.writeBytes(line);
                out.writeBytes(newline);
                last = line;
            }
        }
        if (!added.isEmpty() && goesOn(new String(last, StandardCharsets.UTF_8))) {
            // The file's last line ends in a backslash, which carries a setting on into the next line:
            // an empty line ends it there, so that each new setting is read on a line of its own.
            out.writeBytes(newline);
        }
        added.forEach((key, value) -> {
            out.writeBytes((key + "=" + value).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(newline);
        });
        return out.toByteArray();
    }

    private static Entry read(int first, List<byte[]> lines, String setting) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(setting));
        } catch (IllegalArgumentException e) {
            // Properties' only complaint: "Malformed \\uxxxx encoding."
            return problem(first, lines, "cannot be read: a \\u escape must be followed by four hexadecimal digits (0-9, a-f)");
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
        if (one.size() != 1) {
            return problem(first, lines, "cannot be read as one setting");
        }
        String key = one.stringPropertyNames().iterator().next();
        return new Entry(first + 1, lines, Optional.of(key), one.getProperty(key), Optional.empty());
    }

    private static Entry problem(int first, List<byte[]> lines, String why) {
        return new Entry(first + 1, lines, Optional.empty(), "", Optional.of(why));
    }

    /** The lines' bytes, without their ends: LF, CRLF or a lone CR, as Properties counts them. */
    private static List<byte[]> lines(byte[] bytes, int start) {
        List<byte[]> lines = new ArrayList<>();
        int from = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                lines.add(Arrays.copyOfRange(bytes, from, i));
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        if (from < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, from, bytes.length));
        }
        return lines;
    }

    private static Optional<String> decode(byte[] line) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Without the white space Properties skips at a line's start: spaces, tabs and form feeds. */
    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean goesOn(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
