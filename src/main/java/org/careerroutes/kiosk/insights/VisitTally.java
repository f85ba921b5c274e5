package org.careerroutes.kiosk.insights;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one visit has done so far, in memory only, for as long as the visit lasts: which of the
 * counted things happened, each once, kept sorted by name so that not even the order they
 * happened in is held. Nothing the visitor typed or chose as text, no grades, no times. When the
 * visit ends it becomes a handful of names added to the day's totals ({@link #measures}), and the
 * tally is dropped with the visit.
 */
public final class VisitTally {

    private final SortedSet<String> done = new TreeSet<>();
    /** The tab the visit opened on: every visit sees it, so opening it is not something the visitor did. */
    private String firstTab = "";

    /** The visit opened on this tab (by its key, "overview") before the visitor did anything. */
    public void startedOn(String key) {
        firstTab = Measure.tab(Objects.requireNonNull(key));
        done.add(firstTab);
    }

    /** The visitor opened a tab (by its key, "route-map"). */
    public void openedTab(String key) {
        done.add(Measure.tab(key));
    }

    /** The visitor chose a pathway on the route map. */
    public void choseOnMap(String pathwayId) {
        done.add(Measure.mapPathway(pathwayId));
    }

    /** The visitor made a pathway "my pathway". */
    public void madeMyPathway(String pathwayId) {
        done.add(Measure.myPathway(pathwayId));
    }

    /** The visitor changed what Compare routes compares. */
    public void changedComparison() {
        done.add(Measure.COMPARE_CHANGED);
    }

    /** The visitor entered a qualification in "Am I on track?" (which one is never known here). */
    public void usedOnTrack() {
        done.add(Measure.ON_TRACK);
    }

    /** The visitor showed their plan as a QR code. */
    public void showedCode() {
        done.add(Measure.CODE_SHOWN);
    }

    /** The visitor sent their plan to the printer. */
    public void printed() {
        done.add(Measure.PRINTED);
    }

    /** Whether the visit did anything counted beyond seeing its first page. */
    public boolean didSomething() {
        return done.stream().anyMatch(name -> !name.equals(firstTab));
    }

    /** What the ended visit adds to its day: itself, its length's band, and each thing it did once. */
    public Set<String> measures(Duration length) {
        SortedSet<String> all = new TreeSet<>(done);
        all.add(Measure.VISITS);
        all.add(Measure.length(LengthBand.of(length)));
        if (didSomething()) {
            all.add(Measure.WITH_ACTION);
        }
        return Collections.unmodifiableSortedSet(all);
    }
}
