package org.careerroutes.compare.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.Comparisons;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.SchoolYear;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Words;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * What Compare routes shows and decides, without a screen: the routes chosen (two to four, in the
 * map's order), where the student stands and the school year; each chosen route's column and
 * timeline from there; the student's verdicts once they have entered qualifications; and which
 * route is the one in their plan. The page binds to it and decides nothing.
 *
 * <p>Held by the window model for as long as the window lives and never saved, so a kiosk's next
 * visitor starts from the defaults. Opening another profile keeps the routes it shares with the
 * last one, where and when the student stands.
 */
public final class CompareViewModel {

    /** The fewest routes side by side: a comparison needs two. */
    public static final int FEWEST = 2;
    /** The most routes side by side: three fit the page's column, a fourth scrolls sideways. */
    public static final int MOST = 4;

    private final int thisSchoolYear;
    /** Today, from the app's clock: when a student who has finished can apply, for when their next step starts. */
    private final LocalDate today;
    private final ObservableValue<Optional<String>> myPathway;
    private final Consumer<String> makeMyPathway;
    private final Consumer<String> showOnMap;

    private Profile profile;
    private MyQualifications mine;
    private final ChangeListener<List<RouteVerdict>> verdictsChanged = (obs, old, now) -> refresh();

    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> chosenShown = FXCollections.unmodifiableObservableList(chosen);
    private final ObjectProperty<StartingPoint> from = new SimpleObjectProperty<>(this, "from", StartingPoint.YEAR_12);
    private final ObjectProperty<Integer> schoolYear = new SimpleObjectProperty<>(this, "schoolYear");
    private final ReadOnlyObjectWrapper<List<RouteComparison>> columns = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper countedFrom = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper verdictsShown = new ReadOnlyBooleanWrapper();

    /**
     * @param today         today, from the app's clock: the school year it is, and the years offered
     * @param myPathway     the pathway the student has made theirs in their plan, if any
     * @param makeMyPathway makes a pathway the one in the student's plan
     * @param showOnMap     opens the route map with a pathway chosen
     */
    public CompareViewModel(LocalDate today, ObservableValue<Optional<String>> myPathway, Consumer<String> makeMyPathway,
                            Consumer<String> showOnMap) {
        this.today = Objects.requireNonNull(today);
        this.thisSchoolYear = SchoolYear.startingYear(today);
        this.myPathway = Objects.requireNonNull(myPathway);
        this.makeMyPathway = Objects.requireNonNull(makeMyPathway);
        this.showOnMap = Objects.requireNonNull(showOnMap);
        schoolYear.set(thisSchoolYear);
        // Change listeners, not invalidation ones: they hear every change, read or not.
        from.addListener((obs, old, now) -> {
            if (now == null) {
                from.set(old);   // somewhere is always chosen
            } else {
                refresh();
            }
        });
        schoolYear.addListener((obs, old, now) -> {
            if (now == null) {
                schoolYear.set(old);   // a school year is always chosen
            } else {
                refresh();
            }
        });
    }

    /**
     * Compare routes is shown for a profile, with the student's qualifications for it. The routes
     * chosen for the last profile stay where this one has them too (two at least); otherwise the
     * first three are chosen.
     */
    public void show(Profile shown, MyQualifications qualifications) {
        if (mine != null) {
            mine.verdictsProperty().removeListener(verdictsChanged);
        }
        profile = Objects.requireNonNull(shown);
        mine = Objects.requireNonNull(qualifications);
        mine.verdictsProperty().addListener(verdictsChanged);
        List<String> offered = pathways().stream().map(Pathway::id).toList();
        List<String> kept = chosen.stream().filter(offered::contains).toList();
        chosen.setAll(kept.size() >= FEWEST ? kept : Comparisons.defaultChoice(shown));
        refresh();
    }

    /** The profile shown, or null before Compare routes is first opened. */
    public Profile profile() {
        return profile;
    }

    /** Whether the profile names enough routes to compare. */
    public boolean canCompare() {
        return pathways().size() >= FEWEST;
    }

    /** The routes that can be compared, in the map's order. */
    public List<Pathway> pathways() {
        return profile == null ? List.of() : Comparisons.pathways(profile);
    }

    /** The ids of the routes side by side, in the map's order. */
    public ObservableList<String> chosen() {
        return chosenShown;
    }

    public boolean isChosen(String pathway) {
        return chosen.contains(pathway);
    }

    /**
     * Whether the student may tick or untick a route now: not the last two chosen, and not a fifth.
     */
    public boolean canChange(String pathway) {
        return isChosen(pathway) ? chosen.size() > FEWEST : chosen.size() < MOST;
    }

    /**
     * Adds a route to the comparison or takes one out, keeping the map's order; refused (false)
     * where it would leave fewer than two or make more than four.
     */
    public boolean choose(String pathway, boolean on) {
        if (on == isChosen(pathway)) {
            return true;
        }
        if (!canChange(pathway) || pathways().stream().noneMatch(p -> p.id().equals(pathway))) {
            return false;
        }
        List<String> now = new ArrayList<>(chosen);
        if (on) {
            now.add(pathway);
        } else {
            now.remove(pathway);
        }
        chosen.setAll(pathways().stream().map(Pathway::id).filter(now::contains).toList());
        refresh();
        return true;
    }

    /** Where the student stands; "I am in Year 12" at first. */
    public ObjectProperty<StartingPoint> fromProperty() {
        return from;
    }

    /** The calendar year the school year began in: this one (from the clock) until the student changes it. */
    public ObjectProperty<Integer> schoolYearProperty() {
        return schoolYear;
    }

    /** The school years offered: last year, this one and the next four. */
    public List<Integer> schoolYears() {
        return IntStream.rangeClosed(thisSchoolYear - 1, thisSchoolYear + 4).boxed().toList();
    }

    /** "School year 2026 to 2027 (now)". */
    public String describeSchoolYear(int year) {
        return "School year " + SchoolYear.describe(year) + (year == thisSchoolYear ? " (now)" : "");
    }

    /** One column for each route chosen, from where the student stands, in the map's order. */
    public ReadOnlyObjectProperty<List<RouteComparison>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** "Times are counted from September 2026, the start of Year 12." */
    public ReadOnlyStringProperty countedFromProperty() {
        return countedFrom.getReadOnlyProperty();
    }

    /** Under the table: where the verdicts come from, or how to see them. */
    public ReadOnlyStringProperty verdictHintProperty() {
        return verdictHint.getReadOnlyProperty();
    }

    /** Whether the table has a row of verdicts: once the student has entered qualifications. */
    public ReadOnlyBooleanProperty verdictsShownProperty() {
        return verdictsShown.getReadOnlyProperty();
    }

    /** The table's row headings, the corner first. */
    public List<String> rowHeadings() {
        List<String> rows = new ArrayList<>(List.of("Route", "Total time to registration",
                "Time to the " + (profile == null ? "" : Words.lowerFirst(profile.title())) + " role",
                "Paid while training", "Qualifications gained", "Registration reached", "Entry requirements"));
        if (verdictsShown.get()) {
            rows.add("Your verdict");
        }
        return rows;
    }

    /** A column's verdict in words with its symbol, or why there is none. */
    public static String verdictWords(RouteComparison column) {
        return column.verdictText().orElse("\u2013 No entry route to check this route against");
    }

    /** Where the timeline starts when no route has a known month: the start of the school year chosen. */
    public YearMonth timelineStart() {
        return SchoolYear.start(schoolYear.get());
    }

    /** The pathway in the student's plan, if any; a column's button follows it. */
    public ObservableValue<Optional<String>> myPathwayProperty() {
        return myPathway;
    }

    public boolean isMyPathway(String pathway) {
        return myPathway.getValue() != null && myPathway.getValue().filter(pathway::equals).isPresent();
    }

    /** A column's button: "★ My plan's route", or "☆ Make this my plan". */
    public String myPlanButtonText(String pathway) {
        return isMyPathway(pathway) ? "\u2605 My plan's route" : "\u2606 Make this my plan";
    }

    /** What a screen reader says of that button. */
    public String myPlanButtonHelp(Pathway pathway) {
        return isMyPathway(pathway.id()) ? pathway.title() + " is the route in My plan"
                : "Make " + pathway.title() + " the route in My plan";
    }

    /** Makes a pathway the one in the student's plan. */
    public void makeMyPathway(String pathway) {
        makeMyPathway.accept(pathway);
    }

    /** Opens the route map with a pathway chosen. */
    public void showOnMap(String pathway) {
        showOnMap.accept(pathway);
    }

    /**
     * What the student compares, for the handout: the routes a profile shares with those chosen,
     * when there are two or more; empty before Compare routes has been opened.
     */
    public Optional<CompareSelection> selection(Profile forProfile) {
        List<String> known = Comparisons.pathways(forProfile).stream().map(Pathway::id).toList();
        List<String> shared = chosen.stream().filter(known::contains).toList();
        if (shared.size() < FEWEST) {
            return Optional.empty();
        }
        return Optional.of(new CompareSelection(shared, from.get(), schoolYear.get()));
    }

    /** Works the columns and their words out afresh for what is chosen now. */
    private void refresh() {
        if (profile == null || !canCompare()) {
            return;
        }
        List<RouteVerdict> verdicts = mine.isEmpty() ? List.of() : mine.verdictsProperty().get();
        StartingPoint start = from.get();
        int year = schoolYear.get();
        verdictsShown.set(!verdicts.isEmpty());
        countedFrom.set(Comparisons.countedFrom(start, year, today));
        verdictHint.set(verdicts.isEmpty()
                ? "Enter your qualifications in \u201cAm I on track?\u201d to see here whether you meet each route\u2019s entry requirements."
                : "Your verdicts come from the qualifications you entered in \u201cAm I on track?\u201d.");
        columns.set(chosen.stream()
                .map(id -> Comparisons.compare(profile, profile.routeMap().orElseThrow().pathway(id).orElseThrow(),
                        start, year, today, verdicts))
                .toList());
    }
}
