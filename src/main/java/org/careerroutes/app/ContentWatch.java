package org.careerroutes.app;

import javafx.application.Platform;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code --watch}: looks at the {@code --content} file or folder a few times a second, on a thread
 * of its own, and when it has changed (and then stayed the same for one more look, so that an
 * editor's save is seen whole) reads it again there and hands what it read to the JavaFX thread.
 * It looks, rather than being told by the system, because a profile being edited on a school's
 * shared drive is not always announced by the system, and looking at one file's size and time is
 * cheap.
 */
final class ContentWatch implements AutoCloseable {

    /** How often the file is looked at: a change shows within about twice this. */
    static final Duration EVERY = Duration.ofMillis(250);

    private final Path path;
    private final Consumer<List<LoadResult>> changed;
    private final ScheduledExecutorService looker;
    /** What the content looked like when last read, and when last looked at. */
    private List<String> read;
    private List<String> seen;

    private ContentWatch(Path path, Consumer<List<LoadResult>> changed) {
        this.path = Objects.requireNonNull(path);
        this.changed = Objects.requireNonNull(changed);
        this.looker = Executors.newSingleThreadScheduledExecutor(job -> {
            Thread thread = new Thread(job, "career-routes-watch");
            thread.setDaemon(true);
            return thread;
        });
        this.read = fingerprint();
        this.seen = read;
    }

    /**
     * Starts watching what the app has just loaded; {@code changed} is called on the JavaFX thread
     * with each new reading of it.
     */
    static ContentWatch start(Path path, Duration every, Consumer<List<LoadResult>> changed) {
        ContentWatch watch = new ContentWatch(path, changed);
        watch.looker.scheduleWithFixedDelay(watch::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    private void look() {
        try {
            List<String> now = fingerprint();
            boolean settled = now.equals(seen);
            seen = now;
            if (!settled || now.equals(read)) {
                return;
            }
            read = now;
            List<LoadResult> results = ProfileLoader.loadPath(path);
            Platform.runLater(() -> changed.accept(results));
        } catch (RuntimeException e) {
            // A watch that stopped would leave the adviser looking at an old version without knowing:
            // say so on standard error, and look again next time.
            System.err.println("career-routes: --watch: " + path + ": " + e);
        }
    }

    /** Each file's name, size and time of change: for a folder, each profile file's in it. */
    private List<String> fingerprint() {
        List<String> marks = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted()
                        .forEach(f -> marks.add(mark(f)));
            } catch (IOException e) {
                marks.add("unreadable folder: " + e.getMessage());
            }
        } else {
            marks.add(mark(path));
        }
        return marks;
    }

    private static String mark(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return file.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime()
                    + (Files.isSymbolicLink(file) ? " -> " + Files.getLastModifiedTime(file) : "");
        } catch (IOException e) {
            return file.getFileName() + " gone";
        }
    }

    @Override
    public void close() {
        looker.shutdownNow();
    }
}
