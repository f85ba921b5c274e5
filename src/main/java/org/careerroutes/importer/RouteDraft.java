package org.careerroutes.importer;

import org.careerroutes.model.RuleQualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A route as it is being gathered from the text: its pieces, its entry requirements, and what
 * started it. Mutable while the text is read; the importer then makes the model's route from it.
 */
final class RouteDraft {

    /** How the route was found, for the report: a heading, or the sentence that starts it. */
    record Found(int line, String how) {
    }

    final RouteKind kind;
    final String title;
    final Found found;
    /** What the starting sentence names ("a healthcare science practitioner degree apprenticeship"); "" for a heading. */
    String what;
    Optional<String> group = Optional.empty();
    String id = "";
    final List<Piece> pieces = new ArrayList<>();
    Optional<String> requirementsHeading = Optional.empty();
    final List<Piece> requirements = new ArrayList<>();
    /** The route this one is an aside of ("You could also…" inside another route's text). */
    Optional<RouteDraft> asideOf = Optional.empty();
    /** "If you do not have a degree, …": the qualification the route is for people without. */
    Optional<RuleQualification> notFor = Optional.empty();
    /** The pieces that name a step after the route's own ("After your degree, you can apply for the …"). */
    final List<Piece> laterSteps = new ArrayList<>();

    RouteDraft(RouteKind kind, String title, Found found, String what) {
        this.kind = kind;
        this.title = title;
        this.found = found;
        this.what = what;
    }

    boolean isAside() {
        return asideOf.isPresent();
    }
}
