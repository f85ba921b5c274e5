package org.careerroutes.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every problem found after
 * parsing can still name a line and column.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** Where the value is, as a JSON path. */
    JsonPath jsonPath();

    /** The JSON path, e.g. {@code $.routes[1].title}, long names shortened. */
    default String path() {
        return jsonPath().toString();
    }

    /** The kind of value in words, for messages: "text", "a number", "a list"... */
    String kind();

    record Text(String value, int line, int column, JsonPath jsonPath) implements JsonNode {
        public String kind() {
            return "text";
        }
    }

    /** A number kept as written, so that a reader can reject "1.5" where a whole number goes. */
    record Number(String literal, int line, int column, JsonPath jsonPath) implements JsonNode {
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, int line, int column, JsonPath jsonPath) implements JsonNode {
        public String kind() {
            return "a true/false value";
        }
    }

    record Null(int line, int column, JsonPath jsonPath) implements JsonNode {
        public String kind() {
            return "null";
        }
    }

    /**
     * A list. A list longer than a list may be ({@link ObjectFields#MAX_LIST_ITEMS}) is refused
     * as a whole, so only its first items are kept; {@code size} is how many it has.
     */
    record Array(List<JsonNode> elements, int size, int line, int column, JsonPath jsonPath) implements JsonNode {
        public String kind() {
            return "a list";
        }
    }

    /** An object; members keep file order, and each name remembers where it was written. */
    record Obj(Map<String, Member> members, int line, int column, JsonPath jsonPath) implements JsonNode {
        /** Takes {@code members} as it is (in file order): the parser makes it and lets it go. */
        public Obj {
            members = Collections.unmodifiableMap(members);
        }

        public String kind() {
            return "an object";
        }
    }

    record Member(String name, int line, int column, JsonNode value) {
    }
}
