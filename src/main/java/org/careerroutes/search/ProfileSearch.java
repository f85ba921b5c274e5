package org.careerroutes.search;

import org.careerroutes.model.Block;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Fact;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds text anywhere in a profile: every section, route, fact and route-map step. Plain Java;
 * the window decides how to show a hit and where it leads.
 */
public final class ProfileSearch {

    /**
     * One piece of searchable text.
     *
     * @param topic   where it lives: a section key or route id (as facts use), or "routeMap"
     * @param mapStep the route-map step it belongs to, for text on the map
     * @param text    the text as shown
     */
    public record Entry(String topic, Optional<String> mapStep, String text) {
    }

    /** An entry that matches, with where the first word of the query was found in it. */
    public record Hit(Entry entry, int start, int end) {
        /** The matching text with some words either side, for a result list. */
        public String snippet(int around) {
            String text = entry.text();
            int from = Math.max(0, start - around);
            int to = Math.min(text.length(), end + around);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            return (from > 0 ? "\u2026" : "") + text.substring(from, to).strip() + (to < text.length() ? "\u2026" : "");
        }
    }

    private final List<Entry> entries;

    public ProfileSearch(Profile profile) {
        this.entries = List.copyOf(index(profile));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Entries that contain every word of the query (case and accents as typed are ignored for
     * case only), in the order they appear in the app. A blank query finds nothing.
     */
    public List<Hit> find(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            String text = entry.text().toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(text::contains)) {
                int start = text.indexOf(words.get(0));
                hits.add(new Hit(entry, start, start + words.get(0).length()));
            }
        }
        return List.copyOf(hits);
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<Entry> index(Profile profile) {
        List<Entry> list = new ArrayList<>();
        add(list, "summary", profile.title());
        add(list, "summary", profile.summary());
        section(list, "duties", profile.duties());
        section(list, "entryRoutes", profile.entryRoutes().introduction());
        profile.registration().ifPresent(r -> section(list, "registration", r));
        for (EntryRoute route : profile.entryRoutes().routes()) {
            add(list, route.id(), route.title());
            route.group().ifPresent(g -> add(list, route.id(), g));
            blocks(list, route.id(), route.blocks());
            section(list, route.id(), route.entryRequirements());
        }
        section(list, "skills", profile.skills());
        section(list, "subjects", profile.subjects());
        section(list, "workplaces", profile.workplaces());
        section(list, "careerPath", profile.careerPath());
        java.util.Set<String> mapSteps = new java.util.HashSet<>();
        profile.routeMap().ifPresent(map -> map.nodes().forEach(n -> mapSteps.add(n.id())));
        for (Fact fact : profile.facts()) {
            for (String topic : fact.about()) {
                for (String text : List.of(fact.text(), fact.source())) {
                    list.add(mapSteps.contains(topic)
                            ? new Entry("routeMap", Optional.of(topic), text)
                            : new Entry(topic, Optional.empty(), text));
                }
            }
        }
        profile.routeMap().ifPresent(map -> {
            for (MapNode node : map.nodes()) {
                list.add(new Entry("routeMap", Optional.of(node.id()), node.title()));
                for (Block block : node.about()) {
                    block.texts().forEach(t -> list.add(new Entry("routeMap", Optional.of(node.id()), t)));
                }
            }
        });
        return list;
    }

    private static void section(List<Entry> list, String topic, Section section) {
        add(list, topic, section.heading());
        blocks(list, topic, section.blocks());
    }

    private static void blocks(List<Entry> list, String topic, List<Block> blocks) {
        blocks.forEach(block -> block.texts().forEach(text -> add(list, topic, text)));
    }

    private static void add(List<Entry> list, String topic, String text) {
        list.add(new Entry(topic, Optional.empty(), text));
    }
}
