package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.Note;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Section;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.WayIn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the model's routes from the routes found in the text: their ids (by kind), their order
 * (asides with the other routes), their entry requirements in the profile's words with a note
 * where Career Routes does not check them, their rules, and what the report says of each.
 */
final class RouteMaker {

    /** "Relevant subjects include:", whose list says what "a relevant subject" is for this job. */
    private static final Pattern RELEVANT_LIST = Pattern.compile("(?i).*\\brelevant (?:subjects|degrees?|courses) (?:include|are)\\b.*:$");

    private final RouteFinder finder;
    private final Optional<String> howToHeading;
    private final List<String> report;
    private final List<String> toCheck;

    /**
     * @param howToHeading the heading of the text's "how to become one" part, if it has one
     * @param report       the report, to which the routes are added
     * @param toCheck      what to check by hand, to which the routes add
     */
    RouteMaker(RouteFinder finder, Optional<String> howToHeading, List<String> report, List<String> toCheck) {
        this.finder = finder;
        this.howToHeading = howToHeading;
        this.report = report;
        this.toCheck = toCheck;
    }

    /** The routes made, the introduction before them, and what the map needs of them. */
    record Made(Section introduction, List<EntryRoute> made, List<RouteMapBuilder.RouteInput> inputs,
                            int lineCount, int checkedCount) {
    }

    Made make(String title) {
        String introHeading = howToHeading.orElseGet(() -> "How to become " + org.careerroutes.model.Words.withArticle(
                title.toLowerCase(Locale.UK)));
        List<Block> intro = finder.introduction.stream().map(Piece::block).toList();
        Section introduction = new Section(introHeading, intro.isEmpty()
                ? List.of(new Note("These are the ways into this job that the profile describes.")) : intro);

        List<RouteDraft> ordered = new ArrayList<>();
        finder.routes.stream().filter(r -> !r.isAside() && r.group.isEmpty()).forEach(ordered::add);
        finder.routes.stream().filter(r -> !r.isAside() && r.group.isPresent()).forEach(ordered::add);
        String otherRoutes = finder.otherRoutesHeading.orElse("Other routes");
        finder.routes.stream().filter(RouteDraft::isAside).forEach(r -> {
            r.group = Optional.of(otherRoutes);
            ordered.add(r);
        });
        Set<String> ids = new HashSet<>();
        for (RouteDraft draft : ordered) {
            String base = draft.kind == RouteKind.OTHER ? StepTitles.slug(draft.title) : draft.kind.id();
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            draft.id = id;
        }
        Optional<String> relevant = relevantSubjects(ordered);
        RequirementReader reader = new RequirementReader(relevant);
        Optional<String> universityId = ordered.stream().filter(r -> r.kind == RouteKind.UNIVERSITY).findFirst()
                .map(r -> r.id);

        report.add("");
        report.add("Routes found: " + ordered.size());
        List<EntryRoute> made = new ArrayList<>();
        List<RouteMapBuilder.RouteInput> inputs = new ArrayList<>();
        int lineCount = 0;
        int checked = 0;
        int number = 1;
        for (RouteDraft draft : ordered) {
            List<RequirementReader.Result> lines = new ArrayList<>();
            for (Piece piece : draft.requirements) {
                if (piece.isList()) {
                    piece.items().forEach(item -> lines.add(reader.read(item.text())));
                } else if (!piece.leadText().endsWith(":")) {
                    lines.add(reader.read(piece.leadText()));
                }
            }
            RouteRules.Made rules = RouteRules.of(lines);
            lineCount += lines.size();
            checked += (int) rules.lines().stream().filter(RouteRules.LineOutcome::checked).count();
            Optional<NotFor> notFor = Optional.empty();
            if (draft.notFor.isPresent() && rules.isChecked()) {
                notFor = Optional.of(new NotFor(draft.notFor.get(), draft.notFor.get() == RuleQualification.DEGREE
                        ? universityId.filter(u -> !u.equals(draft.id)) : Optional.empty()));
            }
            List<Block> blocks = draft.pieces.stream().map(Piece::block).toList();
            Section requirements = new Section(draft.requirementsHeading.orElse("Entry requirements"),
                    requirementBlocks(draft, rules, lines));
            EntryRoute route = new EntryRoute(draft.id, draft.title, draft.group,
                    blocks.isEmpty() ? List.of(new Note("The profile says no more about this route.")) : blocks,
                    requirements, rules.isChecked() ? new EntryRules(rules.rules(), List.of(), notFor, waysIn(rules))
                    : EntryRules.NONE);
            made.add(route);
            inputs.add(new RouteMapBuilder.RouteInput(draft, draft.id, draft.title, rules, lines));
            reportRoute(number++, draft, rules, notFor, relevant);
        }
        return new Made(introduction, made, inputs, lineCount, checked);
    }

    /**
     * The route's ways in as the model's, each starting at its own step of the route map (the step
     * {@link RouteMapBuilder} makes for it); a second way that would start at the same step has none.
     */
    private static List<WayIn> waysIn(RouteRules.Made rules) {
        Set<String> steps = new HashSet<>();
        return rules.ways().stream().map(w -> new WayIn(w.title(), Optional.of(w.purpose().stepId()).filter(steps::add),
                w.rules(), w.checked())).toList();
    }

    /** The route's requirements in the profile's words, and a note of ours where Career Routes does not check them. */
    private List<Block> requirementBlocks(RouteDraft draft, RouteRules.Made rules, List<RequirementReader.Result> lines) {
        List<Block> blocks = new ArrayList<>(draft.requirements.stream().map(Piece::block).toList());
        if (lines.isEmpty()) {
            blocks.add(new Note("The profile gives no entry requirements for this route."));
            return blocks;
        }
        if (!rules.isChecked()) {
            blocks.add(new Note("Not checked by Career Routes: ask the university, college or employer what they need."));
            return blocks;
        }
        if (!rules.ways().isEmpty()) {
            blocks.add(new Note("Any one of these ways in may be enough."));
        }
        List<String> unchecked = rules.lines().stream().filter(o -> !o.checked())
                .map(o -> "\u201c" + o.line().text() + "\u201d").toList();
        if (!unchecked.isEmpty()) {
            blocks.add(new Note("Not checked by Career Routes: " + String.join("; ", unchecked) + "."));
        }
        return blocks;
    }

    private void reportRoute(int number, RouteDraft draft, RouteRules.Made rules, Optional<NotFor> notFor,
                             Optional<String> relevant) {
        report.add("  " + number + ". " + draft.title + draft.group.map(g -> " (" + g + ")").orElse("") + ", id \""
                + draft.id + "\": from " + draft.found.how() + " (line " + draft.found.line() + ")"
                + (draft.isAside() ? "; it follows on from " + draft.asideOf.get().title : ""));
        if (rules.lines().isEmpty()) {
            report.add("     No entry requirements in the text.");
        }
        for (RouteRules.LineOutcome outcome : rules.lines()) {
            report.add("     " + (outcome.checked() ? "\u2713 " : "\u2717 ") + "\u201c" + outcome.line().text() + "\u201d: "
                    + outcome.said());
            if (!outcome.checked()) {
                toCheck.add(draft.title + ": \u201c" + outcome.line().text() + "\u201d is shown as not checked by "
                        + "Career Routes; write its rule by hand if you can (docs/content-format.md).");
            }
        }
        rules.summary().ifPresent(s -> report.add("     The route is " + s + (rules.ways().isEmpty() ? "" : ":")));
        for (RouteRules.Way way : rules.ways()) {
            report.add("       " + (way.checked() ? "\u2713 " : "\u2717 ") + way.title() + ": "
                    + (way.checked() ? "" : "not checked, as ") + way.said());
        }
        draft.notFor.ifPresent(q -> report.add(notFor.isPresent()
                ? "     For people without " + org.careerroutes.model.Words.withArticle(q.name(1)) + notFor.get().instead()
                        .map(i -> "; someone with one is pointed to the route \"" + i + "\"").orElse("")
                : "     It says it is for people without " + org.careerroutes.model.Words.withArticle(q.name(1))
                        + ", which is not checked because the route has no rules."));
        if (relevant.isEmpty() && rules.lines().stream().anyMatch(o -> o.line().text().toLowerCase(Locale.ROOT)
                .contains("relevant subject"))) {
            toCheck.add("\u201ca relevant subject\u201d could not be checked: the subjects the text names as relevant are "
                    + "not all ones Career Routes knows.");
        }
    }

    /**
     * What "a relevant subject" means for this job: the catalogue's science and engineering group
     * when every subject the text lists as relevant ("Relevant subjects include: …") is in it.
     */
    private static Optional<String> relevantSubjects(List<RouteDraft> routes) {
        List<String> named = new ArrayList<>();
        for (RouteDraft route : routes) {
            for (Piece piece : route.pieces) {
                if (piece.isList() && RELEVANT_LIST.matcher(piece.leadText()).matches()) {
                    piece.items().forEach(i -> named.addAll(expand(i.text())));
                }
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean all = named.stream().allMatch(name -> SubjectCatalogue.find(name, RuleQualification.DEGREE)
                .filter(s -> s.isIn(SubjectCatalogue.RELEVANT_DEGREE)).isPresent());
        return all ? Optional.of(SubjectCatalogue.RELEVANT_DEGREE) : Optional.empty();
    }

    /**
     * "electrical or electronic engineering" as both names, "biomedical science/engineering" as
     * "biomedical science" and "biomedical engineering", "pure or applied physics" as both.
     */
    static List<String> expand(String item) {
        String text = item.strip();
        Matcher slash = Pattern.compile("^(?<head>.*\\b)(?<a>\\w+)/(?<b>\\w+)$").matcher(text);
        if (slash.matches()) {
            String head = slash.group("head");
            return List.of(head + slash.group("a"), head + slash.group("b"));
        }
        Matcher or = Pattern.compile("(?i)^(?<a>\\w+) or (?<b>\\w+) (?<tail>.+)$").matcher(text);
        if (or.matches()) {
            return List.of(or.group("a") + " " + or.group("tail"), or.group("b") + " " + or.group("tail"));
        }
        return List.of(text);
    }
}
