package org.careerroutes.eligibility;

import org.careerroutes.eligibility.VerdictCard.Group;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.WayIn;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a route's card says of its ways in, any one of which is enough: which way the verdict is
 * about, the requirements of the others it names too, and, in a line each, how the student stands
 * on every other way in, one not checked included, so that the card never hides a way in.
 */
final class WayLines {

    private WayLines() {
    }

    /** Under the headline: which way in the card is about, when the student meets none of them. */
    static String which(RouteVerdict verdict) {
        long checked = verdict.ways().stream().filter(w -> w.outcome() != Outcome.NO_RULES).count();
        String title = verdict.way().map(WayIn::title).orElse("");
        if (verdict.outcome() != Outcome.NOT_YET) {
            return VerdictCard.ANY_ONE;
        }
        return VerdictCard.ANY_ONE.replaceFirst("\\.$", "") + (checked > 1 ? "; the nearest for you is the one "
                : "; Career Routes checks the one ") + title + ".";
    }

    /**
     * The requirements of each other way in the headline names as met too ("for a level 2 course
     * and for a level 3 course"), without those every way needs, which are listed already.
     */
    static List<Group> alsoNamed(RouteVerdict verdict) {
        List<Group> groups = new ArrayList<>();
        List<EntryRule> everyWay = verdict.route().rules().toStart();
        for (RouteVerdict way : verdict.ways()) {
            if (way.way().equals(verdict.way()) || !verdict.namedWays().contains(way.way().orElseThrow())) {
                continue;
            }
            List<RuleResult> own = way.toStart().stream().filter(r -> !everyWay.contains(r.rule())).toList();
            if (!own.isEmpty()) {
                groups.add(new Group("Usual requirements " + way.way().get().title() + ", one by one:",
                        VerdictCard.judged(own, List.of())));
            } else if (way.way().get().asksForNothing()) {
                groups.add(nothingAsked(way.way().get()));
            }
        }
        return groups;
    }

    /** The requirements of a way in that asks for no qualification ("2 or fewer GCSEs … for a level 1 course"). */
    static Group nothingAsked(WayIn way) {
        return new Group("Usual requirements " + way.title() + ":", List.of(Outcome.MEETS.symbol()
                + " No particular qualifications asked for"));
    }

    /** "Its other ways in:", a line each: "✗ For a level 3 course: you need …", "– For a level 1 course: not checked …". */
    static Optional<Group> others(RouteVerdict verdict) {
        List<String> lines = verdict.otherWays().stream().map(WayLines::line).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Group("Its other ways in:", lines));
    }

    private static String line(RouteVerdict way) {
        String title = Words.capitalise(way.way().orElseThrow().title());
        boolean expected = way.deciding().stream().filter(r -> r.outcome() == Outcome.PREDICTED)
                .allMatch(RuleResult::expected) && way.deciding().stream().anyMatch(r -> r.outcome() == Outcome.PREDICTED);
        return switch (way.outcome()) {
            case MEETS -> way.outcome().symbol() + " " + title + ": you meet its usual entry requirements too";
            case PREDICTED -> way.outcome().symbol() + " " + title + (expected ? ": your expected results meet it"
                    : ": your predicted grades meet it");
            case MAY_BE_CONSIDERED -> way.outcome().symbol() + " " + title + ": you may be considered";
            case NOT_YET -> way.outcome().symbol() + " " + title + ": you need " + String.join("; ", way.missing());
            case NO_RULES -> way.outcome().symbol() + " " + title + ": " + NOT_CHECKED;
            case OTHER_ROUTE -> way.outcome().symbol() + " " + title;
        };
    }

    /** A way in Career Routes does not check, in the words shown for it. */
    static final String NOT_CHECKED = "not checked by Career Routes; read its requirements under How to become one";

    /**
     * The requirements of every way in, unjudged, for a student who has entered nothing (or one
     * the route is not meant for): those every way needs, then each way's own.
     */
    static List<Group> unjudged(RouteVerdict verdict) {
        List<Group> groups = new ArrayList<>();
        List<EntryRule> everyWay = verdict.route().rules().toStart();
        if (!everyWay.isEmpty()) {
            groups.add(new Group("Whichever way in, usually needs:", rules(everyWay)));
        }
        for (WayIn way : verdict.route().rules().waysIn()) {
            String title = Words.capitalise(way.title());
            if (!way.checked() || way.asksForNothing()) {
                groups.add(new Group(title + ":", List.of("\u2022 " + (way.checked() ? "No particular qualifications asked for"
                        : Words.capitalise(NOT_CHECKED)))));
            } else {
                groups.add(new Group(title + ", usually needs:", rules(way.rules())));
            }
        }
        return groups;
    }

    private static List<String> rules(List<EntryRule> rules) {
        return rules.stream().map(rule -> "\u2022 " + Words.capitalise(rule.describe())
                + (rule.helps() ? " (helps, not required)" : "")).toList();
    }
}
