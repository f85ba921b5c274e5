package org.careerroutes.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handout's two typefaces, DejaVu Sans and DejaVu Sans Bold, bundled with the app and
 * embedded in each PDF as a subset of the letters it uses, so that it looks the same on every
 * computer and printer.
 *
 * <p>Text is made safe to show first. The fonts draw Latin, Greek and Cyrillic letters and common
 * symbols; what they cannot draw right is marked where it was, visibly, never drawn wrong:
 * right-to-left writing (Arabic, Hebrew: PDFBox lays letters out left to right, unjoined) becomes
 * {@value #RIGHT_TO_LEFT}, emoji become {@value #EMOJI}, and other characters the fonts lack
 * become {@value #NOT_SHOWN}. The screen, the plan file and the QR code keep them all.
 *
 * <p>Measuring and wrapping are linear in the text's length (each character's width is looked up
 * once and added), and wrapping stops after the lines asked for, so a profile's one-word summary
 * of a million characters costs no more than the page it is cut on.
 */
final class PdfFonts {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** Where right-to-left writing was. */
    static final String RIGHT_TO_LEFT = "[right-to-left text not shown]";
    /** Where emoji were. */
    static final String EMOJI = "[emoji]";
    /** Where other characters the fonts lack were. */
    static final String NOT_SHOWN = "[text not shown]";
    /** Shown at the end of text cut short. */
    static final String ELLIPSIS = "\u2026";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();
    /** Each font's widths of the characters met so far, in thousandths of the text size. */
    private final Map<PDType0Font, Map<Integer, Float>> widths = new IdentityHashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument document) {
        return new PdfFonts(font(document, REGULAR), font(document, BOLD));
    }

    private static PDType0Font font(PDDocument document, String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its font " + name);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the app's font " + name + " cannot be read", e);
        }
    }

    /** What a character is, for drawing. */
    private enum Kind { DRAWN, SPACE, DROPPED, RIGHT_TO_LEFT, EMOJI, NOT_SHOWN }

    /**
     * The text as it can be drawn, at most {@code most} characters of it (text beyond cannot fit
     * any page, and is cut with "…"): line breaks and tabs as spaces, other control characters
     * dropped, and runs of what the fonts cannot draw right marked in words.
     */
    String safe(String text, int most) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), most) + 16);
        Kind run = null;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (++count > most) {
                out.append(ELLIPSIS);
                break;
            }
            Kind kind = kindOf(cp);
            if (kind == Kind.SPACE && (run == Kind.RIGHT_TO_LEFT || run == Kind.EMOJI) && continuesRun(text, i, run)) {
                continue;   // a space between two words of one run is part of it
            }
            if (kind == Kind.RIGHT_TO_LEFT || kind == Kind.EMOJI || kind == Kind.NOT_SHOWN) {
                if (kind != run) {
                    out.append(kind == Kind.RIGHT_TO_LEFT ? RIGHT_TO_LEFT : kind == Kind.EMOJI ? EMOJI : NOT_SHOWN);
                }
                run = kind;
                continue;
            }
            if (kind == Kind.DROPPED && (run == Kind.EMOJI || run == Kind.RIGHT_TO_LEFT)) {
                continue;   // a joiner or a direction mark inside a run
            }
            run = null;
            if (kind == Kind.SPACE) {
                out.append(' ');
            } else if (kind == Kind.DRAWN) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether, after spaces, the text goes on with more of the same run. */
    private boolean continuesRun(String text, int from, Kind run) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Kind kind = kindOf(cp);
            if (kind != Kind.SPACE) {
                return kind == run;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private Kind kindOf(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == ' ') {
            return Kind.SPACE;
        }
        if (isEmojiPart(cp)) {
            return Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.NON_SPACING_MARK
                    || cp >= 0xFE00 && cp <= 0xFE0F ? Kind.DROPPED : Kind.EMOJI;
        }
        byte direction = Character.getDirectionality(cp);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_ARABIC_NUMBER) {
            return Kind.RIGHT_TO_LEFT;
        }
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return Kind.DROPPED;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK && !drawable(cp)) {
            return Kind.DROPPED;   // a combining mark the fonts lack: the letter it marks is still drawn
        }
        return known.computeIfAbsent(cp, this::drawable) ? Kind.DRAWN : Kind.NOT_SHOWN;
    }

    /**
     * Emoji and what builds them: the pictographs, regional-indicator flags, skin tones, the
     * joiner and the emoji presentation selector. Symbols the fonts have (☑ ☆ ⊘ ✓) are not.
     */
    private boolean isEmojiPart(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x1F1E6 && cp <= 0x1F1FF || cp >= 0xE0020 && cp <= 0xE007F) {
            return true;
        }
        if (cp == 0x200D || cp == 0xFE0F || cp == 0x20E3) {
            return true;
        }
        return (cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF) && !known.computeIfAbsent(cp, this::drawable);
    }

    private boolean drawable(int codePoint) {
        // The embedded fonts' own character maps: encoding a missing character does not always fail.
        return regular.getCmapLookup().getGlyphId(codePoint) != 0 && bold.getCmapLookup().getGlyphId(codePoint) != 0;
    }

    /** A character's width in the font, in points at {@code size}. */
    float width(PDType0Font font, float size, int codePoint) {
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float thousandths = known.get(codePoint);
        if (thousandths == null) {
            try {
                thousandths = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                thousandths = 0f;   // safe text has only what the fonts draw
            }
            known.put(codePoint, thousandths);
        }
        return thousandths / 1000f * size;
    }

    /** The width of safe text, in points: its characters' widths added (the handout sets no kerning). */
    float width(PDType0Font font, float size, String safeText) {
        float sum = 0;
        for (int i = 0; i < safeText.length(); ) {
            int cp = safeText.codePointAt(i);
            sum += width(font, size, cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    /**
     * Lines of safe text, at most {@code maxLines} of them.
     *
     * @param lines the lines
     * @param cut   true when text was left over: the last line then ends in "…"
     */
    record Wrapped(List<String> lines, boolean cut) {
    }

    /**
     * Safe text broken into lines no wider than {@code width}: at spaces where it can, and inside
     * a word only when the word alone is too wide (a long web address), ending a line that breaks
     * inside a word with {@code hyphen} (the map's narrow boxes use "-"). Stops after
     * {@code maxLines}; the last line then ends in "…".
     */
    Wrapped wrap(String safeText, PDType0Font font, float size, float width, String hyphen, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(font, size, ' ');
        float hyphenWidth = width(font, size, hyphen);
        String text = safeText.strip();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            float wordWidth = width(font, size, text.substring(i, end));
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(text, i, end);
                lineWidth += space + wordWidth;
                i = end;
                continue;
            }
            if (line.length() > 0) {
                if (lines.size() + 1 >= maxLines) {
                    return cut(lines, line.toString(), font, size, width);
                }
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            // The word starts a line; a word wider than the line is broken inside, a line at a time.
            int at = i;
            while (at < end) {
                int cp = text.codePointAt(at);
                float w = width(font, size, cp);
                boolean more = at + Character.charCount(cp) < end;
                if (line.length() > 0 && lineWidth + w + (more ? hyphenWidth : 0) > width) {
                    if (lines.size() + 1 >= maxLines) {
                        return cut(lines, line.toString(), font, size, width);
                    }
                    lines.add(line + hyphen);
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(cp);
                lineWidth += w;
                at += Character.charCount(cp);
            }
            i = end;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return new Wrapped(lines, false);
    }

    /** The lines so far and a last one that ends in "…", as much of {@code last} as fits before it. */
    private Wrapped cut(List<String> lines, String last, PDType0Font font, float size, float width) {
        lines.add(withEllipsis(last, font, size, width));
        return new Wrapped(lines, true);
    }

    /** As much of the line as fits with "…" after it. */
    String withEllipsis(String line, PDType0Font font, float size, float width) {
        float room = width - width(font, size, ELLIPSIS);
        StringBuilder kept = new StringBuilder();
        float used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            float w = width(font, size, cp);
            if (used + w > room) {
                break;
            }
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept.toString().stripTrailing() + ELLIPSIS;
    }
}
