package org.careerroutes.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route's usual entry requirements as rules: those to start it, checkpoints later on it, and
 * whom it is not meant for. A route without rules has {@link #NONE}, and no verdict is given for it.
 *
 * @param toStart the rules to start the route, all needed; with ways in, those every way in needs
 * @param waysIn  the route's ways in, any one of which is enough beside {@code toStart} ("for a
 *                level 2 course", "for a level 3 course"); empty for a route with one way in, whose
 *                rules are all in {@code toStart}
 */
public record EntryRules(List<EntryRule> toStart, List<Checkpoint> later, Optional<NotFor> notFor,
                         List<WayIn> waysIn) {

    public static final EntryRules NONE = new EntryRules(List.of(), List.of());

    public EntryRules {
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
        Objects.requireNonNull(notFor, "notFor");
        waysIn = List.copyOf(waysIn);
    }

    public EntryRules(List<EntryRule> toStart, List<Checkpoint> later) {
        this(toStart, later, Optional.empty());
    }

    public EntryRules(List<EntryRule> toStart, List<Checkpoint> later, Optional<NotFor> notFor) {
        this(toStart, later, notFor, List.of());
    }

    public boolean isEmpty() {
        return toStart.isEmpty() && later.isEmpty() && waysIn.isEmpty();
    }

    /** The way in that starts at this route-map step, if one does. */
    public Optional<WayIn> wayAt(String stepId) {
        return waysIn.stream().filter(w -> w.step().filter(stepId::equals).isPresent()).findFirst();
    }

    /**
     * The way in a pathway through these steps takes: of the ways whose step is on it, the one
     * furthest along (a postgraduate course after a degree is taken by way of the postgraduate
     * course); empty when none is, and the pathway is judged by the route as a whole.
     */
    public Optional<WayIn> wayOn(List<String> steps) {
        return waysIn.stream().filter(w -> w.step().filter(steps::contains).isPresent())
                .max(Comparator.comparingInt(w -> steps.indexOf(w.step().orElseThrow())));
    }
}
