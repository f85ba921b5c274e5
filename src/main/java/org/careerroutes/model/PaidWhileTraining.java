package org.careerroutes.model;

import java.util.Objects;

/**
 * Whether a student is paid while doing a step, and how, with where that comes from: "Employed
 * by the NHS on a fixed-term contract", "Employed as an apprentice and paid a wage", or (not paid) "You study at
 * university as a student, not as an employee". No pay figures: the profile gives none.
 *
 * @param paid   whether the student earns while doing the step
 * @param how    how, in a few words, as shown
 * @param source where this comes from, named beside it
 */
public record PaidWhileTraining(boolean paid, String how, String source) {

    public PaidWhileTraining {
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(source, "source");
    }
}
