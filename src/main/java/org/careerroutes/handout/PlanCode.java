package org.careerroutes.handout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import org.careerroutes.eligibility.Outcome;
import org.careerroutes.plan.JobSkills;
import org.careerroutes.plan.SkillRating;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan as a QR code for a kiosk visitor's phone: short plain text (the app's name, the job,
 * the pathway's steps with the visitor's marks, the verdicts' headlines, their skills in short
 * form, the licence line, and last a line about the visit to add to Things I've done later:
 * "Careers fair visit, 30 November 2026: Clinical engineer") that any phone camera shows with no
 * internet. Kept small enough that a phone reads it from a
 * screen at a fair: at most {@value #MAX_BYTES} bytes, which fits QR version {@value #MAX_VERSION}
 * with error correction M, whatever the profile holds. When the plan is longer, titles are
 * shortened, then routes with no requirements to check are left out of the verdicts, then the
 * skills counted, then the verdicts summed up, then the last steps; what was shortened is said in words, to be shown
 * beside the code. A code is always made: it never fails for a long plan.
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
    private static final int[] TITLE_LENGTHS = {Integer.MAX_VALUE, 34, 22};
    /** The licence line is the profile's: however long it is, this much of it goes in the code. */
    private static final int LICENCE_LENGTH = 60;

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

    /**
     * The code of a plan.
     *
     * @param text      what it holds, which is also shown beside it
     * @param matrix    its modules
     * @param shortened what was shortened to fit, in a sentence; empty when nothing was
     */
    public record Code(String text, Matrix matrix, Optional<String> shortened) {
    }

    /** The plan's code: its text, fitted to {@value #MAX_BYTES} bytes, and the modules that hold it. */
    public static Code of(Handout handout) {
        Fitted fitted = fit(handout);
        return new Code(fitted.text(), encode(fitted.text()), fitted.shortened());
    }

    /** The plan's text for the code, at most {@value #MAX_BYTES} bytes in UTF-8. */
    public static String text(Handout handout) {
        return fit(handout).text();
    }

    private record Fitted(String text, Optional<String> shortened) {
    }

    private static Fitted fit(Handout handout) {
        int steps = handout.steps().size();
        for (Level level : Level.values()) {
            for (int titleLength : TITLE_LENGTHS) {
                String text = text(handout, titleLength, level, steps);
                if (fits(text)) {
                    return new Fitted(text, said(titleLength != Integer.MAX_VALUE, level, 0, handout));
                }
            }
        }
        Level shortest = Level.values()[Level.values().length - 1];
        for (int shown = steps - 1; shown >= 0; shown--) {
            String text = text(handout, TITLE_LENGTHS[2], shortest, shown);
            if (fits(text)) {
                return new Fitted(text, said(true, shortest, steps - shown, handout));
            }
        }
        // Only a profile whose own lines are too long for any code gets here: its text is cut at the limit,
        // before the line about the visit, which is always the last.
        String visit = visitLine(handout);
        String text = text(handout, TITLE_LENGTHS[2], shortest, 0);
        String body = text.substring(0, text.length() - visit.length() - 1);
        return new Fitted(cutToBytes(body, MAX_BYTES - bytes("\n" + visit)) + "\n" + visit,
                Optional.of("Shortened to fit the code: only its start is here. The full plan is on the screen."));
    }

    /** What was shortened, in a sentence for beside the code. */
    private static Optional<String> said(boolean titles, Level level, int stepsLeftOut, Handout handout) {
        List<String> what = new ArrayList<>();
        if (titles) {
            what.add("long titles are cut short (\u2026)");
        }
        if (level.verdicts == Verdicts.CHECKED && !handout.verdicts().isEmpty()) {
            what.add("routes with nothing to check are left out of the verdicts");
        } else if (level.verdicts == Verdicts.COUNTED && !handout.verdicts().isEmpty()) {
            what.add("the verdicts are summed up");
        }
        if (!level.skillsNamed && !handout.skills().nothingSaid()) {
            what.add("your skills are counted, not named");
        }
        if (stepsLeftOut > 0) {
            what.add("the last " + (stepsLeftOut == 1 ? "step is" : stepsLeftOut + " steps are") + " counted, not listed");
        }
        if (what.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Shortened to fit the code: " + String.join(", ", what) + ". The full plan is on the screen.");
    }

    private static boolean fits(String text) {
        return bytes(text) <= MAX_BYTES;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * How much of the verdicts the code says: each route's headline; those of routes with
     * requirements to check (a headline that names a route's way in is longer, and "No
     * requirements to check" tells a visitor nothing to act on); or how many routes are met.
     */
    private enum Verdicts { EVERY, CHECKED, COUNTED }

    /**
     * How much the code says, from the most to the least, tried in turn (with titles shortened at
     * each): the skills named under their ratings, then counted, before the verdicts are summed up.
     */
    private enum Level {
        ALL(Verdicts.EVERY, true),
        CHECKED_VERDICTS(Verdicts.CHECKED, true),
        COUNTED_SKILLS(Verdicts.CHECKED, false),
        COUNTED(Verdicts.COUNTED, false);

        final Verdicts verdicts;
        final boolean skillsNamed;

        Level(Verdicts verdicts, boolean skillsNamed) {
            this.verdicts = verdicts;
            this.skillsNamed = skillsNamed;
        }
    }

    private static String text(Handout handout, int titleLength, Level level, int stepsShown) {
        Verdicts verdicts = level.verdicts;
        List<String> lines = new ArrayList<>();
        lines.add(Handout.APP_NAME + ": my plan");
        lines.add(shorten(handout.title(), Math.max(titleLength, 40)));
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
        skills(lines, handout.skills(), level.skillsNamed, titleLength);
        lines.add("Licence: " + shorten(handout.source().licence(), LICENCE_LENGTH));
        lines.add(visitLine(handout));
        return String.join("\n", lines);
    }

    /**
     * The skills in short form: "My skills: 3 of 8 confident, 2 getting there", then, when named,
     * one line for each rating given ("Confident: Problem solving, Teamwork").
     */
    private static void skills(List<String> lines, JobSkills skills, boolean named, int titleLength) {
        if (skills.nothingSaid()) {
            return;
        }
        lines.add("My skills: " + skills.summary());
        if (!named) {
            return;
        }
        for (SkillRating rating : SkillRating.values()) {
            List<String> names = skills.skills().stream().filter(s -> s.rating().equals(Optional.of(rating)))
                    .map(s -> shorten(s.name(), titleLength)).toList();
            if (!names.isEmpty()) {
                lines.add(rating.word() + ": " + String.join(", ", names));
            }
        }
    }

    /**
     * The code's last line, for the visitor to add to Things I've done later (a kiosk keeps no log):
     * "Careers fair visit, 30 November 2026: Clinical engineer".
     */
    static String visitLine(Handout handout) {
        return "Careers fair visit, " + handout.dateText() + ": " + shorten(handout.title(), 40);
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

    /** The text cut to {@code most} bytes of UTF-8 at a character's end, with "…". */
    private static String cutToBytes(String text, int most) {
        int bytes = bytes("\u2026");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (bytes + size > most) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + "\u2026";
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
