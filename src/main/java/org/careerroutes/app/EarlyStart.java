package org.careerroutes.app;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.careerroutes.kit.Theme;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first frame needs that JavaFX does not give: the profile, read and checked, and the
 * stylesheet machinery warmed (its classes loaded, its files read once). The launcher begins it on
 * a thread of its own just before it starts JavaFX, so that on a two-core school PC the profile is
 * read while JavaFX starts, instead of after; the app then takes the profile when it builds the
 * window. Nothing here is shown or kept apart from the profile: if anything goes wrong, the app
 * does the same work again itself, and reports what it meets as it always does.
 */
final class EarlyStart {

    private final Optional<Path> content;
    private final CompletableFuture<StartupContent> profiles;

    private EarlyStart(Optional<Path> content, CompletableFuture<StartupContent> profiles) {
        this.content = content;
        this.profiles = profiles;
    }

    /** Begins reading {@code content} (the built-in profile when empty) and warming the stylesheets. */
    static EarlyStart begin(Optional<Path> content) {
        Objects.requireNonNull(content);
        CompletableFuture<StartupContent> profiles = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                profiles.complete(StartupContent.load(content));
            } catch (RuntimeException | Error e) {
                profiles.completeExceptionally(e);
            }
            warmStylesheets();
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

    /**
     * Reads the controls' base look and the app's stylesheets once and throws them away: what
     * the JavaFX thread then reads itself takes less time, its classes loaded and its files in the
     * cache. Only public, toolkit-free API (no fonts or images are made when a stylesheet is read).
     */
    private static void warmStylesheets() {
        try {
            Stylesheet.loadBinary(URI.create(Theme.baseStylesheet()).toURL());
            for (String sheet : Theme.stylesheets()) {
                new CssParser().parse(URI.create(sheet).toURL());
            }
        } catch (Exception | LinkageError e) {
            // A warm-up only: the JavaFX thread reads them again, and meets any problem there.
        }
    }
}
