package org.careerroutes.kiosk;

import org.careerroutes.kit.Background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work held until told to run, as a busy disk would hold it: for tests of what happens
 * meanwhile, and for the benchmark, which times only the JavaFX thread's part of a job.
 */
public final class HeldBackground implements Background {

    private final List<Runnable> jobs = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        jobs.add(() -> Background.sameThread().submit(work, done, failed));
    }

    @Override
    public boolean awaitIdle(Duration limit) {
        return jobs.isEmpty();
    }

    /** Runs every job held, in the order given, each delivering its result on this thread. */
    public void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove(0).run();
        }
    }
}
