package org.careerroutes.content;

import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRoutes;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.Fact;
import org.careerroutes.model.Note;
import org.careerroutes.model.OptionalDetail;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.Section;
import org.careerroutes.model.SourceInfo;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a parsed content file into a {@link Profile}, checking it against the content format
 * (see docs/content-format.md). Every problem is recorded; a profile is made only when there
 * are no errors.
 */
final class ProfileReader {

    /** The content format version this build reads. */
    static final int FORMAT_VERSION = 1;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final Problems problems;
    /** The latest month a {@code checked} may name. */
    private final YearMonth thisMonth;

    ProfileReader(Problems problems) {
        this(problems, latestMonthNow());
    }

    ProfileReader(Problems problems, YearMonth thisMonth) {
        this.problems = problems;
        this.thisMonth = thisMonth;
    }

    /**
     * The month it is now in the time zone furthest ahead (UTC+14, the Line Islands), so that
     * a fact checked today is never in the future, wherever its author is.
     */
    private static YearMonth latestMonthNow() {
        return YearMonth.now(ZoneOffset.ofHours(14));
    }

    Optional<Profile> read(JsonNode root) {
        Optional<ObjectFields> fields = ObjectFields.of(root, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields f = fields.get();
        OptionalInt version = f.wholeNumber("formatVersion", true);
        if (version.isPresent() && version.getAsInt() != FORMAT_VERSION) {
            JsonNode at = f.node().members().get("formatVersion").value();
            problems.error(at, () -> "unsupported formatVersion " + version.getAsInt()
                    + ": this version of Career Routes reads formatVersion " + FORMAT_VERSION);
            return Optional.empty();   // the rest of a file in another format would only add noise
        }
        Optional<String> id = f.id("id", true);
        Optional<String> title = f.text("title", true);
        Optional<String> summary = f.text("summary", true);
        Optional<Section> duties = section(f, "duties", true);
        KnownIds routeIds = AsWritten.routeIds(f);
        EntryRulesReader rules = new EntryRulesReader(problems, AsWritten.mapStepIds(f), routeIds, rf -> month(rf, false));
        Optional<EntryRoutes> entryRoutes = f.object("entryRoutes", true).flatMap(e -> entryRoutes(e, rules));
        Optional<Section> registration = section(f, "registration", false);
        Optional<Section> skills = section(f, "skills", true);
        Optional<Section> subjects = section(f, "subjects", true);
        Optional<Section> workplaces = section(f, "workplaces", true);
        Optional<Section> careerPath = section(f, "careerPath", true);
        Optional<OptionalDetail> salary = f.object("salary", false).flatMap(this::detail);
        Optional<OptionalDetail> hours = f.object("hours", false).flatMap(this::detail);
        Optional<SourceInfo> source = f.object("source", true).flatMap(this::source);
        List<Fact> facts = f.list("facts", false, false,
                node -> ObjectFields.of(node, problems).flatMap(this::fact)).orElse(List.of());
        KnownIds sectionsAndRoutes = routeIds.plus(Profile.SECTION_KEYS);
        Optional<RouteMap> routeMap = f.object("routeMap", false)
                .flatMap(map -> new RouteMapReader(problems, this::block, sectionsAndRoutes, routeIds).read(map));
        notPlaced(f);
        f.finish();
        checkFactTopics(f, sectionsAndRoutes);

        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Profile(id.get(), title.get(), summary.get(), duties.get(),
                entryRoutes.get(), registration, skills.get(), subjects.get(), workplaces.get(),
                careerPath.get(), salary, hours, source.get(), facts, routeMap));
    }

    /**
     * Text an importer could not place, kept so that nothing of the source is lost: checked like
     * any section, never shown, and warned about until someone moves it where it belongs.
     */
    private void notPlaced(ObjectFields f) {
        section(f, ProfileWriter.NOT_PLACED, false).ifPresent(kept -> {
            int lines = kept.blocks().stream().mapToInt(b -> b.texts().size()).sum();
            problems.warning(f.valueOf(ProfileWriter.NOT_PLACED), () -> "\"" + ProfileWriter.NOT_PLACED + "\" keeps "
                    + lines + (lines == 1 ? " line" : " lines") + " of the profile's text that the importer could not "
                    + "place; it is not shown in the app: move each line into its section (or delete it), then remove \""
                    + ProfileWriter.NOT_PLACED + "\"");
        });
    }

    private Optional<Section> section(ObjectFields parent, String key, boolean required) {
        return parent.object(key, required).flatMap(this::section);
    }

    private Optional<Section> section(ObjectFields f) {
        Optional<Section> section = sectionContent(f);
        f.finish();
        return section;
    }

    /** A section's heading and blocks, leaving the object open for more fields. */
    private Optional<Section> sectionContent(ObjectFields f) {
        Optional<String> heading = f.text("heading", true);
        Optional<List<Block>> blocks = f.list("blocks", true, true, this::block);
        if (heading.isEmpty() || blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(heading.get(), blocks.get()));
    }

    /**
     * A block is a paragraph (text), a list ({"intro": "...", "items": [...]}) or a note of our
     * own ({"note": "..."}).
     */
    Optional<Block> block(JsonNode node) {
        if (node instanceof JsonNode.Text) {
            return ObjectFields.asText(node, problems).map(Paragraph::new);
        }
        if (node instanceof JsonNode.Array) {
            problems.error(node, () -> ObjectFields.where(node) + " must be a block, not a list ([ ... ]): a block is "
                    + "text (a paragraph), {\"items\": [...]} (a list) or {\"note\": \"...\"}, and lists of "
                    + "blocks cannot be nested");
            return Optional.empty();
        }
        if (!(node instanceof JsonNode.Obj)) {
            problems.error(node, () -> ObjectFields.where(node) + " must be a paragraph (text) or a list "
                    + "({\"items\": [...]}) or a note ({\"note\": \"...\"}), not " + node.kind());
            return Optional.empty();
        }
        ObjectFields f = ObjectFields.of(node, problems).orElseThrow();
        if (f.has("note")) {
            return note(f);
        }
        Optional<String> intro = f.text("intro", false);
        Optional<List<String>> items = f.texts("items", true);
        f.finish();
        return items.map(values -> new BulletList(intro, values));
    }

    /** A note has its text and nothing else: anything more would be shown as if ours too. */
    private Optional<Block> note(ObjectFields f) {
        Optional<String> text = f.text("note", true);
        boolean alone = true;
        for (JsonNode.Member member : f.node().members().values()) {
            if (!member.name().equals("note")) {
                problems.error(member.line(), member.column(), () -> Echo.quoted(member.name())
                        + " cannot be used in a note block, which has only the field \"note\"");
                alone = false;
            }
        }
        return alone ? text.map(Note::new) : Optional.empty();
    }

    private Optional<EntryRoutes> entryRoutes(ObjectFields f, EntryRulesReader rules) {
        Optional<Section> introduction = section(f, "introduction", true);
        Optional<List<EntryRoute>> routes = f.list("routes", true, true,
                node -> ObjectFields.of(node, problems).flatMap(route -> route(route, rules)));
        f.finish();
        routes.ifPresent(list -> {
            checkUniqueRouteIds(f);
            checkGroupsAreTogether(f);
        });
        if (introduction.isEmpty() || routes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntryRoutes(introduction.get(), routes.get()));
    }

    private Optional<EntryRoute> route(ObjectFields f, EntryRulesReader rulesReader) {
        Optional<String> id = f.id("id", true);
        Optional<String> title = f.text("title", true);
        Optional<String> group = f.text("group", false);
        Optional<List<Block>> blocks = f.list("blocks", true, true, this::block);
        // The requirements are a section in the profile's words, with the same requirements as
        // rules beside them in the same object.
        Optional<ObjectFields> requirementsFields = f.object("entryRequirements", true);
        Optional<Section> requirements = requirementsFields.flatMap(this::sectionContent);
        EntryRules rules = requirementsFields.map(r -> rulesReader.read(r, requirements, id)).orElse(EntryRules.NONE);
        requirementsFields.ifPresent(ObjectFields::finish);
        f.finish();
        if (id.isEmpty() || title.isEmpty() || blocks.isEmpty() || requirements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntryRoute(id.get(), title.get(), group, blocks.get(), requirements.get(), rules));
    }

    private void checkUniqueRouteIds(ObjectFields entryRoutes) {
        JsonNode list = entryRoutes.node().members().get("routes").value();
        Map<String, Integer> firstLine = new HashMap<>();
        for (JsonNode route : ((JsonNode.Array) list).elements()) {
            AsWritten.text(route, "id").ifPresent(id -> {
                Integer first = firstLine.putIfAbsent(id.value(), id.line());
                if (first != null) {
                    problems.error(id, () -> "duplicate route id " + Echo.quoted(id.value())
                            + " (first used at line " + first + ")");
                }
            });
        }
    }

    /**
     * A group's heading is shown once, before its first route, so routes of one group written
     * apart would show some of them under the wrong heading.
     */
    private void checkGroupsAreTogether(ObjectFields entryRoutes) {
        JsonNode.Array list = (JsonNode.Array) entryRoutes.valueOf("routes");
        Set<String> ended = new HashSet<>();
        Set<String> reported = new HashSet<>();
        Optional<String> current = Optional.empty();
        for (JsonNode route : list.elements()) {
            Optional<JsonNode.Text> group = AsWritten.text(route, "group");
            Optional<String> name = group.map(JsonNode.Text::value);
            if (name.equals(current)) {
                continue;
            }
            current.ifPresent(ended::add);
            current = name;
            if (name.isPresent() && ended.contains(name.get()) && reported.add(name.get())) {
                problems.warning(group.get().line(), group.get().column(), () -> "group " + Echo.quoted(name.get())
                        + " is split: routes in one group must be next to each other");
            }
        }
    }

    private Optional<Fact> fact(ObjectFields f) {
        Optional<List<String>> about = topics(f);
        Optional<String> text = f.text("text", true);
        Optional<String> source = f.text("source", true);
        Optional<String> checked = month(f, true);
        f.finish();
        if (about.isEmpty() || text.isEmpty() || source.isEmpty() || checked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(about.get(), text.get(), source.get(), checked.get()));
    }

    /** A fact's "about": one id as text, or a list of them. */
    private Optional<List<String>> topics(ObjectFields f) {
        if (f.has("about") && f.valueOf("about") instanceof JsonNode.Array) {
            return f.texts("about", true);
        }
        return f.text("about", true).map(List::of);
    }

    private Optional<OptionalDetail> detail(ObjectFields f) {
        Optional<String> text = f.text("text", true);
        Optional<String> source = f.text("source", true);
        Optional<String> checked = month(f, true);
        f.finish();
        if (text.isEmpty() || source.isEmpty() || checked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OptionalDetail(text.get(), source.get(), checked.get()));
    }

    /** The {@code checked} month, as YYYY-MM and not in the future. */
    private Optional<String> month(ObjectFields f, boolean required) {
        return f.text("checked", required).filter(value -> {
            if (!MONTH.matcher(value).matches()) {
                problems.error(f.valueOf("checked"), () -> "\"checked\" must be the month "
                        + "the fact was checked, as YYYY-MM (e.g. \"2026-11\"), not " + Echo.quoted(value));
                return false;
            }
            if (YearMonth.parse(value).isAfter(thisMonth)) {
                problems.error(f.valueOf("checked"), () -> "\"checked\" is " + Echo.quoted(value)
                        + ", which is in the future: "
                        + "give the month it was last checked");
                return false;
            }
            return true;
        });
    }

    private Optional<SourceInfo> source(ObjectFields f) {
        Optional<String> attribution = f.text("attribution", true);
        Optional<String> licence = f.text("licence", true);
        Optional<String> licenceUrl = f.text("licenceUrl", false);
        Optional<String> publisher = f.text("publisher", false);
        f.finish();
        if (attribution.isEmpty() || licence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceInfo(attribution.get(), licence.get(), licenceUrl, publisher));
    }

    /**
     * A fact's "about" must name a route, a section or a route-map step, or it would never be
     * shown. Ids are taken as written, so that a route with a problem of its own does not make
     * its facts fail too.
     */
    private void checkFactTopics(ObjectFields root, KnownIds sectionsAndRoutes) {
        JsonNode.Member facts = root.node().members().get("facts");
        if (facts == null || !(facts.value() instanceof JsonNode.Array list) || ObjectFields.isTooLong(list)) {
            return;
        }
        KnownIds topics = AsWritten.mapNodeIds(root).map(sectionsAndRoutes::plus)
                .orElse(new KnownIds(sectionsAndRoutes.ids(), false));
        for (JsonNode fact : list.elements()) {
            List<JsonNode.Text> abouts = new java.util.ArrayList<>(AsWritten.text(fact, "about").stream().toList());
            if (fact instanceof JsonNode.Obj obj && obj.members().get("about") != null
                    && obj.members().get("about").value() instanceof JsonNode.Array many
                    && !ObjectFields.isTooLong(many)) {
                many.elements().stream().filter(JsonNode.Text.class::isInstance)
                        .map(JsonNode.Text.class::cast).forEach(abouts::add);
            }
            abouts.stream()
                    .filter(about -> !about.value().isBlank() && topics.isUnknown(about.value()))
                    .forEach(about -> problems.error(about, () -> "fact is about " + Echo.quoted(about.value())
                            + ", which is not a route, a section or a route-map step; use one of: "
                            + topics.listed()));
        }
    }
}
