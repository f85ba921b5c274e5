package org.careerroutes.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Makes a named pipe (FIFO) for a test, where the system can: the file a reader waits on for ever. */
public final class Fifos {

    private Fifos() {
    }

    public static Path make(Path at) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return at;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return at;
    }
}
