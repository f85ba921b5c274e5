package org.careerroutes.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the subject a student typed reads as, in {@link SubjectCatalogue}'s subjects: "Physics" is
 * physics; "BSc (Hons) Mathematics and Physics", joint honours, is maths and physics, both main
 * subjects; "Physics with Medical Physics" is physics, with medical physics as its second subject;
 * "Mechanical Engineering with a Year in Industry" is mechanical engineering, the year not being a
 * subject. See {@link SubjectTitles}.
 *
 * @param main        the subjects it is in, as a rule counts them: one, or two for joint honours
 *                    ("X and Y", equal halves); none when the main subject is not one we know
 * @param second      the subject after "with" ("X with Y": Y is the smaller part), when it is one we know
 * @param unknownMain the words of a main subject we do not know, lower case ("history" in "History
 *                    with Physics", "astronomy" in "Physics and Astronomy"), for saying so
 * @param name        what it is called when shown: the catalogue's name for one subject ("Physics"),
 *                    the parts for a joint or "with" title ("Maths and physics", "Physics with medical
 *                    physics"), or the words as typed when nothing in it is known
 */
public record SubjectReading(List<Subject> main, Optional<Subject> second, List<String> unknownMain, String name) {

    public SubjectReading {
        main = List.copyOf(main);
        Objects.requireNonNull(second, "second");
        unknownMain = List.copyOf(unknownMain);
        Objects.requireNonNull(name, "name");
    }

    /** Nothing in it is a subject we know: counted only as a qualification of its kind. */
    public static SubjectReading unknown(String typed) {
        return new SubjectReading(List.of(), Optional.empty(), List.of(), typed.strip());
    }

    /** One subject, as the catalogue names it. */
    public static SubjectReading of(Subject subject) {
        return new SubjectReading(List.of(subject), Optional.empty(), List.of(), subject.name());
    }

    /** Whether any subject in it is one we know. */
    public boolean isKnown() {
        return !main.isEmpty() || second.isPresent();
    }

    /** The one subject it is, when it is exactly one subject we know (a "with" part aside). */
    public Optional<Subject> single() {
        return main.size() == 1 && unknownMain.isEmpty() ? Optional.of(main.get(0)) : Optional.empty();
    }

    /** Joint honours: two main subjects, known or not. */
    public boolean isJoint() {
        return main.size() + unknownMain.size() > 1;
    }

    /** Whether a main subject is this subject or in this group. */
    public boolean mainIsIn(SubjectNeed need) {
        return main.stream().anyMatch(need::accepts);
    }
}
