package org.careerroutes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Content files made to be as hard as possible for the loader within its 5 MB limit: each one
 * aims at a way its time or memory could grow faster than the file. Built from the built-in
 * profile, so that everything else in them is real content.
 */
final class AdversarialProfiles {

    /**
     * One generated file.
     *
     * @param key  a short name for the command line and temporary files
     * @param what what it is, for the report
     */
    record Shape(String key, String what, byte[] bytes) {
    }

    private static final String BUILT_IN = "/profiles/clinical-engineer.json";

    private AdversarialProfiles() {
    }

    static List<Shape> all() {
        return List.of(rulesWithEmptyAlternatives(), oneLongLine(), twoMillionNumbers(), largestValidProfile(), longFieldName(),
                manyValuesInShortLists(), deepNesting(), longUnknownFieldNames(), escapedNulls(),
                longPathways(), oneFieldManyTimes());
    }

    static String builtIn() {
        try (InputStream in = AdversarialProfiles.class.getResourceAsStream(BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in profile with the first {@code marker} replaced; fails if it is not there. */
    private static String builtInWith(String marker, CharSequence replacement) {
        String json = builtIn();
        int at = json.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("the built-in profile has no " + marker);
        }
        return json.substring(0, at) + replacement + json.substring(at + marker.length());
    }

    private static Shape shape(String key, String what, CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new Shape(key, what + " (" + size(bytes.length) + ")", bytes);
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0))
                : String.format(Locale.UK, "%,d KB", Math.round(bytes / 1024.0));
    }

    private static StringBuilder repeat(StringBuilder out, String item, String separator, int times) {
        for (int i = 0; i < times; i++) {
            out.append(i == 0 ? "" : separator).append(item);
        }
        return out;
    }

    /** One route of 300 rules, each with 300 empty alternatives: 90,000 problems. */
    static Shape rulesWithEmptyAlternatives() {
        StringBuilder rules = new StringBuilder("\"rules\": [\n");
        for (int r = 0; r < 300; r++) {
            rules.append(r == 0 ? "" : ",\n").append("{ \"qualification\": \"gcse\", \"mayBeConsidered\": [");
            repeat(rules, "{}", ", ", 300).append("] }");
        }
        rules.append("],\n\"old\": [");
        return shape("rules", "one route of 300 rules, each with 300 empty alternatives",
                builtInWith("\"rules\": [", rules));
    }

    /**
     * A valid profile on one line, made long with 200 more lists of 1,000 one-letter items, and one
     * character outside Latin-1, which makes Java keep the text as UTF-16.
     */
    static Shape oneLongLine() {
        StringBuilder blocks = new StringBuilder("\"blocks\": [");
        for (int b = 0; b < 200; b++) {
            blocks.append("{ \"items\": [");
            repeat(blocks, "\"a\"", ",", 1_000).append("] },");
        }
        String json = builtInWith("\"blocks\": [", blocks)
                .replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Clinical engineer\u2019s job\"");
        return shape("one-line", "a valid profile on one line, with one character outside Latin-1",
                json.replaceAll("\n\\s*", ""));
    }

    /**
     * A valid profile as large as a file may be, on one line with one character outside
     * Latin-1, and with as many values as a valid profile of that size can have: 1,289 lists of
     * 1,000 one-letter items.
     */
    static Shape largestValidProfile() {
        String json = builtInWith("\"blocks\": [", itemLists(999));
        json = json.replaceFirst("(\"skills\": \\{\\s*\"heading\": \"[^\"]*\",\\s*)\"blocks\": \\[",
                "$1" + itemLists(290).toString().replace("$", "\\$"));
        json = json.replaceFirst("\"title\": \"Clinical engineer\"", "\"title\": \"Clinical engineer\u2019s job\"");
        return shape("largest-valid", "a valid profile on one line: 1.29 million one-letter items, one character outside Latin-1",
                json.replaceAll("\n\\s*", ""));
    }

    /** {@code "blocks": [} followed by {@code lists} list blocks of 1,000 one-letter items each. */
    private static StringBuilder itemLists(int lists) {
        StringBuilder blocks = new StringBuilder("\"blocks\": [");
        for (int b = 0; b < lists; b++) {
            blocks.append("{\"items\":[");
            repeat(blocks, "\"a\"", ",", 1_000).append("]},");
        }
        return blocks;
    }

    /** 2 million one-digit numbers in a list. */
    static Shape twoMillionNumbers() {
        StringBuilder facts = repeat(new StringBuilder("\"facts\": ["), "1", ",", 2_000_000).append(',');
        return shape("numbers", "2 million numbers in a list", builtInWith("\"facts\": [", facts));
    }

    /** An unknown field whose name is 4 million characters long. */
    static Shape longFieldName() {
        String name = "x".repeat(4_000_000);
        return shape("long-name", "a field name of 4 million characters",
                builtInWith("\"summary\":", "\"" + name + "\": 1,\n  \"summary\":"));
    }

    /** 2.5 million numbers in lists that each stay within the limit of 1,000 items. */
    static Shape manyValuesInShortLists() {
        StringBuilder lists = new StringBuilder("\"nested\": [");
        for (int a = 0; a < 50; a++) {
            lists.append(a == 0 ? "[" : ",[");
            for (int b = 0; b < 50; b++) {
                lists.append(b == 0 ? "[" : ",[");
                repeat(lists, "1", ",", 1_000).append(']');
            }
            lists.append(']');
        }
        lists.append("],\n  \"summary\":");
        return shape("nested-lists", "2.5 million numbers in lists of 50, 50 and 1,000 items",
                builtInWith("\"summary\":", lists));
    }

    /** Lists opened inside lists, 5 million deep. */
    static Shape deepNesting() {
        return shape("deep", "5 million '[' (lists nested as deep as the file allows)", "[".repeat(5_000_000));
    }

    /** 2,400 unknown fields with names of 2,000 letters, each compared with the known names. */
    static Shape longUnknownFieldNames() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 2_400; i++) {
            fields.append('"').append(String.format(Locale.ROOT, "%04d", i)).append("title".repeat(399))
                    .append(i % 2 == 0 ? "" : "s").append("\": 1,\n  ");
        }
        return shape("long-names", "2,400 unknown fields with names of 2,000 letters",
                builtInWith("\"summary\":", fields + "\"summary\":"));
    }

    /** A text of 800,000 escaped U+0000 characters. */
    static Shape escapedNulls() {
        String text = "\\u0000".repeat(800_000);
        return shape("escapes", "a summary of 800,000 escaped \\u0000",
                builtInWith("\"summary\": \"", "\"summary\": \"" + text));
    }

    /**
     * 450 pathways of 1,000 steps, alternating a step with 900 edges and one it is joined to by
     * the last of them, so each check that two steps are joined meets the longest edge list.
     */
    static Shape longPathways() {
        StringBuilder nodes = new StringBuilder("\"nodes\": [");
        StringBuilder edges = new StringBuilder("\"edges\": [");
        for (int i = 0; i < 900; i++) {
            nodes.append("{ \"id\": \"x").append(i).append("\", \"stage\": \"senior\", \"title\": \"X\", \"kind\": \"role\" },");
            edges.append("{ \"from\": \"gcses\", \"to\": \"x").append(i).append("\" },");
        }
        StringBuilder pathways = new StringBuilder("\"pathways\": [");
        for (int p = 0; p < 450; p++) {
            pathways.append("{ \"id\": \"p").append(p).append("\", \"title\": \"P\", \"steps\": [");
            repeat(pathways, "\"gcses\",\"a-levels\"", ",", 500).append("] },");
        }
        String json = builtIn();
        json = json.replaceFirst("\"nodes\": \\[", nodes.toString())
                .replaceFirst("\"edges\": \\[", edges.toString())
                .replaceFirst("\"pathways\": \\[", pathways.toString());
        return shape("pathways", "450 pathways of 1,000 steps; the first step has 900 edges", json);
    }

    /** One object with the same field written 250,000 times. */
    static Shape oneFieldManyTimes() {
        StringBuilder fields = repeat(new StringBuilder(), "\"title\": \"Again\"", ",\n", 250_000).append(",\n  \"summary\":");
        return shape("duplicates", "the field \"title\" written 250,000 times", builtInWith("\"summary\":", fields));
    }
}
