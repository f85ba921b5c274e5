package org.careerroutes.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every problem found after
 * parsing can still name a line and column.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** The JSON path, e.g. {@code $.routes[1].title}. */
    String path();

    /** The kind of value in words, for messages: "text", "a number", "a list"... */
    String kind();

    record Text(String value, int line, int column, String path) implements JsonNode {
        public String kind() {
            return "text";
        }
    }

    /** A number kept as written, so that a reader can reject "1.5" where a whole number goes. */
    record Number(String literal, int line, int column, String path) implements JsonNode {
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, int line, int column, String path) implements JsonNode {
        public String kind() {
            return "a true/false value";
        }
    }

    record Null(int line, int column, String path) implements JsonNode {
        public String kind() {
            return "null";
        }
    }

    record Array(List<JsonNode> elements, int line, int column, String path) implements JsonNode {
        public String kind() {
            return "a list";
        }
    }

    /** An object; members keep file order, and each name remembers where it was written. */
    record Obj(Map<String, Member> members, int line, int column, String path) implements JsonNode {
        public Obj {
            members = new LinkedHashMap<>(members);
        }

        public String kind() {
            return "an object";
        }
    }

    record Member(String name, int line, int column, JsonNode value) {
    }
}
