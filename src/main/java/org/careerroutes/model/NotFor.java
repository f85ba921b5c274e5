package org.careerroutes.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A route meant for people without a qualification: "If you do not have a degree, you could
 * apply for the NHS Practitioner Training Programme". A student who has one (or is studying for
 * one) is told so, and pointed to the route that fits instead.
 *
 * @param qualification what the route is for people without; a master's or doctorate counts as
 *                      having a degree
 * @param instead       the id of the route that fits someone who has it, if the profile says
 */
public record NotFor(RuleQualification qualification, Optional<String> instead) {

    public NotFor {
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(instead, "instead");
    }
}
