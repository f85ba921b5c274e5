package org.careerroutes.content;

import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object. Every missing field, wrong type or blank text
 * is recorded as a problem at its line and column and the caller gets an empty result, so that
 * reading goes on and all problems of a file are found in one pass. Fields nobody asked for are
 * reported as unknown by {@link #finish()}.
 */
final class ObjectFields {

    /**
     * The most items a list may have. Real profiles have a few dozen at most; a list far longer
     * is a mistake or a generated file, and reading it item by item would bury the one useful
     * message under thousands.
     */
    static final int MAX_LIST_ITEMS = 1_000;

    private final JsonNode.Obj object;
    private final Problems problems;
    private final Set<String> asked = new LinkedHashSet<>();

    private ObjectFields(JsonNode.Obj object, Problems problems) {
        this.object = object;
        this.problems = problems;
    }

    /** The object's fields, or empty (with a problem recorded) when {@code node} is not an object. */
    static Optional<ObjectFields> of(JsonNode node, Problems problems) {
        if (node instanceof JsonNode.Obj obj) {
            return Optional.of(new ObjectFields(obj, problems));
        }
        problems.error(node, () -> where(node) + " must be an object ({ ... }), not " + node.kind());
        return Optional.empty();
    }

    JsonNode.Obj node() {
        return object;
    }

    /** A readable name for where a value is, e.g. "entryRoutes.routes[1].title". */
    static String where(JsonNode node) {
        String path = node.path();
        if (path.equals("$")) {
            return "the profile";
        }
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    private Optional<JsonNode> present(String key, boolean required) {
        asked.add(key);
        JsonNode.Member member = object.members().get(key);
        if (member == null) {
            if (required) {
                problems.error(object, () -> "missing required field \"" + key + "\" in " + where(object));
            }
            return Optional.empty();
        }
        if (member.value() instanceof JsonNode.Null nil) {
            problems.error(nil, () -> where(nil) + " must not be null"
                    + (required ? "" : " (leave the field out instead)"));
            return Optional.empty();
        }
        return Optional.of(member.value());
    }

    /** Whether the object has this field at all (null included). */
    boolean has(String key) {
        return object.members().containsKey(key);
    }

    Optional<String> text(String key, boolean required) {
        return present(key, required).flatMap(node -> asText(node, problems));
    }

    /**
     * Text that people may be tempted to write as a number, such as a grade: a number is
     * reported with the text it should be, e.g. {@code must be text in double quotes, like "4"}.
     */
    Optional<String> quotedText(String key, boolean required) {
        return present(key, required).flatMap(node -> {
            if (node instanceof JsonNode.Number number) {
                problems.error(node, () -> where(node) + " must be text in double quotes, like "
                        + Echo.quoted(number.literal()));
                return Optional.empty();
            }
            return asText(node, problems);
        });
    }

    /**
     * The field as written, marked as asked for so that {@link #finish()} does not report it,
     * for a field the caller reports a problem with itself.
     */
    Optional<JsonNode.Member> claim(String key) {
        asked.add(key);
        return Optional.ofNullable(object.members().get(key));
    }

    /** The value as non-blank text, or empty with a problem recorded. */
    static Optional<String> asText(JsonNode node, Problems problems) {
        if (!(node instanceof JsonNode.Text text)) {
            problems.error(node, () -> where(node) + " must be text in double quotes, not " + node.kind());
            return Optional.empty();
        }
        if (text.value().isBlank()) {
            problems.error(node, () -> where(node) + " must not be blank");
            return Optional.empty();
        }
        return Optional.of(text.value());
    }

    /** An id: lower-case letters, digits and single hyphens. */
    Optional<String> id(String key, boolean required) {
        return text(key, required).filter(value -> {
            if (isId(value)) {
                return true;
            }
            problems.error(object.members().get(key).value(), () -> Echo.quoted(value) + " is not a valid " + key
                    + ": use lower-case letters, digits and single hyphens, e.g. \"university\"");
            return false;
        });
    }

    /**
     * Whether {@code value} is lower-case letters and digits, with single hyphens between them.
     * Checked by hand: the regular expression for it recurses once a hyphen, and a long id
     * ("a-a-a-…") overflows the stack.
     */
    static boolean isId(String value) {
        if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || value.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The value written for a field, for reporting a problem found later at its place. */
    JsonNode valueOf(String key) {
        JsonNode.Member member = object.members().get(key);
        return member == null ? object : member.value();
    }

    Optional<Boolean> bool(String key, boolean required) {
        return present(key, required).flatMap(node -> {
            if (node instanceof JsonNode.Bool bool) {
                return Optional.of(bool.value());
            }
            problems.error(node, () -> where(node) + " must be true or false, not " + node.kind());
            return Optional.empty();
        });
    }

    OptionalInt wholeNumber(String key, boolean required) {
        Optional<JsonNode> node = present(key, required);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        if (node.get() instanceof JsonNode.Number number) {
            try {
                return OptionalInt.of(Integer.parseInt(number.literal()));
            } catch (NumberFormatException e) {
                problems.error(number, () -> where(number) + " must be a whole number" + tooBig(number.literal())
                        .orElse(", not " + Echo.bare(number.literal())));
                return OptionalInt.empty();
            }
        }
        if (node.get() instanceof JsonNode.Text text && WHOLE_NUMBER.matcher(text.value().strip()).matches()) {
            problems.error(text, () -> where(text) + " must be a whole number without quotes, like "
                    + Echo.bare(text.value().strip()));
            return OptionalInt.empty();
        }
        problems.error(node.get(), () -> where(node.get()) + " must be a whole number, not " + node.get().kind());
        return OptionalInt.empty();
    }

    /** For a whole number that does not fit an int, the limit it passes. */
    private static Optional<String> tooBig(String literal) {
        if (!WHOLE_NUMBER.matcher(literal).matches()) {
            return Optional.empty();
        }
        return Optional.of(literal.startsWith("-") ? " no smaller than " + Integer.MIN_VALUE
                : " no larger than " + Integer.MAX_VALUE);
    }

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?\\d+");

    Optional<ObjectFields> object(String key, boolean required) {
        return present(key, required).flatMap(node -> of(node, problems));
    }

    /**
     * A list whose elements are each read by {@code element}; elements that fail are left out
     * (their problems recorded). An empty list is a problem when {@code nonEmpty} is set.
     */
    <T> Optional<List<T>> list(String key, boolean required, boolean nonEmpty,
                               Function<JsonNode, Optional<T>> element) {
        Optional<JsonNode> node = present(key, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof JsonNode.Array array)) {
            problems.error(node.get(), () -> where(node.get()) + " must be a list ([ ... ]), not " + node.get().kind());
            return Optional.empty();
        }
        if (isTooLong(array)) {
            problems.error(array, () -> where(array) + " has " + array.size() + " items; at most "
                    + String.format(Locale.ROOT, "%,d", MAX_LIST_ITEMS) + " are allowed");
            return Optional.empty();
        }
        if (nonEmpty && array.elements().isEmpty()) {
            problems.error(array, () -> where(array) + " must not be empty");
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        for (JsonNode each : array.elements()) {
            element.apply(each).ifPresent(values::add);
        }
        return Optional.of(List.copyOf(values));
    }

    /** Whether a list has more items than allowed (it is then reported once, by {@link #list}). */
    static boolean isTooLong(JsonNode.Array array) {
        return array.size() > MAX_LIST_ITEMS;
    }

    /** A non-empty list of non-blank texts. */
    Optional<List<String>> texts(String key, boolean required) {
        return list(key, required, true, node -> asText(node, problems));
    }

    /**
     * Warns about each field that was never asked for, saying where it belongs when it is a
     * field of another object, or else suggesting the name it may be a typo of.
     */
    void finish() {
        for (JsonNode.Member member : object.members().values()) {
            if (!asked.contains(member.name())) {
                problems.warning(member.line(), member.column(), () -> "unknown field " + Echo.quoted(member.name())
                        + " in " + where(object) + " is ignored" + suggestion(member.name()));
            }
        }
    }

    /** Where a field of this name belongs, or the name it may be a typo of, for a message. */
    private String suggestion(String name) {
        return FieldHomes.of(name)
                .map(home -> "; " + Echo.quoted(name) + " belongs " + home)
                .or(() -> closest(name, asked).map(s -> "; did you mean \"" + s + "\"?"))
                .orElse("");
    }

    /**
     * The field {@code name} is most likely a typo of. A short name is a few edits from many
     * others ("x" is two from "id"), so only a slip of at most two edits, and of at most a third
     * of the longer name, counts.
     */
    static Optional<String> closest(String name, Set<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(name.length() - candidate.length()) > 2) {
                continue;   // more than two edits apart, whatever the letters
            }
            int d = Words.editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            boolean likely = d <= 2 && d * 3 <= Math.max(name.length(), candidate.length());
            if (likely && d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
