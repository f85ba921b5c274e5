package org.careerroutes.plan;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One careers encounter a student recorded: a careers fair, a talk by an employer, work
 * experience… with when it was, who or where, and what they made of it. Any of the three
 * reflections may be left blank ("").
 *
 * @param id            names it within the student's record (for editing and deleting), an id
 *                      as a plan holds one ({@link MyPlan#isId}); {@link StudentRecord#nextEncounterId()}
 *                      gives a new one
 * @param kind          what kind of encounter
 * @param month         the month and year it was, from {@link StudentRecord#FIRST_YEAR} to
 *                      {@link StudentRecord#LAST_YEAR}
 * @param whoOrWhere    who or where ("NHS trust open evening, Leeds"), one line of at most
 *                      {@link StudentRecord#MAX_WHO_OR_WHERE} characters; "" for not said
 * @param job           the title of the job the student was looking at when they recorded it, which
 *                      "Did it change what I think about this job?" is about (the record is one for
 *                      every job, so the answer must say which); one line of at most
 *                      {@link StudentRecord#MAX_TITLE} characters; "" for none
 * @param learned       "What did I learn?", at most {@link StudentRecord#MAX_REFLECTION} characters
 * @param changedMyView "Did it change what I think about this job?", as long
 * @param nextStep      "What will I do next?", as long
 */
public record Encounter(String id, EncounterKind kind, YearMonth month, String whoOrWhere, String job,
                        String learned, String changedMyView, String nextStep) {

    public Encounter {
        MyPlan.requireId(id, "an encounter's id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        if (month.getYear() < StudentRecord.FIRST_YEAR || month.getYear() > StudentRecord.LAST_YEAR) {
            throw new IllegalArgumentException("an encounter's year is from " + StudentRecord.FIRST_YEAR + " to "
                    + StudentRecord.LAST_YEAR + ", not " + month.getYear());
        }
        StudentRecord.requireLine(whoOrWhere, StudentRecord.MAX_WHO_OR_WHERE, "an encounter's \u201cwho or where\u201d");
        StudentRecord.requireLine(job, StudentRecord.MAX_TITLE, "an encounter's job");
        MyPlan.requireText(Objects.requireNonNull(learned, "learned"), StudentRecord.MAX_REFLECTION,
                "\u201cWhat did I learn?\u201d");
        MyPlan.requireText(Objects.requireNonNull(changedMyView, "changedMyView"), StudentRecord.MAX_REFLECTION,
                "\u201cDid it change what I think about this job?\u201d");
        MyPlan.requireText(Objects.requireNonNull(nextStep, "nextStep"), StudentRecord.MAX_REFLECTION,
                "\u201cWhat will I do next?\u201d");
    }

    private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** When it was, in words: "March 2026". */
    public String when() {
        return MONTH_WORDS.format(month);
    }

    /** An encounter with only its kind and month said so far. */
    public static Encounter of(String id, EncounterKind kind, YearMonth month) {
        return new Encounter(id, kind, month, "", "", "", "", "");
    }

    public Encounter withWhoOrWhere(String text) {
        return new Encounter(id, kind, month, text, job, learned, changedMyView, nextStep);
    }

    public Encounter withJob(String title) {
        return new Encounter(id, kind, month, whoOrWhere, title, learned, changedMyView, nextStep);
    }

    public Encounter withLearned(String text) {
        return new Encounter(id, kind, month, whoOrWhere, job, text, changedMyView, nextStep);
    }

    public Encounter withChangedMyView(String text) {
        return new Encounter(id, kind, month, whoOrWhere, job, learned, text, nextStep);
    }

    public Encounter withNextStep(String text) {
        return new Encounter(id, kind, month, whoOrWhere, job, learned, changedMyView, text);
    }

    /** The same encounter under another id (one a record did not have). */
    public Encounter withId(String other) {
        return new Encounter(other, kind, month, whoOrWhere, job, learned, changedMyView, nextStep);
    }
}
