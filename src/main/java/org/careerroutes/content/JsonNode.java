package org.careerroutes.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every problem found after
 * parsing can still name a line and column. Made by the content's strict reader; other small
 * files the app reads (a plan) are read into it through {@link JsonDocument}.
 */
public sealed interface JsonNode {

    int line();

    int column();

    /** The JSON path, e.g. {@code $.routes[1].title}, long names shortened. */
    String path();

    /** The kind of value in words, for messages: "text", "a number", "a list"... */
    String kind();

    /*
     * A list or an object has its own JsonPath, which those in it link to. A text, number,
     * true/false or null keeps the list or object it is in and its name or index there instead,
     * and makes its path only for a message: a file can hold a million of them.
     */

    /**
     * @param parent the path of the list or object the text is in, null for a text that is the whole file
     * @param name   its name in an object, or null in a list
     * @param index  its index in a list
     */
    record Text(String value, int line, int column, JsonPath parent, String name, int index) implements JsonNode {
        public String kind() {
            return "text";
        }

        public String path() {
            return JsonPath.step(parent, name, index).toString();
        }
    }

    /** A number kept as written, so that a reader can reject "1.5" where a whole number goes. */
    record Number(String literal, int line, int column, JsonPath parent, String name, int index) implements JsonNode {
        public String kind() {
            return "a number";
        }

        public String path() {
            return JsonPath.step(parent, name, index).toString();
        }
    }

    record Bool(boolean value, int line, int column, JsonPath parent, String name, int index) implements JsonNode {
        public String kind() {
            return "a true/false value";
        }

        public String path() {
            return JsonPath.step(parent, name, index).toString();
        }
    }

    record Null(int line, int column, JsonPath parent, String name, int index) implements JsonNode {
        public String kind() {
            return "null";
        }

        public String path() {
            return JsonPath.step(parent, name, index).toString();
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

        public String path() {
            return jsonPath.toString();
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

        public String path() {
            return jsonPath.toString();
        }
    }

    record Member(String name, int line, int column, JsonNode value) {
    }
}
