package org.careerroutes.plan.view;

import org.careerroutes.files.FileProblem;
import org.careerroutes.kit.Background;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.StudentRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What a {@link PlanSession} has given to be saved and is not yet written: the latest record and
 * the latest job's part of each profile, written together by one background job, the record first.
 * A newer one given before the job runs takes the place of the one waiting (the latest wins), so a
 * student typing on a slow drive queues one write, not one a keystroke.
 */
final class PlanWrites {

    private final PlanKeeping keeping;
    private final Background background;
    /** Told on the JavaFX thread after each batch: what could not be written, in words (empty when all was). */
    private final Consumer<List<String>> written;
    /** Read and emptied by the background job; guarded by itself. */
    private final Map<String, MyPlan> jobs = new LinkedHashMap<>();
    /** The latest record waiting, or null; guarded by {@link #jobs}. */
    private StudentRecord record;
    private final AtomicBoolean queued = new AtomicBoolean();

    PlanWrites(PlanKeeping keeping, Background background, Consumer<List<String>> written) {
        this.keeping = keeping;
        this.background = background;
        this.written = written;
    }

    void job(MyPlan latest) {
        synchronized (jobs) {
            jobs.put(latest.profile(), latest);
        }
        queue();
    }

    void record(StudentRecord latest) {
        synchronized (jobs) {
            record = latest;
        }
        queue();
    }

    /** A profile's waiting part is not written (it has been cleared). */
    void forget(String profile) {
        synchronized (jobs) {
            jobs.remove(profile);
        }
    }

    /** Nothing waiting is written (everything has been cleared). */
    void forgetAll() {
        synchronized (jobs) {
            jobs.clear();
            record = null;
        }
    }

    /** Whether anything is still to be written. */
    boolean waiting() {
        synchronized (jobs) {
            return !jobs.isEmpty() || record != null || queued.get();
        }
    }

    private void queue() {
        if (queued.compareAndSet(false, true)) {
            background.submit(this::writeWaiting, written, e -> written.accept(List.of(String.valueOf(e.getMessage()))));
        }
    }

    /** On the background thread: writes the record, then every job's latest part; returns what failed, in words. */
    private List<String> writeWaiting() {
        queued.set(false);
        List<MyPlan> plans;
        StudentRecord mine;
        synchronized (jobs) {
            plans = new ArrayList<>(jobs.values());
            jobs.clear();
            mine = record;
            record = null;
        }
        List<String> failed = new ArrayList<>();
        if (mine != null) {
            try {
                keeping.saveRecord(mine);
            } catch (IOException e) {
                Path file = keeping.recordFile().orElse(Path.of("me"));
                failed.add("Your record (your qualifications and what else you keep for every job) could not be saved: "
                        + FileProblem.describe(file, FileProblem.whyNotWritten(e))
                        + ". It is still on screen: use Save plan as\u2026 to keep a copy.");
            }
        }
        for (MyPlan each : plans) {
            try {
                keeping.save(each);
            } catch (IOException e) {
                Path file = keeping.fileFor(each.profile()).orElse(Path.of(each.profile()));
                failed.add("Your plan could not be saved: " + FileProblem.describe(file, FileProblem.whyNotWritten(e))
                        + ". It is still on screen: use Save plan as\u2026 to keep a copy.");
            }
        }
        return failed;
    }
}
