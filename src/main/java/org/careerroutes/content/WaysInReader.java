package org.careerroutes.content;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.Section;
import org.careerroutes.model.WayIn;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a route's {@code waysIn}: alternatives, any one of which is enough, each with its title in
 * the profile's words, its route-map step, and its rules (read as a route's are, by {@link
 * EntryRulesReader}), or {@code "noRequirements": true} or {@code "notChecked": true} instead.
 * Each problem is reported where it was written.
 */
final class WaysInReader {

    /** A way in's fields that say it has no rules: it asks for nothing, or Career Routes cannot check it. */
    static final String NO_REQUIREMENTS = "noRequirements";
    static final String NOT_CHECKED = "notChecked";

    private final EntryRulesReader rules;
    private final Problems problems;

    WaysInReader(EntryRulesReader rules) {
        this.rules = rules;
        this.problems = rules.problems;
    }

    /**
     * One way in: {@code {"title": "for a level 2 course", "step": "level-2-course", "rules": [...]}},
     * or with {@code "noRequirements": true} (it asks for no qualification) or {@code "notChecked": true}
     * (Career Routes cannot check it) instead of rules: exactly one of the three. The title is
     * the profile's own words, so it must be found in the route's requirements, as a rule's
     * {@code words} must.
     */
    Optional<WayIn> wayIn(JsonNode node, Optional<Section> wording) {
        return ObjectFields.of(node, problems).flatMap(f -> {
            int errorsBefore = problems.errorCount();
            Optional<String> title = f.text("title", true).filter(t -> rules.isInTheWording(f, "title", t, wording));
            Optional<String> step = f.text("step", false).filter(id -> rules.isKnownStep(f, id));
            Optional<List<EntryRule>> ruleList = f.list("rules", false, true, each -> rules.rule(each, false, true, wording));
            ruleList.ifPresent(list -> rules.onlyHelping(f, list));
            boolean nothing = f.bool(NO_REQUIREMENTS, false).orElse(false);
            boolean notChecked = f.bool(NOT_CHECKED, false).orElse(false);
            f.finish();
            int said = (f.has("rules") ? 1 : 0) + (nothing ? 1 : 0) + (notChecked ? 1 : 0);
            if (said == 0) {
                problems.error(f.node(), () -> ObjectFields.where(f.node()) + " does not say what the way in needs: "
                        + "give its \"rules\", or \"" + NO_REQUIREMENTS + "\": true when it asks for no qualification, "
                        + "or \"" + NOT_CHECKED + "\": true when Career Routes cannot check it");
            } else if (said > 1) {
                // At the second of them: the flag written beside rules, or "notChecked" beside "noRequirements".
                JsonNode at = f.valueOf(f.has("rules") && nothing ? NO_REQUIREMENTS : NOT_CHECKED);
                problems.error(at, () -> "a way in has \"rules\", \"" + NO_REQUIREMENTS + "\": true or \""
                        + NOT_CHECKED + "\": true, only one of them; keep the one that is true of it");
            }
            if (problems.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new WayIn(title.orElseThrow(), step, ruleList.orElse(List.of()), !notChecked));
        });
    }

    /**
     * Ways in are alternatives, so there are at least two, each said once (its title and its
     * step), and at least one can be checked: else no student could ever be told they meet the
     * route, and its words say it better than rules.
     */
    void together(JsonNode.Array written, List<WayIn> read) {
        if (written.elements().size() == 1) {
            problems.error(written, () -> ObjectFields.where(written) + " has one way in; a route with one way in has "
                    + "no \"waysIn\": give its rules in the route's \"rules\"");
            return;
        }
        Map<String, Integer> titles = new HashMap<>();
        Map<String, Integer> steps = new HashMap<>();
        for (JsonNode way : written.elements()) {
            if (!(way instanceof JsonNode.Obj object)) {
                continue;
            }
            sameTwice(object, "title", titles, "way in");
            sameTwice(object, "step", steps, "step of a way in");
        }
        if (read.size() == written.elements().size() && read.stream().noneMatch(WayIn::checked)) {
            problems.error(written, () -> "every way in is \"" + NOT_CHECKED + "\", so there is nothing to check; "
                    + "leave \"waysIn\" out, and the route's words say what it needs");
        }
    }

    private void sameTwice(JsonNode.Obj way, String key, Map<String, Integer> seen, String what) {
        JsonNode.Member member = way.members().get(key);
        if (member != null && member.value() instanceof JsonNode.Text text) {
            Integer first = seen.putIfAbsent(text.value().toLowerCase(Locale.ROOT), text.line());
            if (first != null) {
                problems.error(text, () -> what + " " + Echo.quoted(text.value()) + " is given twice (first at line "
                        + first + "); each way in is said once");
            }
        }
    }
}
