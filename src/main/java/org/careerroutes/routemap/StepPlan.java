package org.careerroutes.routemap;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The student's own plan as the route map shows and changes it: a mark and a note on each step,
 * and the pathway they have made theirs. The map knows nothing else of the plan, nor, through it,
 * of the qualifications a plan also keeps: the window gives it one of these over the student's
 * plan, as it gives it {@link MapMarks} made from their verdicts.
 */
public interface StepPlan {

    /**
     * A mark a student may give a step, in words and a symbol, never colour alone.
     *
     * @param key    names it in ids and as the stylesheet's state, e.g. "not-for-me"
     * @param symbol e.g. "⊘"
     * @param word   e.g. "Not for me"
     */
    record Mark(String key, String symbol, String word) {
        public Mark {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(word, "word");
        }

        /** Symbol and word, as a student reads it: "☑ Done". */
        public String label() {
            return symbol + " " + word;
        }
    }

    /** The marks a student can choose between, in the order they are offered; none for a map without a plan. */
    List<Mark> marks();

    /** Whether the map offers the plan at all: not on a map shown without one. */
    default boolean isOffered() {
        return !marks().isEmpty();
    }

    /** The student's mark on a step, if any. */
    Optional<Mark> markOn(String step);

    /** Marks a step, or takes its mark off (empty). */
    void setMark(String step, Optional<Mark> mark);

    /** The student's note on a step, if any. */
    Optional<String> noteOn(String step);

    /** Keeps the student's note on a step; a blank note removes it. */
    void setNote(String step, String text);

    /** The longest note on a step the plan keeps, in characters: the note box says so near it. */
    int noteLimit();

    /** The pathway the student has made theirs, if any. */
    ObservableValue<Optional<String>> myPathway();

    /** Makes a pathway the student's own. */
    void makeMyPathway(String pathwayId);

    /** Whether any step is marked. */
    boolean anyMarked();

    /**
     * Something whose value changes whenever the plan does (a mark, a note, the pathway): listen
     * to it with a change listener to show the plan afresh.
     */
    ObservableValue<?> changes();

    /** No plan: a map shown on its own (a picture to save, a test) offers no marks and keeps nothing. */
    static StepPlan none() {
        ReadOnlyObjectWrapper<Optional<String>> noPathway = new ReadOnlyObjectWrapper<>(Optional.empty());
        return new StepPlan() {
            @Override
            public List<Mark> marks() {
                return List.of();
            }

            @Override
            public Optional<Mark> markOn(String step) {
                return Optional.empty();
            }

            @Override
            public void setMark(String step, Optional<Mark> mark) {
                throw new IllegalStateException("a map without a plan offers no marks");
            }

            @Override
            public Optional<String> noteOn(String step) {
                return Optional.empty();
            }

            @Override
            public void setNote(String step, String text) {
                throw new IllegalStateException("a map without a plan keeps no notes");
            }

            @Override
            public int noteLimit() {
                return 0;
            }

            @Override
            public ObservableValue<Optional<String>> myPathway() {
                return noPathway.getReadOnlyProperty();
            }

            @Override
            public void makeMyPathway(String pathwayId) {
                throw new IllegalStateException("a map without a plan has no pathway to make the student's");
            }

            @Override
            public boolean anyMarked() {
                return false;
            }

            @Override
            public ObservableValue<?> changes() {
                return noPathway.getReadOnlyProperty();
            }
        };
    }
}
