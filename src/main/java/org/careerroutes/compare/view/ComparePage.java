package org.careerroutes.compare.view;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careerroutes.compare.PathwayTimeline;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.SideScroller;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.Pathway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Compare routes tab, drawn and bound to its {@link CompareViewModel}: the routes to tick
 * (two to four), where the student stands and the school year; the routes side by side
 * ({@link CompareTable}); the same routes as bars on one timeline ({@link TimelineChart}); and the
 * timeline in words. It decides nothing: what is chosen, what may be, and every column come from
 * the view model.
 */
public final class ComparePage {

    private final CompareViewModel model;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final CompareTable table;
    private final SideScroller timeline = new SideScroller();
    private final VBox timelineWords = new VBox();
    // Held here and given to the view model weakly: the model outlives a page (another profile's
    // page replaces it), and a page that has gone must not be kept, nor kept up to date.
    private final ListChangeListener<String> choicesChanged = change -> showChoices();
    private final ChangeListener<List<RouteComparison>> columnsChanged = (obs, old, now) -> showColumns(now);

    private ComparePage(CompareViewModel model) {
        this.model = model;
        this.table = new CompareTable(model);
    }

    /** The tab's page for the profile the view model shows. */
    public static TextPage create(CompareViewModel model) {
        return new ComparePage(Objects.requireNonNull(model)).build();
    }

    private TextPage build() {
        Label title = ProfileText.heading("Compare routes", Styles.HEADING_1);
        VBox content;
        if (!model.canCompare()) {
            content = new VBox(title, ProfileText.text("This profile names fewer than two routes, so there is nothing to compare.",
                    Styles.BODY_TEXT));
        } else {
            Label lead = ProfileText.text("The routes into the job side by side: how long each takes from where you are now, "
                    + "whether you are paid while you train, and what you end up with. Apprenticeships and degrees are shown alike.",
                    Styles.LEAD);
            Label countedFrom = ProfileText.text("", Styles.MUTED);
            countedFrom.setId("compare-counted-from");
            countedFrom.textProperty().bind(model.countedFromProperty());
            Label verdictHint = ProfileText.text("", Styles.MUTED);
            verdictHint.setId("compare-verdict-hint");
            verdictHint.textProperty().bind(model.verdictHintProperty());
            timeline.setId("timeline-scroll");
            timeline.getStyleClass().add(CompareStyles.TIMELINE_SCROLL);
            timeline.setAccessibleText("Timeline: scroll sideways with the arrow keys");
            timeline.setFocusTraversable(true);   // a Tab stop, so the arrow keys scroll it
            timelineWords.setId("timeline-text");
            timelineWords.getStyleClass().add(CompareStyles.WORDS);
            content = new VBox(title, lead, pathwayChooser(), whereChooser(),
                    ProfileText.heading("Side by side", Styles.HEADING_2), countedFrom, table.node(), verdictHint,
                    ProfileText.heading("Timeline", Styles.HEADING_2),
                    ProfileText.text("Each route from where you are now, on one scale of years. "
                            + "Steps behind you are marked \u201c\u2713 done\u201d; where a length is not known, the years vary.",
                            Styles.BODY_TEXT),
                    timeline,
                    ProfileText.heading("The timeline in words", Styles.HEADING_3), timelineWords);
            model.chosen().addListener(new WeakListChangeListener<>(choicesChanged));
            model.columnsProperty().addListener(new WeakChangeListener<>(columnsChanged));
            showChoices();
            showColumns(model.columnsProperty().get());
        }
        content.getStyleClass().add(CompareStyles.CONTENT);
        ScrollPane scroll = ProfileText.page("page-compare", content);
        // The same column as every other page: three routes fit it side by side, a fourth scrolls sideways.
        scroll.getStylesheets().add(Objects.requireNonNull(ComparePage.class.getResource("compare.css")).toExternalForm());
        return new TextPage(scroll);
    }

    private Node pathwayChooser() {
        Label prompt = ProfileText.text("Routes to compare (choose two to four):", Styles.BODY_TEXT);
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add(CompareStyles.CHOICE_ROW);
        pane.setId("compare-pathways");
        for (Pathway pathway : model.pathways()) {
            CheckBox box = new CheckBox(pathway.title());
            box.setId("compare-choose-" + pathway.id());
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.selectedProperty().addListener((obs, old, on) -> {
                model.choose(pathway.id(), on);
                showChoices();   // a change refused is put back
            });
            boxes.put(pathway.id(), box);
            pane.getChildren().add(box);
        }
        VBox box = new VBox(prompt, pane);
        box.getStyleClass().add(CompareStyles.CHOOSERS);
        return box;
    }

    private Node whereChooser() {
        ComboBox<StartingPoint> from = new ComboBox<>();
        from.setId("compare-from");
        from.getItems().setAll(StartingPoint.values());
        from.setConverter(converter(StartingPoint::label));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setMinWidth(Region.USE_PREF_SIZE);
        Label fromLabel = new Label("Where I am now:");
        fromLabel.setLabelFor(from);
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Integer> year = new ComboBox<>();
        year.setId("compare-year");
        year.getItems().setAll(model.schoolYears());
        year.setConverter(converter(model::describeSchoolYear));
        year.valueProperty().bindBidirectional(model.schoolYearProperty());
        year.setMinWidth(Region.USE_PREF_SIZE);
        Label yearLabel = new Label("The year:");
        yearLabel.setLabelFor(year);
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);

        HBox where = new HBox(8, fromLabel, from);
        HBox when = new HBox(8, yearLabel, year);
        where.setAlignment(Pos.CENTER_LEFT);
        when.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(where, when);
        row.getStyleClass().add(CompareStyles.CHOICE_ROW);
        return row;
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, not typed");
            }
        };
    }

    /** Ticks the routes chosen; the last two cannot be unticked, and a fifth cannot be ticked. */
    private void showChoices() {
        boxes.forEach((id, box) -> {
            if (box.isSelected() != model.isChosen(id)) {
                box.setSelected(model.isChosen(id));
            }
            box.setDisable(!model.canChange(id));
        });
    }

    private void showColumns(List<RouteComparison> columns) {
        table.show(columns);
        List<PathwayTimeline> timelines = columns.stream().map(RouteComparison::timeline).toList();
        timeline.setContent(new TimelineChart(timelines, model.timelineStart()));
        timelineWords.getChildren().clear();
        for (PathwayTimeline each : timelines) {
            VBox one = new VBox(ProfileText.text(each.pathway().title(), Styles.BODY_TEXT, CompareStyles.WORDS_TITLE));
            one.setId("timeline-text-" + each.pathway().id());
            each.lines().forEach(line -> one.getChildren().add(ProfileText.text("\u2022 " + line, Styles.BODY_TEXT)));
            timelineWords.getChildren().add(one);
        }
    }
}
