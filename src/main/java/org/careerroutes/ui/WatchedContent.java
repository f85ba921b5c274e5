package org.careerroutes.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Objects;

/**
 * The content a window was opened on, as it is read again each time it changes ({@code
 * --watch}): its problems, shown above the tabs, and what they mean for what is shown. The
 * profiles that loaded go to the window's model, which shows the one on show again in place.
 */
public final class WatchedContent {

    private final WindowModel model;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsShown = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");

    WatchedContent(WindowModel model) {
        this.model = Objects.requireNonNull(model);
    }

    /**
     * The content read again: the profiles that loaded are shown (see {@link
     * WindowModel#reloadContent}), and every problem is listed, as {@code file:line:col: message},
     * with what it means for what is shown. A file that no longer loads leaves its last good
     * version on show; nothing closes.
     *
     * @param content the file or folder, as the user named it
     */
    public void readAgain(String content, List<LoadResult> results) {
        List<Profile> loaded = results.stream().flatMap(r -> r.profile().stream()).toList();
        List<String> lines = results.stream().flatMap(r -> r.problems().stream()).map(Problem::format).toList();
        boolean failed = results.stream().anyMatch(r -> !r.isValid());
        if (!failed) {
            headline.set(lines.isEmpty() ? "" : content + " loaded; these were ignored:");
        } else if (loaded.isEmpty()) {
            headline.set(content + " has problems, so it cannot be shown: fix them and save, and it shows at once. "
                    + "Shown meanwhile: " + model.profile().title() + ".");
        } else {
            headline.set("Some files of " + content + " have problems and are left out until they are fixed and saved:");
        }
        problems.setAll(lines);
        model.reloadContent(loaded);
    }

    /** Each problem as {@code file:line:col: message}; none when the content loads cleanly. */
    public ObservableList<String> problems() {
        return problemsShown;
    }

    /** What the problems mean for what is shown; "" when there are none. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
