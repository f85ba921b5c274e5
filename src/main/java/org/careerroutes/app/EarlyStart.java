package org.careerroutes.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first frame needs that JavaFX does not give: the profile, read and checked. The
 * launcher begins it on a thread of its own just before it starts JavaFX, so that on a two-core
 * school PC the profile is read while JavaFX starts, instead of after; the app then takes it when
 * it builds the window. If anything goes wrong here, the app reads the profile again itself and
 * reports what it meets as it always does.
 */
final class EarlyStart {

    private final Optional<Path> content;
    private final CompletableFuture<StartupContent> profiles;

    private EarlyStart(Optional<Path> content, CompletableFuture<StartupContent> profiles) {
        this.content = content;
        this.profiles = profiles;
    }

    /** Begins reading {@code content}: the built-in profile when empty, else a file or a folder of them. */
    static EarlyStart begin(Optional<Path> content) {
        Objects.requireNonNull(content);
        CompletableFuture<StartupContent> profiles = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                StartupContent read = StartupContent.load(content);
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
        return new EarlyStart(content, profiles);
    }

    /**
     * The profiles to show for {@code asked}: those read early when they were for the same
     * content, else (or if reading them early failed) read now.
     */
    StartupContent content(Optional<Path> asked) {
        if (asked.equals(content)) {
            try {
                return profiles.join();
            } catch (CompletionException e) {
                // Read again below, on the JavaFX thread, where a problem is met and reported as usual.
            }
        }
        return StartupContent.load(asked);
    }
}
