package org.careerroutes.jobs.view;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careerroutes.content.Problem;
import org.careerroutes.jobs.JobEntry;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Opening a job from the Jobs page: its whole profile from memory when it was opened lately (or
 * given whole), else read from its file away from the JavaFX thread, one at a time, while the page
 * says "Opening Nurse…". A file broken since the folder was read is said on the page, with its
 * file, line and what is wrong, and the page stays as it was.
 */
final class JobOpening {

    /** Profiles opened lately, kept so that going back to one needs no file. */
    static final int KEEP_OPENED = 8;

    private final Background background;
    private final Consumer<Profile> show;
    private final Consumer<String> say;
    private final ReadOnlyStringWrapper opening = new ReadOnlyStringWrapper("");
    private final Map<String, Profile> opened = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
            return size() > KEEP_OPENED;
        }
    };

    /**
     * @param background where a profile's file is read
     * @param show       shows a job's whole profile once it is read
     * @param say        says on the page why a job could not be opened ("" to clear it)
     */
    JobOpening(Background background, Consumer<Profile> show, Consumer<String> say) {
        this.background = Objects.requireNonNull(background);
        this.show = Objects.requireNonNull(show);
        this.say = Objects.requireNonNull(say);
    }

    /** "Opening Nurse…" while a job's profile is read; "" when none is. */
    ReadOnlyStringProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    void open(JobPack jobs, String id) {
        open(jobs, id, () -> { });
    }

    /** Opens a job, then does {@code then} once it is shown (another of its pages in place of its Overview). */
    void open(JobPack jobs, String id, Runnable then) {
        open(jobs, id, then, () -> { });
    }

    /**
     * Opens a job, then does {@code then} once it is shown, or {@code failed} once the page has said
     * why it could not be (and is no longer busy).
     */
    void open(JobPack jobs, String id, Runnable then, Runnable failed) {
        if (!opening.get().isEmpty()) {
            return;
        }
        Optional<Profile> known = Optional.ofNullable(opened.get(id)).or(() -> jobs.held(id));
        if (known.isPresent()) {
            show.accept(known.get());
            then.run();
            return;
        }
        String title = jobs.job(id).map(JobEntry::title).orElse(id);
        say.accept("");
        opening.set("Opening " + title + "\u2026");
        background.submit(() -> jobs.load(id), loaded -> {
            opening.set("");
            if (loaded.isValid()) {
                Profile profile = loaded.profile().orElseThrow();
                opened.put(id, profile);
                show.accept(profile);
                then.run();
            } else {
                say.accept(title + " could not be opened: " + loaded.errors().stream().limit(3).map(Problem::format)
                        .collect(Collectors.joining("; ")) + ". The other jobs can still be opened.");
                failed.run();
            }
        }, thrown -> {
            opening.set("");
            say.accept(title + " could not be opened: " + thrown.getMessage() + ". The other jobs can still be opened.");
            failed.run();
        });
    }
}
