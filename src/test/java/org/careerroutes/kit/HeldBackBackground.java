package org.careerroutes.kit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link Background} for tests that keeps each job until the test runs it, as a slow disk or
 * printer would: the test sees what the page shows while the work waits, then runs it.
 */
public final class HeldBackBackground implements Background {

    private final Deque<Runnable> jobs = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        jobs.add(() -> Background.sameThread().submit(work, done, failed));
    }

    @Override
    public boolean awaitIdle(Duration limit) {
        return jobs.isEmpty();
    }

    /** How many jobs wait. */
    public int waiting() {
        return jobs.size();
    }

    /** Runs every job waiting, and those they submit, in order, on the caller's thread. */
    public void runAll() {
        while (!jobs.isEmpty()) {
            jobs.poll().run();
        }
    }
}
