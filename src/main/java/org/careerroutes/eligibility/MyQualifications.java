package org.careerroutes.eligibility;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Optional;

/**
 * The qualifications one student has entered in one window, and the verdicts they give for each
 * route, kept up to date. Held by the window only: never saved, so a shared careers-room PC or
 * the next kiosk visitor does not see them.
 */
public final class MyQualifications {

    private final Profile profile;
    private final int most;
    private final ObservableList<StudentQualification> entered = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<RouteVerdict>> verdicts = new ReadOnlyObjectWrapper<>();

    public MyQualifications(Profile profile) {
        this(profile, Integer.MAX_VALUE);
    }

    /** @param most the most qualifications that may be entered (what the student's plan can hold) */
    public MyQualifications(Profile profile, int most) {
        this.profile = profile;
        this.most = most;
        verdicts.set(EligibilityChecker.checkAll(profile, List.of()));
        entered.addListener((javafx.collections.ListChangeListener<StudentQualification>) change ->
                verdicts.set(EligibilityChecker.checkAll(profile, List.copyOf(entered))));
    }

    public Profile profile() {
        return profile;
    }

    /** What the student has entered, in the order they added it. */
    public ObservableList<StudentQualification> entered() {
        return entered;
    }

    /** Every route's verdict for what is entered now, in the profile's order. */
    public ReadOnlyObjectProperty<List<RouteVerdict>> verdictsProperty() {
        return verdicts.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return entered.isEmpty();
    }

    /** The most qualifications that may be entered. */
    public int most() {
        return most;
    }

    /** Whether no more may be entered. */
    public boolean isFull() {
        return entered.size() >= most;
    }

    /** Adds a qualification; returns the one it repeats (same kind, same subject), if any. */
    public Optional<StudentQualification> add(StudentQualification qualification) {
        if (isFull()) {
            throw new IllegalStateException("already " + most + " qualifications, the most that may be entered");
        }
        Optional<StudentQualification> repeated = entered.stream().filter(qualification::sameSubjectAs).findFirst();
        entered.add(qualification);
        return repeated;
    }

    public void remove(StudentQualification qualification) {
        entered.remove(qualification);
    }

    /** Whether any route in the profile has rules to check against. */
    public boolean hasRules() {
        return profile.entryRoutes().routes().stream().anyMatch(r -> !r.rules().isEmpty());
    }
}
