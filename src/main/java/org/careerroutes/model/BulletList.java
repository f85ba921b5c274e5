package org.careerroutes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A bulleted list, optionally led in by a sentence such as "Relevant subjects include:". */
public record BulletList(Optional<String> intro, List<String> items) implements Block {

    public BulletList {
        Objects.requireNonNull(intro, "intro");
        items = List.copyOf(items);
    }

    @Override
    public List<String> texts() {
        List<String> all = new ArrayList<>();
        intro.ifPresent(all::add);
        all.addAll(items);
        return List.copyOf(all);
    }
}
