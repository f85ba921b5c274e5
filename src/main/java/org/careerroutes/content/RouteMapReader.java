package org.careerroutes.content;

import org.careerroutes.model.Block;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.StepDuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the {@code routeMap} of a profile: its stages, nodes, edges and pathways. Each part is
 * read with the place it was written, so that {@link RouteMapChecks} can report a problem of the
 * graph as a whole (a cycle, an unknown node) at the exact line and column.
 */
final class RouteMapReader {

    /** A part of the map with where it was written. */
    record Placed<T>(T value, ObjectFields fields) {
        JsonNode at(String key) {
            return fields.valueOf(key);
        }
    }

    private final Problems problems;
    private final Function<JsonNode, Optional<Block>> blocks;
    private final KnownIds linkTargets;
    private final KnownIds routeIds;

    /**
     * @param blocks      reads a paragraph or list, as elsewhere in the profile
     * @param linkTargets the route ids and section keys a node may link to
     * @param routeIds    the entry route ids a pathway may follow
     */
    RouteMapReader(Problems problems, Function<JsonNode, Optional<Block>> blocks, KnownIds linkTargets,
                   KnownIds routeIds) {
        this.problems = problems;
        this.blocks = blocks;
        this.linkTargets = linkTargets;
        this.routeIds = routeIds;
    }

    Optional<RouteMap> read(ObjectFields f) {
        Optional<List<Placed<MapStage>>> stages = f.list("stages", true, true, this::stage);
        Optional<List<Placed<MapNode>>> nodes = f.list("nodes", true, true, this::node);
        Optional<List<Placed<MapEdge>>> edges = f.list("edges", true, false, this::edge);
        Optional<List<Placed<Pathway>>> pathways = f.list("pathways", true, true, this::pathway);
        f.finish();
        if (stages.isEmpty() || nodes.isEmpty() || edges.isEmpty() || pathways.isEmpty()) {
            return Optional.empty();
        }
        new RouteMapChecks(problems, stages.get(), nodes.get(), edges.get(), pathways.get(),
                idsAsWritten(f, "stages"), idsAsWritten(f, "nodes")).run();
        return Optional.of(new RouteMap(values(stages.get()), values(nodes.get()), values(edges.get()),
                values(pathways.get())));
    }

    /**
     * The ids written in a list, in file order, including those of parts that had problems of
     * their own, so a reference to them is not reported as unknown as well.
     */
    private static Set<String> idsAsWritten(ObjectFields f, String list) {
        if (!(f.valueOf(list) instanceof JsonNode.Array array)) {
            return Set.of();
        }
        return array.elements().stream().flatMap(e -> AsWritten.text(e, "id").stream())
                .map(JsonNode.Text::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> List<T> values(List<Placed<T>> placed) {
        return placed.stream().map(Placed::value).toList();
    }

    private Optional<ObjectFields> fields(JsonNode node) {
        return ObjectFields.of(node, problems);
    }

    private Optional<Placed<MapStage>> stage(JsonNode node) {
        return fields(node).flatMap(f -> {
            Optional<String> id = f.id("id", true);
            Optional<String> title = f.text("title", true);
            f.finish();
            if (id.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Placed<>(new MapStage(id.get(), title.get()), f));
        });
    }

    private Optional<Placed<MapNode>> node(JsonNode node) {
        return fields(node).flatMap(f -> {
            Optional<String> id = f.id("id", true);
            Optional<String> stage = f.text("stage", true);
            Optional<String> title = f.text("title", true);
            Optional<NodeKind> kind = f.text("kind", true).flatMap(key -> kind(f, key));
            List<Block> about = f.list("about", false, true, blocks).orElse(List.of());
            Optional<StepDuration> duration = f.object("duration", false).flatMap(this::duration);
            Optional<String> link = f.text("link", false).filter(target -> knownLink(f, target));
            Optional<PaidWhileTraining> paid = f.object("paidWhileTraining", false).flatMap(this::paid);
            Optional<String> gained = f.text("qualificationGained", false);
            Optional<String> registers = f.text("registrationReached", false)
                    .filter(text -> kind.isEmpty() || isRegistration(f, kind.get()));
            f.finish();
            if (id.isEmpty() || stage.isEmpty() || title.isEmpty() || kind.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Placed<>(new MapNode(id.get(), stage.get(), title.get(), kind.get(),
                    about, duration, link, paid, gained, registers), f));
        });
    }

    private Optional<NodeKind> kind(ObjectFields f, String key) {
        Optional<NodeKind> kind = NodeKind.fromKey(key);
        if (kind.isEmpty()) {
            problems.error(f.valueOf("kind"), () -> "unknown kind " + Echo.quoted(key) + "; use one of: "
                    + Arrays.stream(NodeKind.values()).map(NodeKind::key).collect(Collectors.joining(", ")));
        }
        return kind;
    }

    private boolean knownLink(ObjectFields f, String target) {
        if (!linkTargets.isUnknown(target)) {
            return true;
        }
        problems.error(f.valueOf("link"), () -> "link " + Echo.quoted(target)
                + " is not a route id or a section; use one of: "
                + linkTargets.listed());
        return false;
    }

    /** A pathway's {@code route} names the entry route whose rules say whether a student meets it. */
    private boolean knownRoute(ObjectFields f, String id) {
        if (!routeIds.isUnknown(id)) {
            return true;
        }
        String pathway = AsWritten.text(f.node(), "id").map(p -> "pathway " + Echo.quoted(p.value()))
                .orElse("a pathway");
        problems.error(f.valueOf("route"), () -> pathway + " follows route " + Echo.quoted(id)
                + ", which is not an entry route; "
                + "use one of: " + routeIds.listed());
        return false;
    }

    /** A register or status is reached at a registration step, and only there. */
    private boolean isRegistration(ObjectFields f, NodeKind kind) {
        if (kind == NodeKind.REGISTRATION) {
            return true;
        }
        problems.error(f.valueOf("registrationReached"), () -> "\"registrationReached\" is for a step of kind \""
                + NodeKind.REGISTRATION.key() + "\", not \"" + kind.key() + "\"");
        return false;
    }

    /** Whether a step is paid, how, and the source that says so, which is required. */
    private Optional<PaidWhileTraining> paid(ObjectFields f) {
        Optional<Boolean> paid = f.bool("paid", true);
        Optional<String> how = f.text("how", true);
        Optional<String> source = f.text("source", true);
        f.finish();
        if (paid.isEmpty() || how.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PaidWhileTraining(paid.get(), how.get(), source.get()));
    }

    /**
     * The longest a step may say it takes: 20 years. Anything longer is a slip (days or weeks
     * written as months); a step whose length is not known leaves out its duration.
     */
    static final int MOST_MONTHS = 240;

    private Optional<StepDuration> duration(ObjectFields f) {
        Optional<String> text = f.text("text", true);
        OptionalInt months = f.wholeNumber("months", true);
        Optional<String> source = f.text("source", false);
        f.finish();
        if (months.isPresent() && months.getAsInt() < 0) {
            problems.error(f.valueOf("months"), "months must not be negative");
            return Optional.empty();
        }
        if (months.isPresent() && months.getAsInt() > MOST_MONTHS) {
            problems.error(f.valueOf("months"), () -> "months must be at most " + MOST_MONTHS + " (20 years), not "
                    + months.getAsInt() + "; where a step's length is not known, leave \"duration\" out");
            return Optional.empty();
        }
        if (text.isEmpty() || months.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StepDuration(text.get(), months.getAsInt(), source));
    }

    private Optional<Placed<MapEdge>> edge(JsonNode node) {
        return fields(node).flatMap(f -> {
            Optional<String> from = f.text("from", true);
            Optional<String> to = f.text("to", true);
            boolean optional = f.bool("optional", false).orElse(false);
            f.finish();
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Placed<>(new MapEdge(from.get(), to.get(), optional), f));
        });
    }

    private Optional<Placed<Pathway>> pathway(JsonNode node) {
        return fields(node).flatMap(f -> {
            Optional<String> id = f.id("id", true);
            Optional<String> title = f.text("title", true);
            Optional<List<String>> steps = f.texts("steps", true);
            Optional<String> route = f.text("route", false).filter(target -> knownRoute(f, target));
            boolean routeFailed = f.has("route") && route.isEmpty();
            f.finish();
            if (steps.isPresent() && steps.get().size() < 2) {
                problems.error(f.valueOf("steps"), "a pathway needs at least two steps");
                return Optional.empty();
            }
            if (id.isEmpty() || title.isEmpty() || steps.isEmpty() || routeFailed) {
                return Optional.empty();
            }
            return Optional.of(new Placed<>(new Pathway(id.get(), title.get(), new ArrayList<>(steps.get()), route), f));
        });
    }
}
