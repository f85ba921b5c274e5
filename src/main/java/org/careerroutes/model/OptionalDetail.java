package org.careerroutes.model;

import java.util.Objects;

/**
 * A detail a profile may or may not have, such as salary or working hours. It carries its
 * source because figures like pay date quickly; a profile without it simply shows nothing.
 */
public record OptionalDetail(String text, String source, String checked) {

    public OptionalDetail {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
    }
}
