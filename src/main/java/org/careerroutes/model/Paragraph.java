package org.careerroutes.model;

import java.util.List;
import java.util.Objects;

/** One paragraph of profile text, shown as written. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public List<String> texts() {
        return List.of(text);
    }
}
