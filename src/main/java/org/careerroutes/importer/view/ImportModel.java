package org.careerroutes.importer.view;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.importer.ImportResult;
import org.careerroutes.importer.ProfileImporter;
import org.careerroutes.importer.SourceText;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * What "New profile from text" holds and decides: the text pasted or opened, the profile made
 * from it with its report, and saving it where the user chose, then opening it. Reading, importing
 * and writing run through {@link Background}, away from the JavaFX thread; the window binds to
 * the properties here and shows busy and done.
 */
public final class ImportModel {

    /** The name a pasted text goes by in the report. */
    public static final String PASTED = "pasted text";

    private final Background background;
    /** Opens a saved profile in the app: the profile as the loader read it back, and its file. */
    private final BiConsumer<Profile, Path> opener;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(PASTED);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Paste a job profile's text, or open a text file, then make the profile.");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportResult> made = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    /** Set while the model itself puts an opened file's text in, so that this is not taken for an edit. */
    private boolean opening;

    public ImportModel(Background background, BiConsumer<Profile, Path> opener) {
        this.background = Objects.requireNonNull(background);
        this.opener = Objects.requireNonNull(opener);
        text.addListener((obs, old, now) -> {
            if (!opening) {
                source.set(PASTED);
            }
            if (made.get() != null) {
                // The profile on show no longer comes from the text: make it again before saving.
                made.set(null);
                say("The text has changed: make the profile again to see it.", false);
            }
        });
    }

    /** The text to import, as pasted or opened; the user may edit it. */
    public StringProperty textProperty() {
        return text;
    }

    /** Where the text came from: a file's path, or "pasted text". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is happening, or what happened, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status says something went wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The import's report: what was found and made, and what to check by hand. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The last import of the text as it is; null before one, or once the text has changed. */
    public ReadOnlyObjectProperty<ImportResult> madeProperty() {
        return made.getReadOnlyProperty();
    }

    /** The profile made from the text, for the preview; empty when there is none. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(made.get()).flatMap(ImportResult::profile);
    }

    /** Where the profile was last saved. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public BooleanBinding canMake() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !text.get().isBlank(), busy, text);
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> !busy.get() && profile().isPresent(), busy, made);
    }

    /** A name to offer when saving: the profile's id, e.g. "dental-technician.json". */
    public String suggestedName() {
        return profile().map(p -> p.id() + ".json").orElse("profile.json");
    }

    /** Reads a text file into the text, in the background; a file that is not text is said, and the text kept. */
    public void openTextFile(Path file) {
        start("Reading " + file.getFileName() + "\u2026");
        background.submit(() -> {
            // One byte more than allowed, so that a file too large is said to be, not cut short.
            try (InputStream in = Files.newInputStream(file)) {
                return SourceText.decode(file.toString(), in.readNBytes(SourceText.MAX_BYTES + 1));
            }
        }, read -> {
            opening = true;
            try {
                text.set(read);
                source.set(file.toString());
            } finally {
                opening = false;
            }
            done("Opened " + file + ". Make the profile to see it.", false);
        }, failed -> done(file + " could not be opened: " + reason(failed) + ". The text here is as it was.", true));
    }

    /** Makes the profile from the text, in the background, with its report. */
    public void make() {
        if (text.get().isBlank()) {
            say("Paste a job profile's text first, or open a text file.", true);
            return;
        }
        String name = source.get();
        String written = text.get();
        start("Making the profile\u2026");
        background.submit(() -> ProfileImporter.importText(name, written), result -> {
            if (!written.equals(text.get())) {
                done("The text changed while the profile was being made: make it again.", false);
                return;
            }
            report.set(result.report().text());
            if (result.imported()) {
                Profile profile = result.profile().orElseThrow();
                done("Made \u201c" + profile.title() + "\u201d: " + result.report().summary()
                        + ". Look it over in the preview, then save it.", false);
            } else {
                done("No profile made: " + result.problem() + ".", true);
            }
            made.set(result);   // last: the preview is built once all else is said
        }, failed -> done("No profile made: " + reason(failed) + ".", true));
    }

    /**
     * Writes the profile to {@code file} in the background, whole or not at all, reads it back
     * as the app will, and opens it.
     */
    public void saveAndOpen(Path file) {
        Optional<ImportResult> result = Optional.ofNullable(made.get()).filter(ImportResult::imported);
        if (result.isEmpty()) {
            say("Make the profile before saving it.", true);
            return;
        }
        String json = result.get().json().orElseThrow();
        start("Saving to " + file + "\u2026");
        background.submit(() -> {
            AtomicFile.write(file, json, Optional.empty());
            return ProfileLoader.loadFile(file);
        }, loaded -> opened(file, loaded), failed -> done("Not saved: " + FileProblem.describe(file, reason(failed))
                + ". Choose another place.", true));
    }

    private void opened(Path file, LoadResult loaded) {
        if (loaded.profile().isEmpty()) {
            done("Saved to " + file + ", but it could not be opened: " + loaded.errors().stream()
                    .map(Problem::format).limit(3).collect(Collectors.joining("; ")), true);
            return;
        }
        saved.set(file);
        done("Saved to " + file + " and opened.", false);
        opener.accept(loaded.profile().get(), file);
    }

    private void start(String doing) {
        busy.set(true);
        say(doing, false);
    }

    private void done(String said, boolean wrong) {
        busy.set(false);
        say(said, wrong);
    }

    private void say(String said, boolean wrong) {
        status.set(said);
        problem.set(wrong);
    }

    /** A failure in words, never a stack trace. */
    private static String reason(Exception failed) {
        if (failed instanceof SourceText.NotText notText) {
            return notText.getMessage();
        }
        if (failed instanceof IOException io) {
            return FileProblem.whyNotWritten(io);
        }
        return failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
    }
}
