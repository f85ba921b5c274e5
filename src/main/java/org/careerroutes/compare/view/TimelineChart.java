package org.careerroutes.compare.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.careerroutes.compare.PathwayTimeline;
import org.careerroutes.compare.TimelineStep;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chosen pathways as horizontal bars on one scale of calendar months, each step a box
 * labelled with its title and years, a registration or the job a point marked ▲ with its year, and
 * the steps behind the student listed as "✓ done" above the bar. A step of unknown length is an
 * open box that says "length varies"; what comes after it is listed below the bar, its years
 * varying. Sizes are in em, so the chart grows with the text and scrolls sideways in its pane.
 */
final class TimelineChart extends Region {

    /** The width of one year, in em. */
    static final double YEAR_EM = 6.5;
    /** The narrowest a step's box may be, in em, so its words fit. */
    private static final double LEAST_BOX_EM = 7;

    private record Box(Label label, YearMonth start, Optional<YearMonth> end) {
    }

    private record Moment(Label label, YearMonth at) {
    }

    private record Row(Label title, Optional<Label> done, List<Box> boxes, List<Moment> moments, Optional<Label> after) {
    }

    private record Tick(Label label, Region line, YearMonth at) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final YearMonth first;
    private final YearMonth last;

    /**
     * @param timelines the routes, one row each
     * @param start     where the scale starts when no route has a step of known date: the
     *                  start of the school year chosen (never the computer's clock)
     */
    TimelineChart(List<PathwayTimeline> timelines, YearMonth start) {
        getStyleClass().add(CompareStyles.CHART);
        setId("timeline-chart");
        YearMonth from = null;
        YearMonth to = null;
        for (PathwayTimeline timeline : timelines) {
            Optional<YearMonth> a = timeline.firstMonth();
            Optional<YearMonth> b = timeline.lastMonth();
            if (a.isPresent() && (from == null || a.get().isBefore(from))) {
                from = a.get();
            }
            if (b.isPresent() && (to == null || b.get().isAfter(to))) {
                to = b.get();
            }
            // An open box (length varies) is drawn a year long at least.
            Optional<YearMonth> open = timeline.firstUnknown().flatMap(TimelineStep::start).map(s -> s.plusYears(1));
            if (open.isPresent() && (to == null || open.get().isAfter(to))) {
                to = open.get();
            }
        }
        first = from == null ? start : from;
        last = to == null || !to.isAfter(first) ? first.plusYears(1) : to;
        for (YearMonth tick = september(first); !tick.isAfter(last); tick = tick.plusYears(1)) {
            Label label = new Label("Sep " + tick.getYear());
            label.getStyleClass().add(CompareStyles.AXIS);
            Region line = new Region();
            line.getStyleClass().add(CompareStyles.TICK);
            line.setManaged(false);
            ticks.add(new Tick(label, line, tick));
            getChildren().addAll(line, label);
        }
        for (PathwayTimeline timeline : timelines) {
            rows.add(row(timeline));
        }
    }

    private static YearMonth september(YearMonth month) {
        YearMonth september = YearMonth.of(month.getYear(), 9);
        return september.isAfter(month) ? september.minusYears(1) : september;
    }

    private Row row(PathwayTimeline timeline) {
        String registration = timeline.registration().map(r -> r.status() == TimelineStep.Status.DONE
                || r.status() == TimelineStep.Status.NOT_FOR_YOU ? ""
                : timeline.registrationYear().map(y -> " \u2014 registration in " + y).orElse(" \u2014 registration: year varies"))
                .orElse("");
        Label title = add(new Label(timeline.pathway().title() + registration), CompareStyles.ROW_TITLE);
        title.setWrapText(true);
        List<String> doneTitles = timeline.steps().stream().filter(s -> s.status() == TimelineStep.Status.DONE)
                .map(TimelineStep::title).toList();
        Optional<Label> done = doneTitles.isEmpty() ? Optional.empty()
                : Optional.of(add(new Label("\u2713 done: " + String.join("; ", doneTitles)), CompareStyles.DONE));
        done.ifPresent(l -> l.setWrapText(true));
        List<Box> boxes = new ArrayList<>();
        Map<YearMonth, List<TimelineStep>> momentsAt = new LinkedHashMap<>();
        List<String> after = new ArrayList<>();
        for (TimelineStep step : timeline.steps()) {
            if (step.status() == TimelineStep.Status.DONE) {
                continue;
            }
            if (step.start().isEmpty()) {
                after.add(step.title());
            } else if (step.moment()) {
                momentsAt.computeIfAbsent(step.start().get(), k -> new ArrayList<>()).add(step);
            } else {
                String text = step.title() + "\n" + step.years() + (step.status() == TimelineStep.Status.NOW ? "\nyou are here" : "");
                Label box = add(new Label(text), CompareStyles.STEP);
                box.setWrapText(true);
                box.pseudoClassStateChanged(CompareStyles.NOW, step.status() == TimelineStep.Status.NOW);
                box.pseudoClassStateChanged(CompareStyles.VARIES, step.end().isEmpty());
                box.setId("timeline-step-" + timeline.pathway().id() + "-" + step.stepId());
                boxes.add(new Box(box, step.start().get(), step.end()));
            }
        }
        List<Moment> moments = new ArrayList<>();
        momentsAt.forEach((at, steps) -> {
            String year = steps.get(0).years();
            // Ends at its point, under the end of the step before it: the mark points up at it.
            Label label = add(new Label(year + ": " + String.join("; ", steps.stream().map(TimelineStep::title).toList())
                    + " \u25b2"), CompareStyles.MOMENT);
            label.setMinWidth(Region.USE_PREF_SIZE);
            moments.add(new Moment(label, at));
        });
        // A route not meant for the student has no bars: the line says why, as "Am I on track?" does.
        Optional<Label> afterLabel = timeline.notForYou().isPresent()
                ? Optional.of(add(new Label(timeline.lines().get(timeline.lines().size() - 1)), CompareStyles.NOT_FOR_YOU))
                : after.isEmpty() ? Optional.empty()
                : Optional.of(add(new Label("Then, in years that vary: " + String.join("; ", after)), CompareStyles.AFTER));
        afterLabel.ifPresent(l -> l.setWrapText(true));
        timeline.notForYou().ifPresent(why -> afterLabel.orElseThrow().setId("timeline-not-for-you-" + timeline.pathway().id()));
        return new Row(title, done, boxes, moments, afterLabel);
    }

    private Label add(Label label, String style) {
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(label);
        return label;
    }

    /** The text size now, from a label styled by the page. */
    private double em() {
        return rows.isEmpty() ? 15 : rows.get(0).title().getFont().getSize();
    }

    private double x(YearMonth month, double em) {
        return first.until(month, ChronoUnit.MONTHS) * YEAR_EM * em / 12;
    }

    /** The size last worked out, and the text size it was for: the labels' sizes depend on nothing else. */
    private double[] measured;
    private double measuredAt;

    private double[] measure() {
        double em = em();
        if (measured == null || measuredAt != em) {
            measured = arrange(false);
            measuredAt = em;
        }
        return measured;
    }

    @Override
    protected double computePrefWidth(double height) {
        return measure()[0] + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return measure()[1] + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        arrange(true);
    }

    /** Places everything (when {@code apply}) and returns the width and height it takes. */
    private double[] arrange(boolean apply) {
        double em = em();
        Insets in = getInsets();
        double left = in.getLeft();
        double scaleRight = x(last, em);
        double width = Math.max(scaleRight, 24 * em);
        double y = in.getTop();
        double axisHeight = 0;
        for (Tick tick : ticks) {
            double w = tick.label().prefWidth(-1);
            double h = tick.label().prefHeight(w);
            axisHeight = Math.max(axisHeight, h);
            width = Math.max(width, x(tick.at(), em) + w);
            place(apply, tick.label(), left + x(tick.at(), em), y, w, h);
        }
        y += axisHeight + 0.3 * em;
        double rowsTop = y;
        for (Row row : rows) {
            y = stack(apply, row.title(), left, y, width) + 0.2 * em;
            if (row.done().isPresent()) {
                y = stack(apply, row.done().get(), left, y, width) + 0.2 * em;
            }
            double boxHeight = 0;
            List<double[]> spans = new ArrayList<>();
            for (Box box : row.boxes()) {
                double x0 = x(box.start(), em);
                double x1 = box.end().map(e -> x(e, em)).orElse(Math.max(scaleRight, x0 + LEAST_BOX_EM * em));
                x1 = Math.max(x1, x0 + LEAST_BOX_EM * em);
                width = Math.max(width, x1);
                spans.add(new double[] {x0, x1});
                boxHeight = Math.max(boxHeight, box.label().prefHeight(x1 - x0));
            }
            for (int i = 0; i < row.boxes().size(); i++) {
                double[] span = spans.get(i);
                place(apply, row.boxes().get(i).label(), left + span[0], y, span[1] - span[0], boxHeight);
            }
            y += boxHeight + 0.2 * em;
            double momentHeight = 0;
            for (Moment moment : row.moments()) {
                Label label = moment.label();
                double w = label.prefWidth(-1);
                double h = label.prefHeight(w);
                double x = Math.max(0, x(moment.at(), em) - w);
                width = Math.max(width, x + w);
                momentHeight = Math.max(momentHeight, h);
                place(apply, label, left + x, y, w, h);
            }
            y += momentHeight;
            if (row.after().isPresent()) {
                y = stack(apply, row.after().get(), left, y + 0.2 * em, width);
            }
            y += 1.2 * em;
        }
        for (Tick tick : ticks) {
            place(apply, tick.line(), left + x(tick.at(), em), rowsTop, 1, Math.max(0, y - rowsTop - 0.6 * em));
        }
        return new double[] {width, y - in.getTop()};
    }

    private static double stack(boolean apply, Label label, double x, double y, double width) {
        double h = label.prefHeight(width);
        place(apply, label, x, y, width, h);
        return y + h;
    }

    private static void place(boolean apply, Node node, double x, double y, double w, double h) {
        if (apply) {
            node.resizeRelocate(x, y, w, h);
        }
    }
}
