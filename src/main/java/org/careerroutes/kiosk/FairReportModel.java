package org.careerroutes.kiosk;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kiosk.insights.VisitCounts;

import java.util.Objects;

/**
 * What the staff's Fair report shows and does: the report of the counts as they are (kept up to
 * date while it is open), the day on show (today first; older and newer), the saving of a CSV or
 * a PDF and what became of it, and clearing the counts, which asks first.
 */
final class FairReportModel {

    private final VisitCounting counting;
    private final ReadOnlyObjectWrapper<FairReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper dayShown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmingClear = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectBinding<FairReport.Day> day;
    private final BooleanBinding hasNewer;
    private final BooleanBinding hasOlder;
    private final ChangeListener<VisitCounts> countsChanged = (obs, old, now) -> refresh();

    FairReportModel(VisitCounting counting) {
        this.counting = Objects.requireNonNull(counting);
        report.set(counting.report());
        day = Bindings.createObjectBinding(() -> report.get().days().get(
                Math.min(dayShown.get(), report.get().days().size() - 1)), report, dayShown);
        hasNewer = dayShown.greaterThan(0);
        hasOlder = Bindings.createBooleanBinding(() -> dayShown.get() < report.get().days().size() - 1, report, dayShown);
    }

    /** Starts following the counts (a visit that ends meanwhile shows at once); {@link #close()} stops. */
    void open() {
        counting.countsProperty().addListener(countsChanged);
        dayShown.set(0);
        status.set("");
        confirmingClear.set(false);
        refresh();
    }

    void close() {
        counting.countsProperty().removeListener(countsChanged);
    }

    private void refresh() {
        FairReport.Day before = day == null ? null : day.get();
        report.set(counting.report());
        if (before != null) {
            // Stay on the day shown, wherever it now is in the list.
            int index = 0;
            for (int i = 0; i < report.get().days().size(); i++) {
                if (report.get().days().get(i).date().equals(before.date())) {
                    index = i;
                }
            }
            dayShown.set(index);
        }
    }

    ReadOnlyObjectProperty<FairReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    ObjectBinding<FairReport.Day> dayProperty() {
        return day;
    }

    BooleanBinding hasNewerProperty() {
        return hasNewer;
    }

    BooleanBinding hasOlderProperty() {
        return hasOlder;
    }

    /** What happened to the last save or clear; "" before any. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Clear counts was pressed: the view asks whether to, with the choice to keep them. */
    ReadOnlyBooleanProperty confirmingClearProperty() {
        return confirmingClear.getReadOnlyProperty();
    }

    /** A save or clear is running (away from the JavaFX thread). */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The counts file was damaged, or counts cannot be saved; "" for nothing. */
    javafx.beans.binding.StringBinding problemsProperty() {
        return counting.problemsProperty();
    }

    int daysKept() {
        return counting.setting().daysKept();
    }

    String folder() {
        return counting.folder().toString();
    }

    void newer() {
        if (hasNewer.get()) {
            dayShown.set(dayShown.get() - 1);
        }
    }

    void older() {
        if (hasOlder.get()) {
            dayShown.set(dayShown.get() + 1);
        }
    }

    void save(VisitCounting.Format format) {
        busy.set(true);
        status.set("Saving\u2026");
        counting.saveReport(report.get(), format, this::said);
    }

    void askClear() {
        status.set("");
        confirmingClear.set(true);
    }

    void keepCounts() {
        confirmingClear.set(false);
    }

    void clear() {
        confirmingClear.set(false);
        busy.set(true);
        counting.clear(this::said);
        refresh();
        dayShown.set(0);
    }

    private void said(String text) {
        busy.set(false);
        status.set(text);
    }
}
