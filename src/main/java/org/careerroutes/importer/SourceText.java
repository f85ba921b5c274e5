package org.careerroutes.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job profile's text as an adviser saved it, read into lines. Text copied from a web page and
 * saved by Notepad may be UTF-8 (with or without a byte-order mark), UTF-16 ("Unicode") or the
 * older Windows-1252 ("ANSI"): each is read, and the last two are named in the report. Anything
 * that is not text at all (a Word document, a PDF, a picture) is refused with what it seems to be.
 *
 * @param readAs how the bytes were read, when that is worth saying ("Windows-1252 (ANSI)")
 */
public record SourceText(String name, List<Line> lines, Optional<String> readAs) {

    /** Far more than any job profile (the built-in one's text is under 4 KB); a larger file is not one. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Bullet marks as pasted from web pages and word processors, and numbered items ("1.", "2)"). */
    private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u00b7*\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u27a2\u25ba\u2013\u2014-]|\\d{1,2}[.)]|\\(\\d{1,2}\\))\\s+(\\S.*)$");

    /**
     * One line of the text, its spacing tidied (tabs and runs of spaces as one space, the
     * invisible characters web pages carry left out).
     *
     * @param number the line's number in the file, from 1, for the report
     * @param text   the line without its bullet mark, if it had one
     * @param bullet whether it began with a bullet mark or a number
     */
    public record Line(int number, String text, boolean bullet) {

        public boolean isBlank() {
            return text.isEmpty();
        }
    }

    public SourceText {
        lines = List.copyOf(lines);
    }

    /** Why a file is not a job profile's text at all. */
    public static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    /** Reads a file's bytes; {@code name} names it in messages. */
    public static SourceText read(String name, byte[] bytes) throws NotText {
        String text = decoded(name, bytes);
        Optional<String> readAs = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)
                ? Optional.of("UTF-16 (\"Unicode\")")
                : isUtf8(bytes) ? Optional.empty() : Optional.of("Windows-1252 (\"ANSI\"), since it is not UTF-8");
        return of(name, text, readAs);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decoded(String name, byte[] bytes) throws NotText {
        if (bytes.length > MAX_BYTES) {
            throw new NotText("is too large for a job profile's text (" + sizeInWords(bytes.length)
                    + "); a profile's text is a few KB, and the limit is " + MAX_BYTES / 1024 + " KB");
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            Optional<String> kind = binaryKind(bytes);
            if (kind.isPresent()) {
                throw new NotText("is not text: it looks like " + kind.get()
                        + "; copy the profile's text into a plain text file (.txt) and import that");
            }
            text = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                    : new String(bytes, Charset.forName("windows-1252"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    /**
     * A text file's bytes as text, read as {@link #read} reads them (UTF-8, UTF-16 or Windows-1252),
     * for showing it to be edited; lines as they were, bullets and all.
     */
    public static String decode(String name, byte[] bytes) throws NotText {
        return decoded(name, bytes);
    }

    /** Text already in hand (pasted into the app). */
    public static SourceText of(String name, String text) {
        return of(name, text, Optional.empty());
    }

    private static SourceText of(String name, String text, Optional<String> readAs) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String tidy = tidy(raw[i]);
            Matcher bullet = BULLET.matcher(tidy);
            lines.add(bullet.matches() ? new Line(i + 1, bullet.group(1).strip(), true) : new Line(i + 1, tidy, false));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return new SourceText(name, lines, readAs);
    }

    /**
     * Text with curly apostrophes and single quotes (as web pages write them: "You’ll") as straight
     * ones, one for one, so that the phrases the importer looks for match either, and places in the
     * text stay the same.
     */
    static String plain(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Whether there is any text at all. */
    public boolean isEmpty() {
        return lines.stream().allMatch(Line::isBlank);
    }

    /** Tabs, no-break spaces and runs of spaces as one space; zero-width characters and other controls left out. */
    static String tidy(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u2009' || c == '\u2002'
                    || c == '\u2003') {
                out.append(' ');
            } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad'
                    || Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.isSurrogate(c) && !isPaired(line, i)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isPaired(String line, int i) {
        char c = line.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(line.charAt(i - 1));
    }

    /** What a file that is not text seems to be, from its first bytes; empty for text. */
    private static Optional<String> binaryKind(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of("a Word document or another zipped file");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an older Word document");
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            return Optional.of("a rich-text (RTF) document");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("a picture");
        }
        int controls = 0;
        int looked = Math.min(bytes.length, 8192);
        for (int i = 0; i < looked; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("a binary file (it has NUL bytes)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 20 > looked ? Optional.of("a binary file") : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... start) {
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if ((bytes[i] & 0xFF) != start[i]) {
                return false;
            }
        }
        return true;
    }

    /** "740 bytes", "10.0 MB". */
    static String sizeInWords(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
