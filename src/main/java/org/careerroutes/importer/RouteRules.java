package org.careerroutes.importer;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A route's rules, made from its lines of entry requirements. Lines that say what they are for
 * ("… for a level 2 course", "… for a level 3 course") are ways in, any one of which may be
 * enough; the others are all needed. A route is checked only where its rules say exactly what
 * its lines say:
 * <ul>
 *   <li>lines all needed: their rules together, unless one of them names a qualification that
 *       no rule could be made from (the rules would then miss a requirement, and a student could
 *       be told they meet a route they do not);</li>
 *   <li>ways in: the rules of the one way that is met whenever any of the others is (the easiest,
 *       "2 or fewer GCSEs for a level 2 course" beside "4 or 5 GCSEs for a level 3 course"), which
 *       is then exactly "any one of them"; when no way is met by all the others, or one cannot be
 *       read, the route is not checked.</li>
 * </ul>
 * See docs/decisions/0028-ways-in-checked-only-when-exact.md.
 */
final class RouteRules {

    /** What became of one line: its rules in words, or why it is not checked. */
    record LineOutcome(RequirementReader.Result line, boolean checked, String said) {
    }

    /**
     * The route's rules and what became of each line.
     *
     * @param rules   the rules to start the route; empty when it is not checked
     * @param onlyFor the way in the rules are for, when the route has several: only its pathway is
     *                judged by them
     * @param summary a sentence on the route as a whole, for the report and the route's card
     */
    record Made(List<EntryRule> rules, Optional<Purpose> onlyFor, List<LineOutcome> lines, Optional<String> summary) {
    }

    private RouteRules() {
    }

    static Made of(List<RequirementReader.Result> lines) {
        if (lines.isEmpty()) {
            return new Made(List.of(), Optional.empty(), List.of(), Optional.empty());
        }
        Map<Purpose, List<RequirementReader.Result>> ways = new LinkedHashMap<>();
        List<RequirementReader.Result> always = new ArrayList<>();
        for (RequirementReader.Result line : lines) {
            line.purpose().ifPresentOrElse(p -> ways.computeIfAbsent(p, k -> new ArrayList<>()).add(line),
                    () -> always.add(line));
        }
        Optional<RequirementReader.Result> blocking = lines.stream().filter(RouteRules::blocks).findFirst();
        if (ways.size() <= 1) {
            if (blocking.isPresent()) {
                return none(lines, "not checked: \u201c" + blocking.get().text() + "\u201d names a qualification Career "
                        + "Routes cannot check, so the route's other requirements alone could tell a student they meet it");
            }
            List<EntryRule> rules = lines.stream().flatMap(l -> l.rules().stream()).toList();
            if (twice(rules)) {
                return none(lines, "not checked: its lines ask for the same kind of qualification twice, so how they "
                        + "add up is not clear");
            }
            return new Made(rules, Optional.empty(), outcomes(lines, Optional.empty()),
                    rules.isEmpty() ? Optional.of("not checked: none of its lines is a requirement Career Routes can check")
                            : Optional.empty());
        }
        String named = Words.joinWith("or", ways.keySet().stream().map(p -> "\u201cfor " + p.words() + "\u201d").toList());
        if (blocking.isPresent()) {
            return none(lines, "not checked: any one of its ways in (" + named + ") may be enough, and \u201c"
                    + blocking.get().text() + "\u201d cannot be checked");
        }
        Optional<Purpose> easiest = ways.keySet().stream()
                .filter(w -> ways.keySet().stream().allMatch(other -> implies(rules(ways.get(other)), rules(ways.get(w)))))
                .findFirst();
        if (easiest.isEmpty() || rules(ways.get(easiest.get())).isEmpty()) {
            return none(lines, "not checked: any one of its ways in (" + named + ") may be enough, and none of them is "
                    + "met whenever another is, so Career Routes cannot check \u201cany one of them\u201d");
        }
        List<EntryRule> rules = new ArrayList<>(rules(always));
        rules.addAll(rules(ways.get(easiest.get())));
        if (twice(rules)) {
            return none(lines, "not checked: its lines ask for the same kind of qualification twice, so how they add up "
                    + "is not clear");
        }
        return new Made(rules, easiest, outcomes(lines, easiest), Optional.of("any one of its ways in (" + named
                + ") may be enough; the one \u201cfor " + easiest.get().words() + "\u201d is met whenever any other is, so the "
                + "route is checked against it"));
    }

    /** A line that names a qualification yet makes no rule, and is not just a preference. */
    private static boolean blocks(RequirementReader.Result line) {
        return !line.checked() && line.qualified() && !line.hedged();
    }

    private static List<EntryRule> rules(List<RequirementReader.Result> lines) {
        return lines.stream().flatMap(l -> l.rules().stream()).toList();
    }

    private static boolean twice(List<EntryRule> rules) {
        Set<RuleQualification> seen = new HashSet<>();
        return rules.stream().anyMatch(r -> !seen.add(r.qualification()));
    }

    private static Made none(List<RequirementReader.Result> lines, String why) {
        List<LineOutcome> outcomes = lines.stream().map(l -> new LineOutcome(l, false, l.checked()
                ? "not checked (" + why.replaceFirst("^not checked: ", "the route is not checked: ") + ")"
                : "not checked: " + l.notChecked().orElse(""))).toList();
        return new Made(List.of(), Optional.empty(), outcomes, Optional.of(why));
    }

    private static List<LineOutcome> outcomes(List<RequirementReader.Result> lines, Optional<Purpose> easiest) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (RequirementReader.Result line : lines) {
            if (!line.checked()) {
                outcomes.add(new LineOutcome(line, false, "not checked: " + line.notChecked().orElse("")));
            } else if (easiest.isPresent() && line.purpose().isPresent() && !line.purpose().equals(easiest)) {
                outcomes.add(new LineOutcome(line, false, "one of the ways in, met by anyone who meets it; the route "
                        + "is checked against the way in \u201cfor " + easiest.get().words() + "\u201d"));
            } else {
                outcomes.add(new LineOutcome(line, true, "checked: " + String.join("; ",
                        line.rules().stream().map(EntryRule::describeFromRule).toList())));
            }
        }
        return outcomes;
    }

    /** Whether every student who meets all of {@code stronger} meets all of {@code weaker}; false when unsure. */
    static boolean implies(List<EntryRule> stronger, List<EntryRule> weaker) {
        return weaker.stream().allMatch(w -> stronger.stream().anyMatch(s -> implies(s, w)));
    }

    private static boolean implies(EntryRule stronger, EntryRule weaker) {
        boolean sameKind = stronger.qualification() == weaker.qualification()
                || stronger.qualification() == RuleQualification.A_LEVEL && weaker.qualification() == RuleQualification.LEVEL_3;
        if (!sameKind || stronger.count() < weaker.count()) {
            return false;
        }
        if (weaker.minGrade().isPresent() && (stronger.qualification() != weaker.qualification()
                || stronger.minRank() < weaker.minRank())) {
            return false;
        }
        // Each subject the weaker asks for is asked for by a different need of the stronger, as narrowly or more so.
        List<SubjectNeed> left = new ArrayList<>(stronger.including());
        for (SubjectNeed need : weaker.including()) {
            Optional<SubjectNeed> covering = left.stream()
                    .filter(s -> need.anyOf().containsAll(new LinkedHashSet<>(s.anyOf())) && s.count() >= need.count())
                    .findFirst();
            if (covering.isEmpty()) {
                return false;
            }
            left.remove(covering.get());
        }
        return true;
    }
}
