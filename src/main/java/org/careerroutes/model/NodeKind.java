package org.careerroutes.model;

import java.util.Locale;
import java.util.Optional;

/** The sorts of step on a route map. The content file writes them in lower case. */
public enum NodeKind {
    QUALIFICATION("Qualification"),
    EXPERIENCE("Experience"),
    TRAINING("Training"),
    EMPLOYMENT("Job"),
    REGISTRATION("Registration"),
    GOAL("The job"),
    ROLE("Senior role");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    /** A word for the kind, shown beside its icon. */
    public String label() {
        return label;
    }

    /** The name as written in content files, e.g. "qualification". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NodeKind> fromKey(String key) {
        for (NodeKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
