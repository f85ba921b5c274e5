package org.careerroutes.model;

import java.util.List;

/**
 * A route's usual entry requirements as rules: those to start it, and checkpoints later on it.
 * A route without rules has {@link #NONE}, and no verdict is given for it.
 */
public record EntryRules(List<EntryRule> toStart, List<Checkpoint> later) {

    public static final EntryRules NONE = new EntryRules(List.of(), List.of());

    public EntryRules {
        toStart = List.copyOf(toStart);
        later = List.copyOf(later);
    }

    public boolean isEmpty() {
        return toStart.isEmpty() && later.isEmpty();
    }
}
