package org.careerroutes.ui;

import org.careerroutes.kit.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text and background pair the stylesheets use meets WCAG 2.2 AA: 4.5:1 for text, 3:1
 * for large text, focus outlines and map lines. Read from the palettes themselves, so a colour
 * changed in colors.css or high-contrast.css is checked at once.
 */
class ContrastTest {

    /** foreground, background, minimum ratio, where the pair is used. */
    private static final Object[][] PAIRS = {
            {"-cr-text", "-cr-background", 4.5, "page text"},
            {"-cr-text", "-cr-surface", 4.5, "text on cards, footer, map steps"},
            {"-cr-text-muted", "-cr-background", 4.5, "muted text on the page"},
            {"-cr-text-muted", "-cr-surface", 4.5, "muted text on cards, kind words on steps"},
            {"-cr-text-muted", "-cr-fact-background", 4.5, "fact sources"},
            {"-cr-text", "-cr-fact-background", 4.5, "fact text"},
            {"-cr-text", "-cr-chip-background", 4.5, "skill chips"},
            {"-cr-text", "-cr-accent-soft", 4.5, "entry requirements panel"},
            {"-cr-text", "-cr-callout-background", 4.5, "registration call-out"},
            {"-cr-callout-text", "-cr-callout-background", 4.5, "call-out badge"},
            {"-cr-accent", "-cr-surface", 4.5, "card titles, selected tab, links"},
            {"-cr-accent", "-cr-background", 4.5, "links on the page"},
            {"-cr-accent-text", "-cr-path", 4.5, "step numbers"},
            {"-cr-text", "-cr-stage-band", 4.5, "stage titles"},
            {"-cr-text", "-cr-selected-background", 4.5, "selected step"},
            {"-cr-text", "-cr-control-background", 4.5, "button and drop-down labels"},
            {"-cr-text", "-cr-control-hover", 4.5, "a button under the pointer"},
            {"-cr-control-border", "-cr-surface", 3.0, "outlines of buttons, fields and check boxes"},
            {"-cr-control-border", "-cr-control-background", 3.0, "button outlines"},
            {"-cr-focus", "-cr-background", 3.0, "focus outline on the page"},
            {"-cr-focus", "-cr-surface", 3.0, "focus outline on cards"},
            {"-cr-edge", "-cr-map-background", 3.0, "map lines"},
            {"-cr-edge", "-cr-stage-band", 3.0, "map lines across a stage band"},
            {"-cr-path", "-cr-stage-band", 3.0, "the chosen route's lines"},
            {"-cr-step-border", "-cr-stage-band", 3.0, "step outlines"},
            {"-cr-met-text", "-cr-met-background", 4.5, "\"you have this\" marks and verdicts"},
            {"-cr-predicted-text", "-cr-predicted-background", 4.5, "\"predicted\" marks and verdicts"},
            {"-cr-not-yet-text", "-cr-not-yet-background", 4.5, "\"not yet\" marks and verdicts"},
            {"-cr-considered-text", "-cr-considered-background", 4.5, "\"may be considered\" marks"},
    };

    @ParameterizedTest
    @ValueSource(strings = {"colors.css", "high-contrast.css"})
    void everyPairMeetsWcagAa(String sheet) throws IOException {
        Map<String, String> palette = palette("colors.css");
        if (!sheet.equals("colors.css")) {
            palette.putAll(palette(sheet));   // an override replaces only what it names
        }
        List<String> failures = new ArrayList<>();
        for (Object[] pair : PAIRS) {
            double ratio = ratio(colour(palette, (String) pair[0]), colour(palette, (String) pair[1]));
            if (ratio < (double) pair[2]) {
                failures.add(String.format("%s on %s (%s): %.2f:1, needs %.1f:1", pair[0], pair[1], pair[3], ratio, pair[2]));
            }
        }
        assertEquals(List.of(), failures, sheet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"colors.css", "high-contrast.css"})
    void theHighContrastPaletteIsStrongerForBodyText(String sheet) throws IOException {
        Map<String, String> palette = palette("colors.css");
        palette.putAll(palette(sheet));
        double body = ratio(colour(palette, "-cr-text"), colour(palette, "-cr-background"));
        assertTrue(body >= (sheet.equals("colors.css") ? 4.5 : 7.0), sheet + ": " + body);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0})
    void theRatioFormulaMatchesKnownValues(double unused) {
        assertEquals(21.0, ratio(new int[] {0, 0, 0}, new int[] {255, 255, 255}), 0.01);
        assertEquals(4.54, ratio(new int[] {0x76, 0x76, 0x76}, new int[] {255, 255, 255}), 0.01);
    }

    private static Map<String, String> palette(String name) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(name)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher m = Pattern.compile("(-cr-[a-z-]+)\\s*:\\s*([^;]+);").matcher(css);
            while (m.find()) {
                colours.put(m.group(1), m.group(2).strip());
            }
            assertTrue(colours.size() > 10, "palette read from " + name);
            return colours;
        }
    }

    /** A palette colour as RGB, following references to other palette colours. */
    private static int[] colour(Map<String, String> palette, String name) {
        String value = palette.get(name);
        assertTrue(value != null, "palette has " + name);
        if (value.startsWith("-cr-")) {
            return colour(palette, value);
        }
        assertTrue(value.matches("#[0-9a-fA-F]{6}"), name + " is a #rrggbb colour: " + value);
        return new int[] {Integer.parseInt(value.substring(1, 3), 16), Integer.parseInt(value.substring(3, 5), 16),
                Integer.parseInt(value.substring(5, 7), 16)};
    }

    static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
