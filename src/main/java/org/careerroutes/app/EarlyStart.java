package org.careerroutes.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first frame needs that JavaFX does not give: the profile, read and checked (of a folder
 * of jobs, its first file; the rest is read for the Jobs page as the window opens). The
 * launcher begins it on a thread of its own just before it starts JavaFX, so that on a two-core
 * school PC the profile is read while JavaFX starts, instead of after; the app then takes it when
 * it builds the window. If anything goes wrong here, the app reads the profile again itself and
 * reports what it meets as it always does.
 */
final class EarlyStart {

    private final Optional<Path> content;
    private final boolean whole;
    private final CompletableFuture<StartupContent> profiles;

    private EarlyStart(Optional<Path> content, boolean whole, CompletableFuture<StartupContent> profiles) {
        this.content = content;
        this.whole = whole;
        this.profiles = profiles;
    }

    /** Begins reading {@code content}: the built-in profile when empty, else a file or a folder's first file. */
    static EarlyStart begin(Optional<Path> content) {
        return begin(content, false);
    }

    /**
     * Begins reading {@code content}: the built-in profile when empty, else a file, or a folder: every
     * file of it when {@code whole} (--watch), else its first that loads.
     */
    static EarlyStart begin(Optional<Path> content, boolean whole) {
        Objects.requireNonNull(content);
        CompletableFuture<StartupContent> profiles = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                StartupContent read = read(content, whole);
                // A record's equals is linked the first time it is called, and the first link of any
                // record is slow (java.lang.runtime.ObjectMethods): done here, the window's first
                // comparisons (the plan it loads) are not.
                read.equals(new StartupContent(List.of(), List.of(), false));
                profiles.complete(read);
            } catch (RuntimeException | Error e) {
                profiles.completeExceptionally(e);
            }
        }, "career-routes-early-start");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStart(content, whole, profiles);
    }

    /** The content as the window opens on it: a folder whole (--watch), or its first file for the Jobs page. */
    static StartupContent read(Optional<Path> content, boolean whole) {
        return whole ? StartupContent.load(content) : StartupContent.forJobs(content);
    }

    /**
     * The profiles to show for {@code asked}: those read early when they were for the same
     * content, else (or if reading them early failed) read now.
     */
    StartupContent content(Optional<Path> asked) {
        return content(asked, false);
    }

    /** As {@link #content(Optional)}, read whole or not as {@link #begin(Optional, boolean)} says. */
    StartupContent content(Optional<Path> asked, boolean askedWhole) {
        if (asked.equals(content) && askedWhole == whole) {
            try {
                return profiles.join();
            } catch (CompletionException e) {
                // Read again below, on the JavaFX thread, where a problem is met and reported as usual.
            }
        }
        return read(asked, askedWhole);
    }
}
