package org.careerroutes.kiosk;

import org.careerroutes.model.Block;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.NodeKind;
import org.careerroutes.model.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the attract screen shows in turn: a duty, a route in, a senior role, then the next of
 * each, all in the profile's own words (a duty is shown as written, lower-case first letter and all).
 */
public final class Showcase {

    /**
     * One card of the showcase.
     *
     * @param label    what sort of thing it is, e.g. "What you'll do"
     * @param headline the thing itself
     * @param detail   a sentence more, where there is one
     */
    public record Card(String label, String headline, Optional<String> detail) {
    }

    private Showcase() {
    }

    public static List<Card> of(Profile profile) {
        List<Card> duties = profile.duties().items().stream()
                .map(duty -> new Card("What you'll do", duty, Optional.empty())).toList();
        List<Card> routes = profile.entryRoutes().routes().stream()
                .map(route -> new Card("A way in", route.title(), firstSentence(route))).toList();
        List<Card> roles = profile.routeMap().map(map -> map.nodes().stream()
                        .filter(node -> node.kind() == NodeKind.ROLE)
                        .map(MapNode::title)
                        .map(title -> new Card("Where it can lead", title, Optional.empty())).toList())
                .filter(list -> !list.isEmpty())
                .orElseGet(() -> firstText(profile.careerPath().blocks())
                        .map(text -> List.of(new Card("Where it can lead", sentence(text), Optional.empty())))
                        .orElse(List.of()));
        List<Card> cards = new ArrayList<>();
        int longest = Math.max(duties.size(), Math.max(routes.size(), roles.size()));
        for (int i = 0; i < longest; i++) {
            for (List<Card> kind : List.of(duties, routes, roles)) {
                if (i < kind.size()) {
                    cards.add(kind.get(i));
                }
            }
        }
        return List.copyOf(cards);
    }

    private static Optional<String> firstSentence(EntryRoute route) {
        return firstText(route.blocks()).map(Showcase::sentence);
    }

    private static Optional<String> firstText(List<Block> blocks) {
        return blocks.stream().flatMap(b -> b.texts().stream()).findFirst();
    }

    /** The text up to the end of its first sentence. */
    static String sentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
