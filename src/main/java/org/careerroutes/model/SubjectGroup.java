package org.careerroutes.model;

import java.util.Objects;

/**
 * A group of subjects a rule can ask for, such as "a science".
 *
 * @param id   as rules write it, e.g. "science"
 * @param one  one of them in a sentence, e.g. "a science"
 * @param many several of them, e.g. "sciences"
 */
public record SubjectGroup(String id, String one, String many) {

    public SubjectGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(many, "many");
    }
}
