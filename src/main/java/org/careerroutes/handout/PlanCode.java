package org.careerroutes.handout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import org.careerroutes.eligibility.Outcome;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan as a QR code for a kiosk visitor's phone: short plain text (the app's name, the job,
 * the pathway's steps with the visitor's marks, the verdicts' headlines and the licence line)
 * that any phone camera shows with no internet. Kept small enough that a phone reads it from a
 * screen at a fair: at most {@value #MAX_BYTES} bytes, which fits QR version {@value #MAX_VERSION}
 * with error correction M. When the plan is longer, step titles are shortened, then routes with no
 * requirements to check are left out of the verdicts, then the verdicts and steps beyond what fits
 * are summed up in a line.
 */
public final class PlanCode {

    /** The largest QR version the code may need. */
    public static final int MAX_VERSION = 15;
    /**
     * What version 15 holds at level M in byte mode with the mark that says UTF-8 (410 bytes, as
     * measured with the encoder), less a little.
     */
    public static final int MAX_BYTES = 408;
    /** Modules of empty margin the code needs around it to be read. */
    public static final int QUIET_ZONE = 4;
    private static final int SHORT_TITLE = 34;

    private PlanCode() {
    }

    /** A QR code's modules: {@code dark[y][x]}, without the quiet zone. */
    public record Matrix(int version, boolean[][] dark) {

        public int size() {
            return dark.length;
        }

        public boolean isDark(int x, int y) {
            return dark[y][x];
        }
    }

    /** The plan's text for the code, at most {@value #MAX_BYTES} bytes in UTF-8. */
    public static String text(Handout handout) {
        for (Verdicts verdicts : Verdicts.values()) {
            for (int titleLength : new int[] {Integer.MAX_VALUE, SHORT_TITLE, 22}) {
                String text = text(handout, titleLength, verdicts, Integer.MAX_VALUE);
                if (fits(text)) {
                    return text;
                }
            }
        }
        for (int steps = handout.steps().size() - 1; steps >= 0; steps--) {
            String text = text(handout, 22, Verdicts.COUNTED, steps);
            if (fits(text)) {
                return text;
            }
        }
        return Handout.APP_NAME + ": " + handout.title() + "\n" + licence(handout);
    }

    private static boolean fits(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /**
     * How much of the verdicts the code says: each route's headline; those of routes with
     * requirements to check (a headline that names a route's way in is longer, and "No
     * requirements to check" tells a visitor nothing to act on); or how many routes are met.
     */
    private enum Verdicts { EVERY, CHECKED, COUNTED }

    private static String text(Handout handout, int titleLength, Verdicts verdicts, int stepsShown) {
        List<String> lines = new ArrayList<>();
        lines.add(Handout.APP_NAME + ": my plan");
        lines.add(handout.title());
        if (handout.pathway().isPresent()) {
            lines.add("Pathway: " + shorten(handout.pathwayTitle(), Math.max(titleLength, 40)));
            List<Handout.Step> steps = handout.steps();
            for (int i = 0; i < steps.size() && i < stepsShown; i++) {
                Handout.Step step = steps.get(i);
                lines.add(step.number() + " " + shorten(step.title(), titleLength)
                        + step.mark().map(m -> " [" + m.word() + "]").orElse(""));
            }
            if (stepsShown < steps.size()) {
                lines.add("(and " + (steps.size() - stepsShown) + " more steps)");
            }
        }
        if (!handout.verdicts().isEmpty()) {
            if (verdicts != Verdicts.COUNTED) {
                lines.add("Am I on track?");
                handout.verdicts().stream()
                        .filter(v -> verdicts == Verdicts.EVERY || !v.symbol().equals(Outcome.NO_RULES.symbol()))
                        .forEach(v -> lines.add(shorten(v.route(), titleLength) + ": " + v.headline()));
            } else {
                long met = handout.verdicts().stream().filter(Handout.Verdict::open).count();
                lines.add("Am I on track? I meet the usual requirements of " + met + " of "
                        + handout.verdicts().size() + " routes");
            }
        }
        lines.add(licence(handout));
        return String.join("\n", lines);
    }

    private static String licence(Handout handout) {
        return "Licence: " + handout.source().licence();
    }

    private static String shorten(String text, int length) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.codePointCount(0, plain.length()) <= length) {
            return plain;
        }
        String cut = plain.substring(0, plain.offsetByCodePoints(0, length - 1));
        int space = cut.lastIndexOf(' ');
        // At a word's end where that keeps most of the title.
        return (space > length / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
    }

    /** The QR code of a text, with error correction M. */
    public static Matrix encode(String text) {
        QRCode code;
        try {
            code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET,
                    StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text is too long for a QR code: " + text.length() + " characters", e);
        }
        ByteMatrix modules = code.getMatrix();
        boolean[][] dark = new boolean[modules.getHeight()][modules.getWidth()];
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                dark[y][x] = modules.get(x, y) == 1;
            }
        }
        return new Matrix(code.getVersion().getVersionNumber(), dark);
    }
}
