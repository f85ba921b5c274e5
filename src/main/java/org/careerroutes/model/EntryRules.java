package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route's usual entry requirements as rules: those to start it, checkpoints later on it, and
 * whom it is not meant for. A route without rules has {@link #NONE}, and no verdict is given for it.
 */
public record EntryRules(List<EntryRule> toStart, List<Checkpoint> later, Optional<NotFor> notFor) {

    public static final EntryRules NONE = new EntryRules(List.of(), List.of());

    public EntryRules {
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
        Objects.requireNonNull(notFor, "notFor");
    }

    public EntryRules(List<EntryRule> toStart, List<Checkpoint> later) {
        this(toStart, later, Optional.empty());
    }

    public boolean isEmpty() {
        return toStart.isEmpty() && later.isEmpty();
    }
}
