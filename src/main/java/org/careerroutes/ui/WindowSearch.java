package org.careerroutes.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.model.Profile;
import org.careerroutes.pages.ProfileSection;
import org.careerroutes.search.ProfileSearch;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The window's search across the profile on show (Ctrl+F), apart from how it is drawn: whether
 * the panel is open, the words typed, the hits and how many, and the hit last gone to, which is
 * marked on its page. Part of the {@link WindowModel}, which moves the reader to a hit. The
 * profile's text is indexed when the first word is typed, not before the first frame.
 */
public final class WindowSearch {

    /** What the search panel says before anything is typed. */
    public static final String HINT = "Type a word or two to find them anywhere in this profile,"
            + " for example \u201capprenticeship\u201d or \u201cdegree\u201d.";

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ProfileSearch.Hit> results = FXCollections.observableArrayList();
    // One read-only view, held here: a view made per call would be collected with the listeners on it.
    private final ObservableList<ProfileSearch.Hit> resultsShown = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper resultCount = new ReadOnlyStringWrapper(HINT);
    private final ReadOnlyObjectWrapper<ProfileSearch.Hit> markedHit = new ReadOnlyObjectWrapper<>();
    /** Selects the hit's tab and shows the hit there. */
    private final Consumer<ProfileSearch.Hit> show;
    private Profile profile;
    /** The profile's text, indexed; made when it is first searched. */
    private ProfileSearch index;

    WindowSearch(Consumer<ProfileSearch.Hit> show) {
        this.show = Objects.requireNonNull(show);
        query.addListener((obs, old, text) -> find(text));
    }

    /** Another profile is on show: its search starts empty. */
    void showProfile(Profile shown) {
        profile = Objects.requireNonNull(shown);
        index = null;
        query.set("");
        markedHit.set(null);
    }

    /** The profile on show has been read again (--watch): what is typed is looked for in its new text. */
    void readAgain(Profile now) {
        profile = Objects.requireNonNull(now);
        index = null;
        markedHit.set(null);
        find(query.get());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The words typed in the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The hits for the words typed, in the order they appear in the app. */
    public ObservableList<ProfileSearch.Hit> results() {
        return resultsShown;
    }

    /** "3 results", "No results for …", or the hint while nothing is typed. */
    public ReadOnlyStringProperty resultCountProperty() {
        return resultCount.getReadOnlyProperty();
    }

    /** The hit last gone to, marked on its page until the next one or until search closes. */
    public ReadOnlyObjectProperty<ProfileSearch.Hit> markedHitProperty() {
        return markedHit.getReadOnlyProperty();
    }

    public void open() {
        open.set(true);
    }

    public void close() {
        open.set(false);
        markedHit.set(null);
    }

    /** Goes to a hit: its tab, scrolled to the text (marked), or the route-map step it is on. */
    public void goTo(ProfileSearch.Hit hit) {
        markedHit.set(null);
        show.accept(hit);
        if (hit.entry().mapStep().isEmpty()) {
            markedHit.set(hit);
        }
    }

    /** Where a hit is, for the result list: the tab, and the route or step where there is one. */
    public String describe(ProfileSearch.Hit hit) {
        ProfileSearch.Entry entry = hit.entry();
        if (entry.mapStep().isPresent()) {
            return ProfileSection.ROUTE_MAP.title() + ": " + profile.routeMap()
                    .flatMap(m -> m.node(entry.mapStep().get())).map(n -> n.title()).orElse("");
        }
        ProfileSection section = ProfileSection.forTopic(entry.topic());
        return section.title() + profile.entryRoutes().route(entry.topic()).map(r -> ": " + r.title()).orElse("");
    }

    private void find(String text) {
        if (text == null || text.isBlank()) {
            results.clear();
            resultCount.set(HINT);
            return;
        }
        if (index == null) {
            index = new ProfileSearch(profile);
        }
        List<ProfileSearch.Hit> hits = index.find(text);
        results.setAll(hits);
        resultCount.set(hits.isEmpty() ? "No results for \u201c" + text.strip() + "\u201d"
                : hits.size() == 1 ? "1 result" : hits.size() + " results");
    }
}
