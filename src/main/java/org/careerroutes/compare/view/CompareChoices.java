package org.careerroutes.compare.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.Comparisons;
import org.careerroutes.compare.SchoolYear;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a student has chosen on Compare routes: the pathways side by side, where they stand, and
 * the school year it is. Held by the window, never saved: a new window (a kiosk's next visitor)
 * starts from the defaults.
 */
public final class CompareChoices {

    private final ObservableList<String> pathways = FXCollections.observableArrayList();
    private final ObjectProperty<StartingPoint> from = new SimpleObjectProperty<>(StartingPoint.YEAR_12);
    private final ObjectProperty<Integer> schoolYear = new SimpleObjectProperty<>();

    /** The ids of the pathways chosen, in the map's order; empty until the tab is first shown. */
    public ObservableList<String> pathways() {
        return pathways;
    }

    /** Where the student stands; Year 12 at first. */
    public ObjectProperty<StartingPoint> fromProperty() {
        return from;
    }

    /** The calendar year the school year began in; this one (from the clock) until the student changes it. */
    public ObjectProperty<Integer> schoolYearProperty() {
        return schoolYear;
    }

    /**
     * What the student compares, for the handout: empty until they have opened Compare routes
     * (which then holds two routes or more).
     */
    public Optional<CompareSelection> selection(Profile profile, LocalDate today) {
        List<String> known = Comparisons.pathways(profile).stream().map(Pathway::id).toList();
        List<String> chosen = pathways.stream().filter(known::contains).toList();
        if (chosen.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new CompareSelection(chosen, from.get(),
                schoolYear.get() == null ? SchoolYear.startingYear(today) : schoolYear.get()));
    }

    private Runnable unwatch = () -> { };

    /**
     * Calls {@code onChange} whenever a choice changes, in place of whatever was watching before:
     * the page for another profile, dropped when that profile went, stops listening.
     */
    void watch(Runnable onChange) {
        unwatch.run();
        javafx.collections.ListChangeListener<String> list = change -> onChange.run();
        javafx.beans.InvalidationListener value = obs -> onChange.run();
        pathways.addListener(list);
        from.addListener(value);
        schoolYear.addListener(value);
        unwatch = () -> {
            pathways.removeListener(list);
            from.removeListener(value);
            schoolYear.removeListener(value);
        };
    }
}
