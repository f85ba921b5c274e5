package org.careerroutes.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Damages a valid profile the ways files get damaged: cut short, bits deleted, a value of the
 * wrong kind, something written twice, a value wrapped in lists, stray characters, another
 * encoding. One seed always gives the same damage, so a failing case can be run again.
 */
final class ProfileDamage {

    /** A damaged file, and what was done to it. */
    record Damaged(byte[] bytes, String what) {
    }

    /** A value of the original text: where it starts and ends (exclusive), and its first character. */
    private record Span(int start, int end) {
    }

    private static final String[] VALUES = {
        "42", "-1", "0", "1.5", "1e999", "99999999999", "-0", "true", "false", "null", "\"\"", "\"  \"", "\"x\"",
        "\"4\"", "[]", "{}", "[1, 2]", "{\"x\": 1}", "\"Clinical Engineer\"", "\"2099-01\"", "\"2026-13\"",
        "\"gcse\"", "\"a-level\"", "\"degree\"", "\"science\"", "\"maths\"", "\"9\"", "\"2:1\"", "\"U\"", "[\"maths\", \"maths\"]",
        "{\"note\": \"n\", \"x\": 1}", "{\"items\": []}", "{\"anyOf\": [\"maths\"], \"count\": 2}", "\"\\u0000\"",
        "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"a\\u0007b\"", "\"\\b\\f\"", "\"caf\u00e9 \uD83D\uDE00\"", "\"2026\\n11\"", "\"line\\r\\nbreak\\t\"",
        "1".repeat(5_000),
    };

    /** Long texts, each good of its kind: an id of 200,001 characters, a word, a sentence of escapes. */
    private static final String[] LONG_TEXTS = {
        "\"" + "a-".repeat(100_000) + "a\"", "\"" + "title".repeat(2_000) + "\"", "\"" + "\\u00e9 ".repeat(5_000) + "\"",
    };

    private static final String[] STRAY = {
        ",", ":", "{", "}", "[", "]", "\"", "'", "\\", "//", "/*", "#", "\t", "\n", "\r", "\u0000", "\u0007", "\u001F",
        "\u00e9", "\u2019", "\u201C", "\uD83D\uDE00", "\uFEFF", "NaN", "Infinity", "tru", "nul", "\\u", "\\uZZZZ",
        "\\u0000", "\\uD83D", "\\uDE00", "\\x", "\\'", ", ,", "\"x\": ", "0x1F", "01", "1.", "-", "+1", " ",
    };

    private final String original;
    private final List<Span> values;

    ProfileDamage(String original) {
        this.original = original;
        this.values = valuesOf(original);
    }

    /** One to three kinds of damage, chosen by {@code seed}. */
    Damaged damage(long seed) {
        Random random = new Random(seed);
        String text = original;
        List<String> done = new ArrayList<>();
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            int kind = random.nextInt(11);
            switch (kind) {
                case 0 -> {
                    int at = random.nextInt(text.length() + 1);
                    text = text.substring(0, at);
                    done.add("cut at " + at);
                }
                case 1 -> {
                    int at = random.nextInt(text.length() + 1);
                    int length = random.nextInt(random.nextBoolean() ? 4 : 400);
                    text = text.substring(0, at) + text.substring(Math.min(text.length(), at + length));
                    done.add("deleted " + length + " at " + at);
                }
                case 2 -> {
                    Span value = valueIn(text, random);
                    String replacement = VALUES[random.nextInt(VALUES.length)];
                    text = text.substring(0, value.start()) + replacement + text.substring(value.end());
                    done.add("value at " + value.start() + " retyped as " + replacement);
                }
                case 3 -> {
                    Span value = valueIn(text, random);
                    int copies = random.nextInt(8) == 0 ? 300 + random.nextInt(1_500) : 1;
                    String twice = text.substring(value.start(), value.end());
                    String member = memberBefore(text, value.start());
                    String copy = (member != null ? member : "") + twice;
                    int start = member != null ? value.start() - member.length() : value.start();
                    text = text.substring(0, start) + (copy + ", ").repeat(copies) + text.substring(start);
                    done.add((member != null ? "member" : "value") + " at " + start + " written " + (copies + 1) + " times");
                }
                case 4 -> {
                    Span value = valueIn(text, random);
                    int depth = random.nextInt(4) == 0 ? 20 + random.nextInt(300) : 1 + random.nextInt(3);
                    boolean inObjects = random.nextBoolean();
                    String open = inObjects ? "{\"x\": " : "[";
                    String close = inObjects ? "}" : "]";
                    text = text.substring(0, value.start()) + open.repeat(depth) + text.substring(value.start(), value.end())
                            + close.repeat(depth) + text.substring(value.end());
                    done.add("value at " + value.start() + " nested " + depth + " deep in " + (inObjects ? "objects" : "lists"));
                }
                case 5 -> {
                    int at = random.nextInt(text.length() + 1);
                    String stray = STRAY[random.nextInt(STRAY.length)];
                    text = text.substring(0, at) + stray + text.substring(at);
                    done.add("inserted " + escaped(stray) + " at " + at);
                }
                case 6 -> {
                    Span a = valueIn(text, random);
                    Span b = valueIn(text, random);
                    if (a.end() <= b.start() || b.end() <= a.start()) {
                        Span first = a.start() < b.start() ? a : b;
                        Span second = first == a ? b : a;
                        text = text.substring(0, first.start()) + text.substring(second.start(), second.end())
                                + text.substring(first.end(), second.start()) + text.substring(first.start(), first.end())
                                + text.substring(second.end());
                        done.add("values at " + first.start() + " and " + second.start() + " swapped");
                    }
                }
                case 7 -> {
                    int at = random.nextInt(text.length() + 1);
                    int length = Math.min(text.length() - at, 1 + random.nextInt(200));
                    int to = random.nextInt(text.length() + 1);
                    String piece = text.substring(at, at + length);
                    text = text.substring(0, to) + piece + text.substring(to);
                    done.add(length + " characters from " + at + " copied to " + to);
                }
                case 8 -> {
                    int count = 1 + random.nextInt(random.nextBoolean() ? 5 : 400);
                    StringBuilder fields = new StringBuilder();
                    for (int f = 0; f < count; f++) {
                        fields.append("\"").append(random.nextBoolean() ? "tittle" : "x".repeat(1 + random.nextInt(300)))
                                .append(f).append("\": ").append(VALUES[random.nextInt(VALUES.length)]).append(", ");
                    }
                    int brace = text.indexOf('{', random.nextInt(text.length() + 1));
                    if (brace >= 0) {
                        text = text.substring(0, brace + 1) + fields + text.substring(brace + 1);
                        done.add(count + " unknown fields after the brace at " + brace);
                    }
                }
                case 9 -> {
                    Span value = textIn(text, random);
                    String replacement = LONG_TEXTS[random.nextInt(LONG_TEXTS.length)];
                    text = text.substring(0, value.start()) + replacement + text.substring(value.end());
                    done.add("text at " + value.start() + " made " + replacement.length() + " characters long");
                }
                default -> {
                    // changed at the end, as bytes
                    done.add("encoding");
                }
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (done.contains("encoding")) {
            done.removeIf("encoding"::equals);
            int how = random.nextInt(9);
            bytes = switch (how) {
                case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
                case 1 -> text.getBytes(StandardCharsets.UTF_16);   // big-endian, with a byte-order mark
                case 2 -> text.replace("Clinical", "Clinical caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                case 4 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                case 5 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[] {(byte) 0xFF});
                case 6 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[] {(byte) 0xC0, (byte) 0x80});
                case 7 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                default -> {
                    byte[] emoji = "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
                    int at = random.nextInt(bytes.length + 1);
                    yield insert(bytes, at, java.util.Arrays.copyOf(emoji, 1 + random.nextInt(emoji.length - 1)));
                }
            };
            done.add(switch (how) {
                case 0 -> "saved as UTF-16LE";
                case 1 -> "saved as UTF-16 with a byte-order mark";
                case 2 -> "saved as Latin-1 with an accented letter";
                case 3 -> "a byte-order mark";
                case 4 -> "two byte-order marks";
                case 5 -> "a byte 0xFF";
                case 6 -> "an overlong UTF-8 NUL";
                case 7 -> "a surrogate encoded in UTF-8";
                default -> "an emoji cut short";
            });
        }
        return new Damaged(bytes, String.join("; ", done));
    }

    /** A value of {@code text}: one of the original's if it is still where it was, else any span. */
    private Span valueIn(String text, Random random) {
        Span value = values.get(random.nextInt(values.size()));
        if (value.end() <= text.length()) {
            return value;
        }
        int start = random.nextInt(text.length() + 1);
        return new Span(start, Math.min(text.length(), start + random.nextInt(20)));
    }

    /** A text of {@code text}, as {@link #valueIn} finds a value. */
    private Span textIn(String text, Random random) {
        for (int tries = 0; tries < 20; tries++) {
            Span value = valueIn(text, random);
            if (value.end() > value.start() && text.charAt(value.start()) == '"') {
                return value;
            }
        }
        return valueIn(text, random);
    }

    /** The {@code "name": } written just before {@code start}, when the value there is a member's. */
    private static String memberBefore(String text, int start) {
        int colon = start - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon < 1 || text.charAt(colon) != ':' || text.charAt(colon - 1) != '"') {
            return null;
        }
        int open = text.lastIndexOf('"', colon - 2);
        return open < 0 ? null : text.substring(open, start);
    }

    /** Where each value of a valid JSON text starts and ends. */
    private static List<Span> valuesOf(String json) {
        List<Span> spans = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (json.charAt(end) != '"') {
                    end += json.charAt(end) == '\\' ? 2 : 1;
                }
                int after = end + 1;
                while (after < json.length() && Character.isWhitespace(json.charAt(after))) {
                    after++;
                }
                if (after >= json.length() || json.charAt(after) != ':') {
                    spans.add(new Span(i, end + 1));   // a text, not a member's name
                }
                i = end + 1;
            } else if (c == '{' || c == '[') {
                open.push(i++);
            } else if (c == '}' || c == ']') {
                spans.add(new Span(open.pop(), ++i));
            } else if (c == '-' || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n') {
                int end = i;
                while (end < json.length() && "+-.eE0123456789truefalsn".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new Span(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return spans;
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + more.length);
        out.write(bytes, 0, at);
        out.writeBytes(more);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
