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
                "routeMap", ProfileWriter.NOT_PLACED);
        home("inside \"entryRoutes\"", "introduction", "routes");
        home("inside a route, in \"entryRoutes\"", "group", "entryRequirements");
        home("inside a section ({\"heading\": \"...\", \"blocks\": [...]})", "heading");
        home("inside a section or a route", "blocks");
        home("inside a list block ({\"intro\": \"...\", \"items\": [...]})", "intro", "items");
        home("in a block of its own ({\"note\": \"...\"})", "note");
        home("inside \"source\"", "attribution", "licence", "licenceUrl", "publisher");
        home("inside a fact, \"salary\", \"hours\" or an entry-requirements checkpoint (in \"later\")", "checked");
        home("inside a fact, \"salary\", \"hours\" or a route-map step's \"duration\"", "text");
        home("inside a fact or a route-map step", "about");
        home("inside \"routeMap\"", "stages", "nodes", "edges", "pathways");
        home("inside a route-map step (in \"nodes\")", "stage", "kind", "link", "duration", "paidWhileTraining",
                "qualificationGained", "registrationReached");
        home("inside a route-map step's \"paidWhileTraining\"", "paid", "how");
        home("inside a route-map step's \"duration\"", "months");
        home("inside a route-map edge (in \"edges\")", "from", "to", "optional");
        home("inside a pathway (in \"pathways\")", "steps");
        home("inside a route's \"entryRequirements\", a way in (in \"waysIn\") or a checkpoint in its \"later\"",
                "rules");
        home("inside a route's \"entryRequirements\"", "later", "notFor", "waysIn");
        home("inside a way in (in a route's \"waysIn\")", WaysInReader.NO_REQUIREMENTS, WaysInReader.NOT_CHECKED);
        home("inside a route's \"notFor\"", "instead");
        home("inside an entry rule (in \"rules\") or a route's \"notFor\"", "qualification");
        home("inside an entry rule (in \"rules\")", "minGrade", "including", "helps",
                "mayBeConsidered", "words");
        home("inside an entry rule, or a choice of subjects in its \"including\"", "count");
        home("inside a choice of subjects in an entry rule's \"including\" ({\"anyOf\": [...], \"count\": 1})",
                "anyOf");
    }

    /**
     * Fields with no one home to name: those of several objects, and those one letter from a
     * field of another object, where the likelier slip is the other field's name: "route" in
     * {@code entryRoutes} is "routes" mistyped, not a pathway's route; "step" in a pathway is
     * "steps", not an entry rule's step.
     */
    static final List<String> SHARED = List.of("id", "title", "source", "route", "step");

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
