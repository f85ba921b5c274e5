package org.careerroutes.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.PackReading;
import org.careerroutes.kit.Background;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The jobs the app offers, for the Jobs page: the profiles it opened on, or a folder's jobs as they
 * are read, away from the JavaFX thread, once the window (or the kiosk) is there to show them. A
 * desktop keeps the folder's index beside the user's settings so the next start reads one file; a
 * kiosk keeps nothing. Whoever looks after the machine is told on standard error when an index
 * cannot be used or kept.
 */
final class JobsReading {

    /** The folder, beside the settings, where the index of each folder of jobs is kept. */
    static final String INDEX_FOLDER = "job-index";

    private final ReadOnlyObjectWrapper<JobPack> offered;
    private final Optional<PackReading> reading;

    /**
     * @param settingsFolder where the folder's index is kept (in {@value #INDEX_FOLDER} there); empty to keep none (a kiosk)
     */
    JobsReading(StartupContent content, Optional<Path> settingsFolder) {
        Optional<StartupContent.Folder> folder = content.folder();
        offered = new ReadOnlyObjectWrapper<>(folder.isPresent()
                ? JobPack.reading(content.profiles().get(0), folder.get().files().size())
                : JobPack.of(content.profiles()));
        reading = folder.map(f -> new PackReading(f.path(), f.files(), settingsFolder.map(i -> indexFile(i, f.path())),
                AppInfo.version(), Optional.of(new PackReading.Loaded(f.firstFile(), f.first()))));
    }

    /** The jobs on offer, on the JavaFX thread: more of them as the folder is read. */
    ReadOnlyObjectProperty<JobPack> offered() {
        return offered.getReadOnlyProperty();
    }

    /** How many profile files the content has (1 for a file or the built-in profile). */
    int files() {
        return reading.map(PackReading::fileCount).orElse(offered.get().size());
    }

    /**
     * Reads the folder, if there is one, on {@code background}; {@code complete} is told on the
     * JavaFX thread once every file has been read.
     */
    void start(Background background, Consumer<JobPack> complete) {
        if (reading.isEmpty()) {
            return;
        }
        PackReading folder = reading.get();
        folder.follow(pack -> onFxThread(() -> {
            offered.set(pack);
            if (pack.progress().complete()) {
                folder.indexNotes().forEach(note -> System.err.println("career-routes: " + note));
                complete.accept(pack);
            }
        }));
        background.submit(() -> {
            folder.run();
            return folder;
        }, done -> { }, failed -> System.err.println("career-routes: the jobs in " + folder.folder()
                + " could not all be read: " + failed));
    }

    private static void onFxThread(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** The index of a folder: named by its path, so each folder of jobs has its own. */
    static Path indexFile(Path settingsFolder, Path contentFolder) {
        String path = contentFolder.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return settingsFolder.resolve(INDEX_FOLDER).resolve(HexFormat.of().formatHex(digest, 0, 8) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
