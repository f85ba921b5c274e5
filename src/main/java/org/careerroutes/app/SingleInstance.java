package org.careerroutes.app;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Career Routes window per user (decision 0020): a student who starts the app twice gets the
 * window they already have, brought to the front, rather than a second window whose plan would
 * overwrite the first's. The running app holds a lock on {@code career-routes.lock} in the
 * user's settings folder; a second start finds it held, writes {@code career-routes.wake} beside
 * it, and ends; the running app sees that file change and comes forward.
 *
 * <p>The lock is the operating system's, on an open file: it goes when the process ends however
 * it ends (a crash, a power cut, being killed), so a lock left by a crash is never in the way. The
 * file itself stays, empty of meaning while no app holds it.
 */
final class SingleInstance implements AutoCloseable {

    static final String LOCK_FILE = "career-routes.lock";
    static final String WAKE_FILE = "career-routes.wake";
    /** How often the running app looks at the wake file: a second start is answered within this. */
    private static final long LOOK_EVERY_MS = 400;

    /** What trying to be the one instance gave. */
    sealed interface Claim permits Claimed, Elsewhere, Unavailable {
    }

    /** This is the one: it holds the lock until {@link #close()}. */
    record Claimed(SingleInstance instance) implements Claim {
    }

    /** Another instance holds the lock and has been asked to come to the front. */
    record Elsewhere(Path lock) implements Claim {
    }

    /**
     * The lock cannot be used at all (the folder cannot be written, say): the app starts all the
     * same, since a student must not be kept from their plan by a lock, and says why.
     */
    record Unavailable(String why) implements Claim {
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path wake;
    private ScheduledExecutorService watcher;

    private SingleInstance(FileChannel channel, FileLock lock, Path wake) {
        this.channel = channel;
        this.lock = lock;
        this.wake = wake;
    }

    /** Tries to be the one instance for the user whose settings are in {@code folder}. */
    static Claim claim(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Unavailable(FileProblem.describe(lockFile, FileProblem.whyNotWritten(e)));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;   // this very process holds it: another window of the same app
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unavailable(FileProblem.describe(lockFile, "cannot be locked (" + e.getMessage() + ")"));
        }
        Path wake = folder.resolve(WAKE_FILE);
        if (lock == null) {
            closeQuietly(channel);
            try {
                AtomicFile.write(wake, ProcessHandle.current().pid() + " asks the open window to come forward\n",
                        Optional.empty());
            } catch (FileProblem e) {
                return new Unavailable(FileProblem.describe(wake, e.getMessage()));
            }
            return new Elsewhere(lockFile);
        }
        return new Claimed(new SingleInstance(channel, lock, wake));
    }

    /** Calls {@code comeForward} (on a thread of its own) each time another start asks for this window. */
    void onAskedForward(Runnable comeForward) {
        Objects.requireNonNull(comeForward);
        AtomicReference<String> seen = new AtomicReference<>(stamp());
        watcher = Executors.newSingleThreadScheduledExecutor(job -> {
            Thread thread = new Thread(job, "career-routes-single-instance");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            String now = stamp();
            if (now != null && !now.equals(seen.get())) {
                seen.set(now);
                comeForward.run();
            }
        }, LOOK_EVERY_MS, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** When the wake file was last written, and which file it is (each start writes a new one); null when there is none. */
    private String stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(wake, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.lastModifiedTime() + " " + attributes.fileKey() + " " + attributes.size();
        } catch (IOException e) {
            return null;   // none yet, or not readable: nothing asked
        }
    }

    /** Lets go of the lock: the next start is the one instance. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below lets go of it all the same.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written to it; the lock goes with the channel.
        }
    }
}
