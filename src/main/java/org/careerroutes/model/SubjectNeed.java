package org.careerroutes.model;

import java.util.List;

/**
 * Subjects a rule's qualifications must include: {@code count} of them from {@code anyOf}, each
 * a subject or a group id of {@link SubjectCatalogue}. "Maths" is {@code anyOf [maths]}; "maths
 * or a science" is {@code anyOf [maths, science]}; "two sciences" is {@code anyOf [science]}
 * with a count of 2, where GCSE Combined Science, a double award, counts as two.
 */
public record SubjectNeed(List<String> anyOf, int count) {

    public SubjectNeed {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty() || count < 1) {
            throw new IllegalArgumentException("a subject need names at least one subject, at least once");
        }
    }

    public static SubjectNeed of(String subject) {
        return new SubjectNeed(List.of(subject), 1);
    }

    public boolean accepts(Subject subject) {
        return anyOf.stream().anyMatch(id -> id.equals(subject.id()) || subject.isIn(id));
    }

    /** In plain English: "maths", "maths or a science", "two sciences". */
    public String describe() {
        if (count > 1 && anyOf.size() == 1) {
            String id = anyOf.get(0);
            return SubjectCatalogue.group(id).map(g -> Words.number(count) + " " + g.many())
                    .orElse(Words.number(count) + " in " + SubjectCatalogue.phrase(id));
        }
        String choices = Words.joinWith("or", anyOf.stream().map(SubjectCatalogue::phrase).toList());
        return count > 1 ? Words.number(count) + " of " + choices : choices;
    }
}
