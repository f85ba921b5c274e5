package org.careerroutes.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a student's plans and record are kept between one change and the next: saved for this
 * computer's user, or (on a shared computer or at a kiosk) only while the app is open, so that
 * nothing of them is left on the machine. Two things are kept: each job's part of the plan
 * ({@link #load}, {@link #save}: pathway, marks, notes) and the one {@link StudentRecord} shared by
 * every job ({@link #loadRecord}, {@link #saveRecord}).
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
     * What loading a job's plan gave.
     *
     * @param plan    the job's part, with an empty record, or an empty plan
     * @param problem when a saved plan could not be read: the file, line and what is wrong, and
     *                where it was copied; the student is told
     */
    record Loaded(MyPlan plan, Optional<String> problem) {
        public static Loaded nothing(String profile) {
            return new Loaded(MyPlan.empty(profile), Optional.empty());
        }
    }

    /**
     * What loading the student's record gave.
     *
     * @param record   the record, or an empty one
     * @param problem  when a saved record could not be read: the file, line and what is wrong,
     *                 and where it was copied; the student is told
     * @param news     something the student should be told once that is not a problem: the
     *                 record was made from plans an earlier version saved
     * @param upgraded the record was made from an earlier version's files and is not yet kept
     *                 as a record: it should be saved at once
     */
    record LoadedRecord(StudentRecord record, Optional<String> problem, Optional<String> news, boolean upgraded) {
        public LoadedRecord {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(news, "news");
        }

        public static LoadedRecord nothing() {
            return new LoadedRecord(StudentRecord.EMPTY, Optional.empty(), Optional.empty(), false);
        }
    }

    Place place();

    /** The plan kept for a job (its part, with an empty record); an empty one when none is. Never throws for a bad file. */
    Loaded load(String profile);

    /** The student's record; an empty one when none is kept. Never throws for a bad file. */
    LoadedRecord loadRecord();

    /** Keeps the job's part of the plan (an empty part removes what was kept); its record is kept by {@link #saveRecord}. */
    void save(MyPlan plan) throws IOException;

    /** Keeps the student's record (an empty record removes what was kept). */
    void saveRecord(StudentRecord record) throws IOException;

    /** Removes everything kept for a job; the record stays. */
    void clear(String profile) throws IOException;

    /** Removes everything kept for the student: every job's plan and the record. */
    void clearEverything() throws IOException;

    /** The file a job's plan is kept in, where one is. */
    Optional<Path> fileFor(String profile);

    /** The file the student's record is kept in, where one is. */
    Optional<Path> recordFile();

    /** Why nothing is saved, when that is worth saying (a machine setting that could not be read). */
    default Optional<String> why() {
        return Optional.empty();
    }

    /** Keeps plans and the record only while the app runs: nothing is read from or written to the machine. */
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
            public LoadedRecord loadRecord() {
                return LoadedRecord.nothing();
            }

            @Override
            public void save(MyPlan plan) {
                // Nothing is kept on the machine: the plan lives in the window.
            }

            @Override
            public void saveRecord(StudentRecord record) {
                // Nothing is kept on the machine: the record lives in the window.
            }

            @Override
            public void clear(String profile) {
                // Nothing was kept.
            }

            @Override
            public void clearEverything() {
                // Nothing was kept.
            }

            @Override
            public Optional<Path> fileFor(String profile) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> recordFile() {
                return Optional.empty();
            }

            @Override
            public Optional<String> why() {
                return why;
            }
        };
    }
}
