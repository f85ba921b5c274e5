package org.careerroutes.app;

import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * The moment a scene's first frame is ready: the end of its first laid-out pulse. What waits for
 * it (the route map's preparation) does not compete with it, and the start-up benchmark reads it
 * for the app and for a bare JavaFX window alike.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code then} once, at the end of the scene's first laid-out pulse. */
    public static void then(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }

    /** Prints the time from the JVM's start to the scene's first frame, as "first-frame-ms=…". */
    public static void report(Scene scene) {
        then(scene, () -> {
            // From the JVM's start, which it records to the millisecond (the OS's process start time
            // is rounded to whole seconds on Linux); the benchmarks also time each start from outside.
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + ms);
        });
    }
}
