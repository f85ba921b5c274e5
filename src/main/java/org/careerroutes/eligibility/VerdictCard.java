package org.careerroutes.eligibility;

import org.careerroutes.model.WayIn;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a route's card says to a student, line by line, decided without a screen so that its
 * wording can be tested: the verdict, what they need (each need said once), what else may be
 * considered, and the route's requirements one by one. A requirement already listed under "You
 * need" is not listed again, and the first steps of a route a student is past (GCSEs, for a
 * graduate) are shown as not needed now, without marks that would seem to contradict the verdict.
 *
 * @param headline     the verdict with its symbol, when the student has entered anything
 * @param intro        sentences under the headline: which step is judged, why another route fits
 * @param needs        what is still needed, each a phrase after "You need:"
 * @param alternatives what else may be considered, a sentence each
 * @param groups       the requirements: to start the route, then each later checkpoint
 */
public record VerdictCard(Optional<Headline> headline, List<String> intro, List<String> needs,
                          List<String> alternatives, List<Group> groups) {

    /** "✓ You meet the usual entry requirements", with the state it is shown in. */
    public record Headline(String symbol, String words, String styleKey) {
        public String text() {
            return symbol + " " + words;
        }
    }

    /**
     * A list of requirements under a heading.
     *
     * @param checkpoint true for a later checkpoint, headed by its title
     * @param source     where a checkpoint's requirements come from, when not from the profile
     * @param checked    the month the source was checked, as YYYY-MM
     */
    public record Group(String heading, boolean checkpoint, List<String> lines, Optional<String> source,
                        Optional<String> checked) {

        Group(String heading, List<String> lines) {
            this(heading, false, lines, Optional.empty(), Optional.empty());
        }
    }

    public VerdictCard {
        intro = List.copyOf(intro);
        needs = List.copyOf(needs);
        alternatives = List.copyOf(alternatives);
        groups = List.copyOf(groups);
    }

    /** The card for a verdict; {@code checked} is false while the student has entered nothing. */
    public static VerdictCard of(RouteVerdict verdict, boolean checked) {
        Outcome outcome = verdict.outcome();
        if (outcome == Outcome.NO_RULES) {
            return new VerdictCard(Optional.empty(), List.of("This route's requirements are not set out as rules we "
                    + "can check: read them under How to become one."), List.of(), List.of(), List.of());
        }
        List<String> intro = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        boolean waysIn = !verdict.ways().isEmpty();
        if (!checked || verdict.redirect().isPresent()) {
            // Nothing to judge, or not this student's route: its requirements as it states them, unjudged.
            Optional<Headline> headline = checked ? Optional.of(new Headline(outcome.symbol(), verdict.headline(),
                    outcome.styleKey())) : Optional.empty();
            verdict.redirect().ifPresent(redirect -> {
                intro.add(redirect.explain());
                intro.addAll(verdict.notes());
            });
            if (waysIn) {
                intro.add(ANY_ONE);
                groups.addAll(WayLines.unjudged(verdict));
            } else {
                groups.add(new Group("Usually needs:", bullets(verdict.toStart())));
            }
            if (!checked) {
                verdict.later().forEach(c -> groups.add(checkpoint(c, bullets(c.results()))));
            }
            return new VerdictCard(headline, intro, List.of(), List.of(), groups);
        }
        Headline headline = new Headline(outcome.symbol(), verdict.headline(), outcome.styleKey());
        // The headline of a verdict met (or that may be considered) already says which step; the others are said here.
        boolean headlineSaysWhich = outcome.isOpen() || outcome == Outcome.MAY_BE_CONSIDERED;
        verdict.reached().ifPresent(checkpoint -> intro.add("You are past the start of this route, so this is about "
                + "its next step" + (headlineSaysWhich ? "." : ": " + Words.lowerFirst(checkpoint.checkpoint().title()) + ".")));
        if (waysIn && verdict.reached().isEmpty()) {
            intro.add(WayLines.which(verdict));
        }
        // "May be considered" is in the headline; here, once, what is usually asked and what of theirs may be accepted.
        verdict.considered().ifPresent(considered -> intro.add(Words.capitalise(considered) + "."));
        intro.addAll(verdict.notes());
        List<String> needs = outcome == Outcome.NOT_YET ? verdict.missing() : List.of();
        // Listed under "You need" (or said above, for may be considered) already: not said again one by one.
        List<RuleResult> listed = outcome == Outcome.NOT_YET || outcome == Outcome.MAY_BE_CONSIDERED
                ? verdict.deciding().stream().filter(r -> !r.outcome().isOpen()).toList() : List.of();
        if (verdict.reached().isPresent()) {
            groups.add(new Group("Earlier steps, not needed now:", bullets(verdict.toStart())));
        } else {
            List<String> lines = judged(verdict.toStart(), listed);
            String forWay = verdict.way().map(w -> " " + w.title()).orElse("");
            if (!lines.isEmpty()) {
                groups.add(new Group(listed.isEmpty() ? "Usual requirements" + forWay + ", one by one:"
                        : "Its other usual requirements" + forWay + ":", lines));
            } else {
                verdict.way().filter(WayIn::asksForNothing).ifPresent(way -> groups.add(WayLines.nothingAsked(way)));
            }
            groups.addAll(WayLines.alsoNamed(verdict));
        }
        for (CheckpointResult checkpoint : verdict.later()) {
            List<String> lines = judged(checkpoint.results(), listed);
            if (!lines.isEmpty()) {
                groups.add(checkpoint(checkpoint, lines));
            }
        }
        WayLines.others(verdict).ifPresent(groups::add);
        return new VerdictCard(Optional.of(headline), intro, needs, verdict.alternatives(), groups);
    }

    /** Said on the card of a route with ways in, before its requirements. */
    static final String ANY_ONE = "Any one of its ways in is enough.";

    private static Group checkpoint(CheckpointResult checkpoint, List<String> lines) {
        return new Group(checkpoint.checkpoint().title(), true, lines, checkpoint.checkpoint().source(),
                checkpoint.checkpoint().checked());
    }

    /** "• Five GCSEs ...", unjudged, and "(helps, not required)" for a rule that only helps. */
    private static List<String> bullets(List<RuleResult> results) {
        return results.stream().map(r -> "\u2022 " + Words.capitalise(r.rule().describe())
                + (r.onlyHelps() ? " (helps, not required)" : "")).toList();
    }

    /** Each result with its mark, leaving out those listed under "You need". */
    static List<String> judged(List<RuleResult> results, List<RuleResult> listed) {
        return results.stream().filter(r -> listed.stream().noneMatch(l -> l == r)).map(r -> {
            String symbol = r.onlyHelps() && r.outcome() != Outcome.MEETS ? "+" : r.outcome().symbol();
            return symbol + " " + r.describe();
        }).toList();
    }

    /** Every line of text on the card, in order, as a student reads it. */
    public List<String> lines() {
        return Stream.of(headline.map(Headline::text).stream(), intro.stream(),
                needs.isEmpty() ? Stream.<String>empty() : Stream.concat(Stream.of("You need:"), needs.stream().map(n -> "\u2717 " + n)),
                alternatives.stream(),
                groups.stream().flatMap(g -> Stream.concat(Stream.concat(Stream.of(g.heading()), g.lines().stream()),
                        g.source().map(source -> "Source: " + source).stream())))
                .flatMap(s -> s).toList();
    }
}
