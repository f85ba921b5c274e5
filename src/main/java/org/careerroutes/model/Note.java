package org.careerroutes.model;

import java.util.List;
import java.util.Objects;

/**
 * Text that the app's authors added, not from the source profile, such as a short pointer to
 * another route. It is shown marked as ours, so a reader can tell it from the profile's words.
 */
public record Note(String text) implements Block {

    public Note {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public List<String> texts() {
        return List.of(text);
    }
}
