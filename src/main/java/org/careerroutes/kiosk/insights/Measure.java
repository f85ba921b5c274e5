package org.careerroutes.kiosk.insights;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a kiosk counts of a visit, by the names the counts file uses. Each is a count of visits
 * (or of answers to the one-tap question) in a day: "visits that opened the Route map", never
 * which visit did. A name is a fixed word ({@link #VISITS}) or a kind and the id of what it
 * counts ({@code tab.route-map}, {@code map-pathway.degree-stp}); an id from a profile is written
 * with every character outside {@code A-Z a-z 0-9 _ -} as {@code %XX} (its UTF-8 bytes), so that
 * a name never holds a space, an {@code =} or a line break.
 */
public final class Measure {

    /** Visits started: the attract screen was touched. */
    public static final String VISITS = "visits";
    /** Visits that did at least one of the things counted beyond the first page. */
    public static final String WITH_ACTION = "with-action";
    /** Visits that changed what Compare routes compares (ticked or unticked a route, said where they are). */
    public static final String COMPARE_CHANGED = "compare-changed";
    /** Visits that entered at least one qualification in "Am I on track?" (never which). */
    public static final String ON_TRACK = "on-track";
    /** Visits that showed their plan as a QR code. */
    public static final String CODE_SHOWN = "code-shown";
    /** Visits that sent their plan to the stand's printer. */
    public static final String PRINTED = "printed";

    static final String TAB = "tab.";
    static final String MAP_PATHWAY = "map-pathway.";
    static final String MY_PATHWAY = "my-pathway.";
    static final String LENGTH = "length.";
    static final String ANSWER = "answer.";

    /** The names that take an id after them. */
    static final List<String> KINDS = List.of(TAB, MAP_PATHWAY, MY_PATHWAY);
    static final Set<String> FIXED = Set.of(VISITS, WITH_ACTION, COMPARE_CHANGED, ON_TRACK, CODE_SHOWN, PRINTED);

    /** Longer than any name a profile's ids make; a longer one in the file is damage. */
    static final int MAX_LENGTH = 200;

    private Measure() {
    }

    /** Visits that opened a tab, by the tab's key ("route-map"). */
    public static String tab(String key) {
        return TAB + encode(key);
    }

    /** Visits that chose a pathway on the route map (by its id). */
    public static String mapPathway(String pathwayId) {
        return MAP_PATHWAY + encode(pathwayId);
    }

    /** Visits that made a pathway "my pathway". */
    public static String myPathway(String pathwayId) {
        return MY_PATHWAY + encode(pathwayId);
    }

    /** The name of a visit's length band. */
    public static String length(LengthBand band) {
        return LENGTH + band.key();
    }

    /** The name of the count of an answer to the one-tap question. */
    public static String answer(Answer answer) {
        return ANSWER + answer.key();
    }

    /** Whether this is a name this version writes, so that a file is read strictly. */
    static boolean isKnown(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        if (FIXED.contains(name)) {
            return true;
        }
        for (LengthBand band : LengthBand.values()) {
            if (name.equals(length(band))) {
                return true;
            }
        }
        for (Answer answer : Answer.values()) {
            if (name.equals(answer(answer))) {
                return true;
            }
        }
        for (String kind : KINDS) {
            if (name.startsWith(kind)) {
                return decode(name.substring(kind.length())).isPresent();
            }
        }
        return false;
    }

    /** The id a name of this kind counts, if it is of this kind. */
    static Optional<String> idOf(String name, String kind) {
        return name.startsWith(kind) ? decode(name.substring(kind.length())) : Optional.empty();
    }

    /** An id as a name holds it: letters, digits, _ and - as they are; every other byte as %XX. */
    static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The id back from {@link #encode}; empty when it is not one {@code encode} could have written. */
    static Optional<String> decode(String encoded) {
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        String id = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        // Only the one spelling encode() writes, so that two names never count one thing.
        return encode(id).equals(encoded) ? Optional.of(id) : Optional.empty();
    }
}
