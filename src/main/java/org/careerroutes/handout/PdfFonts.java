package org.careerroutes.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The handout's two typefaces, DejaVu Sans and DejaVu Sans Bold, bundled with the app and
 * embedded in each PDF as a subset of the letters it uses, so that it looks the same on every
 * computer and printer. Text is made safe to show first: a character the fonts lack (an emoji in
 * a note) becomes a replacement mark rather than stopping the handout.
 */
final class PdfFonts {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** Shown for a character the fonts do not have. */
    private static final String MISSING = "?";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

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

    /**
     * The text with line breaks and tabs as spaces, other control characters dropped, and
     * characters that neither font can draw replaced.
     */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped: nothing to see
            } else if (known.computeIfAbsent(cp, this::drawable)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean drawable(int codePoint) {
        // The embedded fonts' own character maps: encoding a missing character does not always fail.
        return regular.getCmapLookup().getGlyphId(codePoint) != 0 && bold.getCmapLookup().getGlyphId(codePoint) != 0;
    }

    /** The width of already safe text, in points. */
    static float width(PDType0Font font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Safe text broken into lines no wider than {@code width}: at spaces where it can, and inside
     * a word only when the word alone is too wide (a long web address).
     */
    static List<String> wrap(String safeText, PDType0Font font, float size, float width) {
        return wrap(safeText, font, size, width, "");
    }

    /**
     * As {@link #wrap(String, PDType0Font, float, float)}, ending a line that breaks inside a word
     * with {@code hyphen} (the map's narrow boxes use "-").
     */
    static List<String> wrap(String safeText, PDType0Font font, float size, float width, String hyphen) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safeText.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.codePointCount(0, rest.length()) > 1) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length()) {
                    int next = rest.offsetByCodePoints(cut, 1);
                    if (width(font, size, rest.substring(0, next) + hyphen) > width) {
                        break;
                    }
                    cut = next;
                }
                lines.add(rest.substring(0, cut) + hyphen);
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
