package org.careerroutes.content;

import com.google.gson.stream.JsonWriter;
import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.Fact;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.MapStage;
import org.careerroutes.model.Note;
import org.careerroutes.model.OptionalDetail;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.Section;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.WayIn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Profile} as a content file, in the format {@link ProfileLoader} reads
 * (docs/content-format.md), laid out as the built-in profile is: two-space indents, fields in the
 * order the format lists them. What it writes loads back as the same profile; the loader's tests
 * check that, so the writer and the reader cannot drift apart.
 */
public final class ProfileWriter {

    /** The optional top-level section that keeps text an importer could not place. */
    public static final String NOT_PLACED = "notPlaced";

    private ProfileWriter() {
    }

    /** The profile as the text of a content file, ending with a line break. */
    public static String write(Profile profile) {
        return write(profile, Optional.empty());
    }

    /**
     * The profile, and beside it the lines of its source text that could not be placed in any
     * section, kept in a {@value #NOT_PLACED} section so that nothing is lost; the loader warns
     * about it until it is emptied by hand.
     */
    public static String write(Profile profile, Optional<Section> notPlaced) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("formatVersion").value(ProfileReader.FORMAT_VERSION);
            json.name("id").value(profile.id());
            json.name("title").value(profile.title());
            json.name("summary").value(profile.summary());
            section(json, "duties", profile.duties());
            json.name("entryRoutes").beginObject();
            section(json, "introduction", profile.entryRoutes().introduction());
            json.name("routes").beginArray();
            for (EntryRoute route : profile.entryRoutes().routes()) {
                route(json, route);
            }
            json.endArray();
            json.endObject();
            if (profile.registration().isPresent()) {
                section(json, "registration", profile.registration().get());
            }
            section(json, "skills", profile.skills());
            section(json, "subjects", profile.subjects());
            section(json, "workplaces", profile.workplaces());
            section(json, "careerPath", profile.careerPath());
            detail(json, "salary", profile.salary());
            detail(json, "hours", profile.hours());
            json.name("source").beginObject();
            json.name("attribution").value(profile.source().attribution());
            json.name("licence").value(profile.source().licence());
            optional(json, "licenceUrl", profile.source().licenceUrl());
            optional(json, "publisher", profile.source().publisher());
            json.endObject();
            if (profile.routeMap().isPresent()) {
                routeMap(json, profile.routeMap().get());
            }
            if (!profile.facts().isEmpty()) {
                json.name("facts").beginArray();
                for (Fact fact : profile.facts()) {
                    fact(json, fact);
                }
                json.endArray();
            }
            if (notPlaced.isPresent()) {
                section(json, NOT_PLACED, notPlaced.get());
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void section(JsonWriter json, String name, Section section) throws IOException {
        json.name(name).beginObject();
        json.name("heading").value(section.heading());
        blocks(json, "blocks", section.blocks());
        json.endObject();
    }

    private static void blocks(JsonWriter json, String name, List<Block> blocks) throws IOException {
        json.name(name).beginArray();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                json.value(paragraph.text());
            } else if (block instanceof Note note) {
                json.beginObject().name("note").value(note.text()).endObject();
            } else if (block instanceof BulletList list) {
                json.beginObject();
                optional(json, "intro", list.intro());
                json.name("items").beginArray();
                for (String item : list.items()) {
                    json.value(item);
                }
                json.endArray();
                json.endObject();
            }
        }
        json.endArray();
    }

    private static void route(JsonWriter json, EntryRoute route) throws IOException {
        json.beginObject();
        json.name("id").value(route.id());
        json.name("title").value(route.title());
        optional(json, "group", route.group());
        blocks(json, "blocks", route.blocks());
        json.name("entryRequirements").beginObject();
        json.name("heading").value(route.entryRequirements().heading());
        blocks(json, "blocks", route.entryRequirements().blocks());
        if (route.rules().notFor().isPresent()) {
            json.name("notFor").beginObject();
            json.name("qualification").value(route.rules().notFor().get().qualification().key());
            optional(json, "instead", route.rules().notFor().get().instead());
            json.endObject();
        }
        if (!route.rules().toStart().isEmpty()) {
            rules(json, route.rules().toStart());
        }
        if (!route.rules().waysIn().isEmpty()) {
            json.name("waysIn").beginArray();
            for (WayIn way : route.rules().waysIn()) {
                json.beginObject();
                json.name("title").value(way.title());
                optional(json, "step", way.step());
                if (!way.rules().isEmpty()) {
                    rules(json, way.rules());
                } else {
                    json.name(way.checked() ? WaysInReader.NO_REQUIREMENTS : WaysInReader.NOT_CHECKED).value(true);
                }
                json.endObject();
            }
            json.endArray();
        }
        if (!route.rules().later().isEmpty()) {
            json.name("later").beginArray();
            for (Checkpoint checkpoint : route.rules().later()) {
                json.beginObject();
                json.name("title").value(checkpoint.title());
                optional(json, "source", checkpoint.source());
                optional(json, "checked", checkpoint.checked());
                optional(json, "step", checkpoint.step());
                rules(json, checkpoint.rules());
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
        json.endObject();
    }

    private static void rules(JsonWriter json, List<EntryRule> rules) throws IOException {
        json.name("rules").beginArray();
        for (EntryRule rule : rules) {
            rule(json, rule);
        }
        json.endArray();
    }

    private static void rule(JsonWriter json, EntryRule rule) throws IOException {
        json.beginObject();
        json.name("qualification").value(rule.qualification().key());
        json.name("count").value(rule.count());
        optional(json, "minGrade", rule.minGrade());
        if (!rule.including().isEmpty()) {
            json.name("including").beginArray();
            for (SubjectNeed need : rule.including()) {
                if (need.count() == 1 && need.anyOf().size() == 1) {
                    json.value(need.anyOf().get(0));
                } else {
                    json.beginObject();
                    json.name("anyOf").beginArray();
                    for (String id : need.anyOf()) {
                        json.value(id);
                    }
                    json.endArray();
                    if (need.count() != 1) {
                        json.name("count").value(need.count());
                    }
                    json.endObject();
                }
            }
            json.endArray();
        }
        optional(json, "step", rule.step());
        if (rule.helps()) {
            json.name("helps").value(true);
        }
        if (!rule.mayBeConsidered().isEmpty()) {
            json.name("mayBeConsidered").beginArray();
            for (EntryRule alternative : rule.mayBeConsidered()) {
                rule(json, alternative);
            }
            json.endArray();
        }
        optional(json, "words", rule.words());
        json.endObject();
    }

    private static void routeMap(JsonWriter json, RouteMap map) throws IOException {
        json.name("routeMap").beginObject();
        json.name("stages").beginArray();
        for (MapStage stage : map.stages()) {
            json.beginObject().name("id").value(stage.id()).name("title").value(stage.title()).endObject();
        }
        json.endArray();
        json.name("nodes").beginArray();
        for (MapNode node : map.nodes()) {
            node(json, node);
        }
        json.endArray();
        json.name("edges").beginArray();
        for (MapEdge edge : map.edges()) {
            json.beginObject().name("from").value(edge.from()).name("to").value(edge.to());
            if (edge.optional()) {
                json.name("optional").value(true);
            }
            json.endObject();
        }
        json.endArray();
        json.name("pathways").beginArray();
        for (Pathway pathway : map.pathways()) {
            json.beginObject();
            json.name("id").value(pathway.id());
            json.name("title").value(pathway.title());
            json.name("steps").beginArray();
            for (String step : pathway.steps()) {
                json.value(step);
            }
            json.endArray();
            optional(json, "route", pathway.route());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void node(JsonWriter json, MapNode node) throws IOException {
        json.beginObject();
        json.name("id").value(node.id());
        json.name("stage").value(node.stage());
        json.name("title").value(node.title());
        json.name("kind").value(node.kind().key());
        if (!node.about().isEmpty()) {
            blocks(json, "about", node.about());
        }
        if (node.duration().isPresent()) {
            json.name("duration").beginObject();
            json.name("text").value(node.duration().get().text());
            json.name("months").value(node.duration().get().months());
            optional(json, "source", node.duration().get().source());
            json.endObject();
        }
        optional(json, "link", node.link());
        optional(json, "qualificationGained", node.qualificationGained());
        if (node.paid().isPresent()) {
            json.name("paidWhileTraining").beginObject();
            json.name("paid").value(node.paid().get().paid());
            json.name("how").value(node.paid().get().how());
            json.name("source").value(node.paid().get().source());
            json.endObject();
        }
        optional(json, "registrationReached", node.registrationReached());
        json.endObject();
    }

    private static void fact(JsonWriter json, Fact fact) throws IOException {
        json.beginObject();
        json.name("about").beginArray();
        for (String about : fact.about()) {
            json.value(about);
        }
        json.endArray();
        json.name("text").value(fact.text());
        json.name("source").value(fact.source());
        json.name("checked").value(fact.checked());
        json.endObject();
    }

    private static void detail(JsonWriter json, String name, Optional<OptionalDetail> detail) throws IOException {
        if (detail.isPresent()) {
            json.name(name).beginObject();
            json.name("text").value(detail.get().text());
            json.name("source").value(detail.get().source());
            json.name("checked").value(detail.get().checked());
            json.endObject();
        }
    }

    private static void optional(JsonWriter json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.name(name).value(value.get());
        }
    }
}
