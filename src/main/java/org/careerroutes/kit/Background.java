package org.careerroutes.kit;

import javafx.application.Platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where slow work runs, so that the window never waits on a disk, a printer or a PDF: the work
 * runs away from the JavaFX thread, and what it gives (or the problem it met) comes back on the
 * JavaFX thread, where a view model shows it. One way for every file, PDF, print and profile job;
 * a test passes {@link #sameThread()} and sees each job finish before {@code submit} returns.
 */
public interface Background {

    /**
     * Runs {@code work} in the background; then, on the JavaFX thread, {@code done} with its
     * result, or {@code failed} with the exception it threw. Jobs start in the order submitted.
     */
    <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed);

    /**
     * Waits, at most {@code limit}, for every job submitted so far to finish its work (not its
     * {@code done}, which needs the JavaFX thread): closing the window waits for the last save.
     *
     * @return whether they all finished in time
     */
    boolean awaitIdle(Duration limit);

    /**
     * One daemon thread, so that jobs run one at a time in the order given (two writes of a file
     * never overlap), with results delivered through {@link Platform#runLater}.
     */
    static Background oneThread(String name) {
        return new OneThread(name);
    }

    /** Runs each job at once on the caller's thread and delivers its result there: for tests. */
    static Background sameThread() {
        return new Background() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public boolean awaitIdle(Duration limit) {
                return true;
            }
        };
    }

    /** See {@link #oneThread(String)}. */
    final class OneThread implements Background {
        private final ExecutorService worker;
        private final AtomicInteger pending = new AtomicInteger();

        private OneThread(String name) {
            Objects.requireNonNull(name);
            worker = Executors.newSingleThreadExecutor(job -> {
                Thread thread = new Thread(job, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
            pending.incrementAndGet();
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> failed.accept(e));
                } finally {
                    synchronized (pending) {
                        pending.decrementAndGet();
                        pending.notifyAll();
                    }
                }
            });
        }

        @Override
        public boolean awaitIdle(Duration limit) {
            long until = System.nanoTime() + limit.toNanos();
            synchronized (pending) {
                while (pending.get() > 0) {
                    long left = until - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(pending, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
