package org.careerroutes.model;

import java.util.List;
import java.util.Objects;

/** A headed part of a profile, such as "Related skills", made of paragraphs and lists. */
public record Section(String heading, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** The bulleted items of every list in this section, in order. */
    public List<String> items() {
        return blocks.stream()
                .filter(BulletList.class::isInstance)
                .map(BulletList.class::cast)
                .flatMap(list -> list.items().stream())
                .toList();
    }
}
