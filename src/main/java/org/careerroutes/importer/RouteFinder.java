package org.careerroutes.importer;

import org.careerroutes.model.RuleQualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the routes into the job in the "how to become one" part of the text, in either layout:
 * a web page's text has a heading per route (University, College, Apprenticeship, Work,
 * Volunteering, Direct application, Other routes) and "Entry requirements" under each; text like
 * the built-in profile's has lost them, and a route is known from the sentence that starts it
 * ({@link RouteKind}). Sections and pieces are given in the order written.
 *
 * <p>"You could also …" inside another route's text is an aside: a route of its own (listed
 * with the other routes), while the entry requirements that follow still belong to the route it
 * interrupted, as in the built-in profile's text, where "You could also find employment in the
 * private sector…" sits between the degree and the degree's entry requirements.
 */
final class RouteFinder {

    /** "You'll need to register with the Health and Care Professions Council." */
    static final Pattern REGISTRATION = Pattern.compile(
            "(?:you'?ll|you will|you must|you'?ll also|you will also) (?:also )?(?:need to )?(?:be )?regist(?:er|ered) with "
                    + "(?:the )?(?<body>[^.,;]+?)(?: to [^.]*| before [^.]*| in order [^.]*| once [^.]*| when [^.]*)?\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** Sentences that lead into entry requirements. */
    private static final Pattern REQUIREMENT_LEAD = Pattern.compile(
            "^(?:you'?ll|you will|you'?d|you would|you may|you might|to apply,?|entry requirements|most \\w+|employers|"
                    + "colleges|universities)\\b.*", Pattern.CASE_INSENSITIVE);

    /** "After your degree, you can apply for the postgraduate NHS Scientist Training Programme (STP)." */
    static final Pattern LATER_STEP = Pattern.compile(
            "^after (?:your|the|this|a|an) (?:degree|course|apprenticeship|training|programme|qualification)[^,]*, "
                    + "you (?:can|could|may) (?:then )?(?:also )?(?:apply for|apply to join|apply to|go on to|do|join|start) "
                    + "(?:a |an |the )?(?<what>[^.]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_FOR = Pattern.compile(
            "^if you (?:do not|don'?t) (?:already )?have (?<what>a degree|an? (?:undergraduate |honours )?degree|A[ -]?levels)\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Mode { INTRO, ROUTE, OTHER, REQUIREMENTS, REGISTRATION, MORE }

    /** A piece of text with no place in a profile, and why, for the report and the notPlaced section. */
    record Unplaced(Piece piece, String why) {
    }

    private Mode mode = Mode.INTRO;
    private boolean headed;
    private Optional<String> group = Optional.empty();
    private RouteDraft main;
    private RouteDraft current;
    private RouteDraft requirementsOf;
    final List<Piece> introduction = new ArrayList<>();
    final List<RouteDraft> routes = new ArrayList<>();
    final List<Piece> registration = new ArrayList<>();
    final List<Unplaced> unplaced = new ArrayList<>();
    /** The name the text gives the other routes' heading ("Other routes"), if it has one. */
    Optional<String> otherRoutesHeading = Optional.empty();
    boolean routeHeadings;

    /** A section of the "how to become one" part begins. */
    void heading(Heading kind, SourceText.Line line) {
        switch (kind) {
            case HOW_TO_BECOME -> mode = Mode.INTRO;
            case OTHER_ROUTES -> {
                mode = Mode.OTHER;
                group = Optional.of(line.text().replaceAll(":$", "").strip());
                otherRoutesHeading = group;
                main = null;
                current = null;
            }
            case ENTRY_REQUIREMENTS -> {
                requirementsOf = main != null ? main : current;
                mode = Mode.REQUIREMENTS;
                if (requirementsOf != null) {
                    requirementsOf.requirementsHeading = Optional.of(line.text().replaceAll(":$", "").strip());
                }
            }
            case REGISTRATION -> mode = Mode.REGISTRATION;
            case MORE_INFORMATION -> mode = Mode.MORE;
            default -> {
                RouteKind route = kind.routeKind().orElseThrow(() -> new IllegalArgumentException("not a route heading: " + kind));
                routeHeadings = true;
                group = Optional.empty();
                RouteDraft draft = new RouteDraft(route, line.text().replaceAll(":$", "").strip(),
                        new RouteDraft.Found(line.number(), "the heading \u201c" + line.text() + "\u201d"), "");
                add(draft);
                main = draft;
                current = draft;
                headed = true;
                mode = Mode.ROUTE;
            }
        }
    }

    /** The next piece of text under the current heading. */
    void piece(Piece piece) {
        if (isRegistration(piece)) {
            registration.add(piece);
            return;
        }
        Optional<RouteKind.Start> start = piece.leadText().isEmpty() ? Optional.empty()
                : RouteKind.startedBy(piece.plainLead());
        switch (mode) {
            case INTRO -> {
                if (start.isPresent()) {
                    startRoute(start.get(), piece);
                } else {
                    introduction.add(piece);
                }
            }
            case ROUTE -> inRoute(piece, start);
            case OTHER -> {
                if (start.isPresent()) {
                    startRoute(start.get(), piece);
                } else if (current != null && isRequirement(piece)) {
                    current.requirements.add(piece);
                } else if (current == null) {
                    RouteDraft draft = new RouteDraft(RouteKind.OTHER, group.orElse(RouteKind.OTHER.title()),
                            new RouteDraft.Found(piece.firstLine(), "text under \u201c" + group.orElse("") + "\u201d"), "");
                    draft.group = group;
                    add(draft);
                    main = draft;
                    current = draft;
                    addTo(draft, piece);
                } else {
                    addTo(current, piece);
                }
            }
            case REQUIREMENTS -> {
                if (start.isPresent() && !headed) {
                    // Text without headings: the next route starts after the last one's requirements.
                    startRoute(start.get(), piece);
                } else if (requirementsOf == null) {
                    unplaced.add(new Unplaced(piece, "entry requirements that follow no route"));
                } else {
                    requirementsOf.requirements.add(piece);
                }
            }
            case REGISTRATION -> registration.add(piece);
            case MORE -> unplaced.add(new Unplaced(piece, "\u201cMore information\u201d has no section of its own in a "
                    + "Career Routes profile"));
        }
    }

    private void inRoute(Piece piece, Optional<RouteKind.Start> start) {
        if (start.isPresent() && current != null && start.get().kind() != current.kind
                && (start.get().also() || !headed) && start.get().kind() != RouteKind.OTHER) {
            if (start.get().also() && main != null) {
                RouteDraft aside = draft(start.get(), piece);
                aside.asideOf = Optional.of(main);
                add(aside);
                current = aside;
                addTo(aside, piece);
                return;
            }
            startRoute(start.get(), piece);
            return;
        }
        if (start.isPresent() && !headed && start.get().kind() == RouteKind.OTHER && !start.get().also()
                && !LATER_STEP.matcher(piece.plainLead()).lookingAt()) {
            startRoute(start.get(), piece);
            return;
        }
        if (start.isPresent() && current != null && start.get().kind() == current.kind && current.what.isEmpty()) {
            current.what = start.get().what();   // a route under its heading: what its first sentence names
        }
        RouteDraft target = current != null ? current : main;
        if (target == null) {
            introduction.add(piece);
            return;
        }
        if (isRequirement(piece)) {
            (main != null ? main : target).requirements.add(piece);
            return;
        }
        addTo(target, piece);
    }

    private void startRoute(RouteKind.Start start, Piece piece) {
        RouteDraft draft = draft(start, piece);
        add(draft);
        main = draft;
        current = draft;
        headed = false;
        mode = group.isPresent() ? Mode.OTHER : Mode.ROUTE;
        addTo(draft, piece);
    }

    private RouteDraft draft(RouteKind.Start start, Piece piece) {
        String title = start.kind() == RouteKind.OTHER ? programmeName(start.what()) : start.kind().title();
        String sentence = piece.leadText();
        RouteDraft draft = new RouteDraft(start.kind(), title, new RouteDraft.Found(piece.firstLine(),
                "the sentence \u201c" + (sentence.length() > 70 ? sentence.substring(0, 67) + "\u2026" : sentence) + "\u201d"),
                start.what());
        draft.group = group;
        Matcher notFor = NOT_FOR.matcher(SourceText.plain(sentence));
        if (notFor.lookingAt()) {
            draft.notFor = Optional.of(notFor.group("what").toLowerCase(Locale.ROOT).contains("degree")
                    ? RuleQualification.DEGREE : RuleQualification.A_LEVEL);
        }
        return draft;
    }

    private void addTo(RouteDraft draft, Piece piece) {
        draft.pieces.add(piece);
        if (LATER_STEP.matcher(piece.plainLead()).lookingAt()) {
            draft.laterSteps.add(piece);
        }
    }

    private void add(RouteDraft draft) {
        routes.add(draft);
    }

    /** "NHS Practitioner Training Programme." as the route's title: the name, without what follows it. */
    static String programmeName(String what) {
        Matcher name = NAME.matcher(what.strip());
        return name.lookingAt() ? name.group().strip() : RouteKind.OTHER.title();
    }

    /**
     * A name as a run of capitalised words, with "of", "and", "for", "in" or "the" between two of
     * them and its short form in brackets: "NHS Scientist Training Programme (STP)", "Institute of
     * Physics Scheme"; what follows ("run by some local councils") is not part of it.
     */
    private static final Pattern NAME = Pattern.compile("(?:[A-Z][\\w'\u2019-]*)(?:\\s+(?:(?:of|and|for|in|the)\\s+)?"
            + "[A-Z][\\w'\u2019-]*)*(?:\\s+\\([A-Z]{2,8}\\))?");

    static boolean isRegistration(Piece piece) {
        return !piece.isList() && REGISTRATION.matcher(piece.plainLead()).lookingAt();
    }

    /** Whether a piece reads as entry requirements: "You'll usually need: …", "To apply, you'll need five GCSEs…". */
    static boolean isRequirement(Piece piece) {
        String lead = piece.plainLead();
        if (piece.isList()) {
            return REQUIREMENT_LEAD.matcher(lead).matches() && lead.endsWith(":");
        }
        return REQUIREMENT_LEAD.matcher(lead).matches() && RequirementReader.NAMES_A_QUALIFICATION.matcher(lead).find()
                && !REGISTRATION.matcher(lead).lookingAt();
    }
}
