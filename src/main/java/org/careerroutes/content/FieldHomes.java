package org.careerroutes.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field of the format belongs, for an unknown field that is a known field of some
 * other object: "routes" written at the top level is nearly always meant for "entryRoutes", and
 * saying so helps more than a guess at a typo. Fields that many objects have ({@code id},
 * {@code title}, {@code source}) are left out: a list of every place would not help.
 */
final class FieldHomes {

    private static final Map<String, String> HOMES = new HashMap<>();

    static {
        home("at the top level of the profile", "formatVersion", "summary", "duties", "entryRoutes",
                "registration", "skills", "subjects", "workplaces", "careerPath", "salary", "hours", "facts",
                "routeMap");
        home("inside \"entryRoutes\"", "introduction", "routes");
        home("inside a route, in \"entryRoutes\"", "group", "entryRequirements");
        home("inside a section ({\"heading\": \"...\", \"blocks\": [...]})", "heading");
        home("inside a section or a route", "blocks");
        home("inside a list block ({\"intro\": \"...\", \"items\": [...]})", "intro", "items");
        home("in a block of its own ({\"note\": \"...\"})", "note");
        home("inside \"source\"", "attribution", "licence", "licenceUrl", "publisher");
        home("inside a fact, \"salary\" or \"hours\"", "checked");
        home("inside a fact, \"salary\", \"hours\" or a route-map step's \"duration\"", "text");
        home("inside a fact or a route-map step", "about");
        home("inside \"routeMap\"", "stages", "nodes", "edges", "pathways");
        home("inside a route-map step (in \"nodes\")", "stage", "kind", "link", "duration");
        home("inside a route-map step's \"duration\"", "months");
        home("inside a route-map edge (in \"edges\")", "from", "to", "optional");
        home("inside a pathway (in \"pathways\")", "steps");
    }

    /** Fields of several objects, with no one home. */
    static final List<String> SHARED = List.of("id", "title", "source");

    private FieldHomes() {
    }

    private static void home(String where, String... fields) {
        for (String field : fields) {
            if (HOMES.put(field, where) != null) {
                throw new IllegalStateException("two homes for " + field);
            }
        }
    }

    /** Where a field of this name belongs, e.g. {@code inside "entryRoutes"}; empty for no field of the format. */
    static Optional<String> of(String field) {
        return Optional.ofNullable(HOMES.get(field));
    }
}
