package org.careerroutes.jobs.view;

import org.careerroutes.kit.Background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Work kept until the test runs it: what the page shows while a job is opened ("Opening…") can be seen while it waits. */
final class LaterBackground implements Background {

    final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        waiting.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        });
    }

    /** Runs what is waiting, and its done or failed, on the caller's thread. */
    void runAll() {
        List<Runnable> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public boolean awaitIdle(Duration limit) {
        return waiting.isEmpty();
    }
}
