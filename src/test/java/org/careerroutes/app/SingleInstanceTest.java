package org.careerroutes.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One instance per user: the lock, the request to come forward, and the lock let go. */
class SingleInstanceTest {

    @TempDir
    Path folder;

    @Test
    void theFirstHoldsTheLockAndASecondStartAsksItForward() throws Exception {
        SingleInstance first = assertInstanceOf(SingleInstance.Claimed.class, SingleInstance.claim(folder)).instance();
        AtomicInteger asked = new AtomicInteger();
        first.onAskedForward(asked::incrementAndGet);
        try {
            assertInstanceOf(SingleInstance.Elsewhere.class, SingleInstance.claim(folder));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked.get() == 1);
            assertInstanceOf(SingleInstance.Elsewhere.class, SingleInstance.claim(folder));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked.get() == 2);
        } finally {
            first.close();
        }
        SingleInstance next = assertInstanceOf(SingleInstance.Claimed.class, SingleInstance.claim(folder),
                "once let go, the next start is the one").instance();
        next.close();
    }

    @Test
    void aLockThatCannotBeUsedLetsTheAppStartAndSaysWhy() throws Exception {
        Path file = Files.writeString(folder.resolve("settings"), "a file where the settings folder should be");
        SingleInstance.Unavailable unavailable = assertInstanceOf(SingleInstance.Unavailable.class,
                SingleInstance.claim(file));
        assertTrue(unavailable.why().startsWith(file.resolve(SingleInstance.LOCK_FILE) + ": cannot be written"),
                unavailable.why());
        assertEquals("a file where the settings folder should be", Files.readString(file));
    }
}
