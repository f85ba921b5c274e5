package org.careerroutes.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a student's plan is kept between one change and the next: saved for this computer's
 * user, or (on a shared computer or at a kiosk) only while the app is open, so that nothing of
 * it is left on the machine.
 */
public interface PlanKeeping {

    /** Where plans live; the My plan tab says which, in words. */
    enum Place {
        /** Saved as the student goes, in the user's own data folder. */
        THIS_USER,
        /** A shared computer: nothing is saved on it; the student takes the plan away as a file or on paper. */
        SHARED_COMPUTER,
        /** A careers-fair kiosk: the plan goes with the visit; no files at all. */
        KIOSK_VISIT
    }

    /**
     * What loading a profile's plan gave.
     *
     * @param plan    the plan, or an empty one
     * @param problem when a saved plan could not be read: the file, line and what is wrong, and
     *                where it was copied; the student is told
     */
    record Loaded(MyPlan plan, Optional<String> problem) {
        public static Loaded nothing(String profile) {
            return new Loaded(MyPlan.empty(profile), Optional.empty());
        }
    }

    Place place();

    /** The plan kept for a profile; an empty one when none is. Never throws for a bad file. */
    Loaded load(String profile);

    /** Keeps the plan (an empty plan removes what was kept). */
    void save(MyPlan plan) throws IOException;

    /** Removes everything kept for a profile. */
    void clear(String profile) throws IOException;

    /** The file a profile's plan is kept in, where one is. */
    Optional<Path> fileFor(String profile);

    /** Why nothing is saved, when that is worth saying (a machine setting that could not be read). */
    default Optional<String> why() {
        return Optional.empty();
    }

    /** Keeps plans only while the app runs: nothing is read from or written to the machine. */
    static PlanKeeping nowhere(Place place, Optional<String> why) {
        if (place == Place.THIS_USER) {
            throw new IllegalArgumentException("a plan kept for this user is kept in a PlanStore");
        }
        return new PlanKeeping() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public Loaded load(String profile) {
                return Loaded.nothing(profile);
            }

            @Override
            public void save(MyPlan plan) {
                // Nothing is kept on the machine: the plan lives in the window.
            }

            @Override
            public void clear(String profile) {
                // Nothing was kept.
            }

            @Override
            public Optional<Path> fileFor(String profile) {
                return Optional.empty();
            }

            @Override
            public Optional<String> why() {
                return why;
            }
        };
    }
}
