package org.careerroutes.content;

import java.util.List;
import java.util.Optional;

/**
 * What a content file says, taken as written before (and apart from) the checks of its parts: the
 * ids of its routes and route-map steps, and a member that is text. References are checked
 * against these, so that a route or a step with a problem of its own does not make everything that
 * names it fail too.
 */
final class AsWritten {

    private AsWritten() {
    }

    /** The named member of an object when it is text; empty for anything else. */
    static Optional<JsonNode.Text> text(JsonNode node, String name) {
        if (node instanceof JsonNode.Obj obj && obj.members().get(name) != null
                && obj.members().get(name).value() instanceof JsonNode.Text text) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    /** The route-map node ids as written; empty when there are too many nodes to know them all. */
    static Optional<List<String>> mapNodeIds(ObjectFields root) {
        Optional<JsonNode.Array> nodes = mapNodes(root);
        if (nodes.isEmpty()) {
            return Optional.of(List.of());
        }
        if (ObjectFields.isTooLong(nodes.get())) {
            return Optional.empty();
        }
        return Optional.of(ids(nodes.get()));
    }

    /**
     * The route-map step ids as written, for the steps that entry rules name. Incomplete, so that
     * no step is reported as unknown, when the profile has no route map (a rule's step then marks
     * nothing) or its steps cannot be read.
     */
    static KnownIds mapStepIds(ObjectFields root) {
        return known(mapNodes(root));
    }

    /**
     * The route ids as written, including those of routes with problems of their own. Incomplete
     * when {@code entryRoutes} or its {@code routes} cannot be read, or a route's id is not text.
     */
    static KnownIds routeIds(ObjectFields root) {
        JsonNode.Member entryRoutes = root.node().members().get("entryRoutes");
        if (entryRoutes == null || !(entryRoutes.value() instanceof JsonNode.Obj obj)
                || obj.members().get("routes") == null
                || !(obj.members().get("routes").value() instanceof JsonNode.Array routes)) {
            return known(Optional.empty());
        }
        return known(Optional.of(routes));
    }

    private static Optional<JsonNode.Array> mapNodes(ObjectFields root) {
        JsonNode.Member map = root.node().members().get("routeMap");
        if (map == null || !(map.value() instanceof JsonNode.Obj obj) || obj.members().get("nodes") == null
                || !(obj.members().get("nodes").value() instanceof JsonNode.Array nodes)) {
            return Optional.empty();
        }
        return Optional.of(nodes);
    }

    /** The ids of a list's elements, complete when every element has one and the list is not too long to read. */
    private static KnownIds known(Optional<JsonNode.Array> list) {
        if (list.isEmpty() || ObjectFields.isTooLong(list.get())) {
            return new KnownIds(List.of(), false);
        }
        List<String> ids = ids(list.get());
        return new KnownIds(ids, ids.size() == list.get().elements().size());
    }

    private static List<String> ids(JsonNode.Array list) {
        return list.elements().stream().flatMap(element -> text(element, "id").stream())
                .map(JsonNode.Text::value).toList();
    }
}
