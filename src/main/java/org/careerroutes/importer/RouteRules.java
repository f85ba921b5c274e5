package org.careerroutes.importer;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A route's rules, made from its lines of entry requirements. Lines that say what they are for
 * ("… for a level 2 course", "… for a level 3 course") are the route's ways in, any one of which
 * is enough; the others are needed whichever way is taken. A rule is made only where it says
 * exactly what the lines say:
 * <ul>
 *   <li>a route with one way in: its lines' rules together, unless one of them names a
 *       qualification that no rule could be made from (the rules would then miss a requirement,
 *       and a student could be told they meet a route they do not);</li>
 *   <li>a route with several: each way in its own rules, or "not checked" when one of its own
 *       lines cannot be read, while the others are still checked; a line every way needs that
 *       cannot be read leaves the whole route not checked, and so does a route none of whose
 *       ways can be checked.</li>
 * </ul>
 * See docs/decisions/0033-importing-ways-in.md.
 */
final class RouteRules {

    /** What became of one line: its rules in words, or why it is not checked. */
    record LineOutcome(RequirementReader.Result line, boolean checked, String said) {
    }

    /**
     * One way in as made.
     *
     * @param title   what it is for, as the line writes it: "for a level 2 course"
     * @param rules   its own rules (beside the route's for every way); empty when it asks for
     *                nothing or is not checked
     * @param checked false when one of its lines names a qualification Career Routes cannot check
     * @param said    what the report says of it: its rules in words, or why it is not checked
     */
    record Way(Purpose purpose, String title, List<EntryRule> rules, boolean checked, String said) {
    }

    /**
     * The route's rules and what became of each line.
     *
     * @param rules   the rules to start the route (with ways in, those every way needs); empty,
     *                with no ways, when the route is not checked
     * @param ways    the route's ways in, when it has several; empty when it is not checked
     * @param summary a sentence on the route as a whole, for the report
     */
    record Made(List<EntryRule> rules, List<Way> ways, List<LineOutcome> lines, Optional<String> summary) {

        /** Whether anything of the route is checked. */
        boolean isChecked() {
            return !rules.isEmpty() || !ways.isEmpty();
        }
    }

    private RouteRules() {
    }

    static Made of(List<RequirementReader.Result> lines) {
        if (lines.isEmpty()) {
            return new Made(List.of(), List.of(), List.of(), Optional.empty());
        }
        Map<Purpose, List<RequirementReader.Result>> byPurpose = new LinkedHashMap<>();
        List<RequirementReader.Result> always = new ArrayList<>();
        for (RequirementReader.Result line : lines) {
            line.purpose().ifPresentOrElse(p -> byPurpose.computeIfAbsent(p, k -> new ArrayList<>()).add(line),
                    () -> always.add(line));
        }
        boolean requirementsBeside = always.stream().anyMatch(l -> l.checked() || blocks(l));
        if (byPurpose.size() == 1 && byPurpose.keySet().iterator().next().afterADegree() && requirementsBeside) {
            // "5 GCSEs …", "2 to 3 A levels, including biology" and "a degree … for a postgraduate course": the
            // lines before are a way in of their own, not needed beside the postgraduate course, which the text
            // does not say; together they would ask a school leaver for a degree.
            return none(lines, "not checked: its line \u201cfor " + byPurpose.keySet().iterator().next().words()
                    + "\u201d is a way in after a degree, and its other lines do not say which way in they are for");
        }
        if (byPurpose.size() <= 1) {
            Optional<RequirementReader.Result> blocking = lines.stream().filter(RouteRules::blocks).findFirst();
            if (blocking.isPresent()) {
                return none(lines, "not checked: \u201c" + blocking.get().text() + "\u201d names a qualification Career "
                        + "Routes cannot check, so the route's other requirements alone could tell a student they meet it");
            }
            List<EntryRule> rules = rules(lines);
            if (twice(rules)) {
                return none(lines, "not checked: its lines ask for the same kind of qualification twice, so how they "
                        + "add up is not clear");
            }
            if (rules.isEmpty()) {
                // With one way in, nothing to check is no rule: a route is checked against rules only.
                return none(lines, "not checked: none of its lines is a requirement Career Routes can check");
            }
            List<LineOutcome> outcomes = lines.stream().map(line -> outcome(line, "")).toList();
            return new Made(rules, List.of(), outcomes, Optional.empty());
        }
        String named = Words.joinWith("or", byPurpose.keySet().stream().map(p -> "\u201cfor " + p.words() + "\u201d").toList());
        Optional<RequirementReader.Result> everyWayBlocked = always.stream().filter(RouteRules::blocks).findFirst();
        if (everyWayBlocked.isPresent()) {
            return none(lines, "not checked: any one of its ways in (" + named + ") may be enough, and \u201c"
                    + everyWayBlocked.get().text() + "\u201d, which every way needs, cannot be checked");
        }
        List<EntryRule> everyWay = rules(always);
        List<Way> ways = new ArrayList<>();
        byPurpose.forEach((purpose, own) -> ways.add(way(purpose, own, everyWay)));
        if (ways.stream().noneMatch(Way::checked)) {
            return none(lines, "not checked: any one of its ways in (" + named + ") may be enough, and none of them can "
                    + "be checked");
        }
        List<LineOutcome> outcomes = new ArrayList<>();
        for (RequirementReader.Result line : lines) {
            Optional<Way> of = ways.stream().filter(w -> line.purpose().filter(w.purpose()::equals).isPresent()).findFirst();
            if (of.isPresent() && !of.get().checked()) {
                outcomes.add(new LineOutcome(line, false, line.checked()
                        ? "not checked (the way in \u201c" + of.get().title() + "\u201d is not: " + of.get().said() + ")"
                        : "not checked: " + line.notChecked().orElse("")));
            } else {
                outcomes.add(outcome(line, of.isPresent() ? " (" + of.get().title() + ")" : line.checked()
                        ? " (whichever way in)" : ""));
            }
        }
        return new Made(everyWay, ways, outcomes, Optional.of("checked: any one of its ways in is enough"));
    }

    /** One way in from its own lines, beside the rules every way needs. */
    private static Way way(Purpose purpose, List<RequirementReader.Result> own, List<EntryRule> everyWay) {
        String title = own.stream().flatMap(l -> purpose.asWritten(l.text()).stream()).findFirst()
                .orElse("for " + purpose.words());
        Optional<RequirementReader.Result> blocking = own.stream().filter(RouteRules::blocks).findFirst();
        if (blocking.isPresent()) {
            return new Way(purpose, title, List.of(), false, "\u201c" + blocking.get().text() + "\u201d names a "
                    + "qualification Career Routes cannot check");
        }
        List<EntryRule> rules = rules(own);
        if (twice(Stream.concat(everyWay.stream(), rules.stream()).toList())) {
            return new Way(purpose, title, List.of(), false, "its lines and those every way needs ask for the same kind "
                    + "of qualification twice, so how they add up is not clear");
        }
        if (!rules.isEmpty()) {
            return new Way(purpose, title, rules, true, String.join("; ", rules.stream()
                    .map(EntryRule::describeFromRule).toList()));
        }
        if (own.stream().anyMatch(RequirementReader.Result::asksNothing)) {
            return new Way(purpose, title, List.of(), true, "no qualifications asked for");
        }
        return new Way(purpose, title, List.of(), false, "none of its lines is a requirement Career Routes can check");
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
        List<LineOutcome> outcomes = lines.stream().map(l -> new LineOutcome(l, false, !l.checked()
                ? "not checked: " + l.notChecked().orElse("")
                : l.asksNothing() ? "not checked: it asks for no qualification, so there is nothing to check"
                : "not checked (" + why.replaceFirst("^not checked: ", "the route is not checked: ") + ")")).toList();
        return new Made(List.of(), List.of(), outcomes, Optional.of(why));
    }

    /** A line of a route (or a way in) that is checked: its rules in words, or why it makes none. */
    private static LineOutcome outcome(RequirementReader.Result line, String forWhich) {
        if (!line.checked()) {
            return new LineOutcome(line, false, "not checked: " + line.notChecked().orElse(""));
        }
        String rules = line.asksNothing() ? "no qualifications asked for"
                : String.join("; ", line.rules().stream().map(EntryRule::describeFromRule).toList());
        String asides = line.setAside().stream().map(a -> "; set aside: " + a).reduce("", String::concat);
        return new LineOutcome(line, true, "checked: " + rules + forWhich + asides);
    }
}
