package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step on the route map.
 *
 * @param id       unique among the map's nodes
 * @param stage    the id of the stage it stands in
 * @param title    its label on the map
 * @param kind     what sort of step it is (shown by an icon and a word, not by colour alone)
 * @param about    what it is, in the profile's own words
 * @param duration how long it usually takes, where known
 * @param link     the route id or section key of the profile that tells more about it
 * @param paid     whether a student is paid while doing it, and how, where the content says
 * @param qualificationGained what a student has on finishing it, e.g. "An accredited bachelor's degree"
 * @param registrationReached for a registration step, the register or status it gives, e.g. "The HCPC register"
 */
public record MapNode(String id, String stage, String title, NodeKind kind, List<Block> about,
                      Optional<StepDuration> duration, Optional<String> link, Optional<PaidWhileTraining> paid,
                      Optional<String> qualificationGained, Optional<String> registrationReached) {

    /** A step the content says nothing more of: not whether it is paid, what it gives, or a register. */
    public MapNode(String id, String stage, String title, NodeKind kind, List<Block> about,
                   Optional<StepDuration> duration, Optional<String> link) {
        this(id, stage, title, kind, about, duration, link, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public MapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        about = List.copyOf(about);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(qualificationGained, "qualificationGained");
        Objects.requireNonNull(registrationReached, "registrationReached");
    }
}
