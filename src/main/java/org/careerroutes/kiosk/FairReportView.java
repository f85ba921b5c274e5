package org.careerroutes.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careerroutes.kiosk.insights.FairReport;
import org.careerroutes.kit.ProfileText;

/**
 * The staff's Fair report, over the kiosk's screen after the PIN: one day at a time (today
 * first), each count as a number and a bar, counts under 5 as "fewer than 5" with no bar; Save
 * as CSV, Save as PDF (into the counts' folder, saying where), Clear counts (which asks), Close.
 * It binds to its {@link FairReportModel}; the numbers come from the report, never from the counts.
 */
final class FairReportView extends Overlay {

    /** The longest bar, in pixels; a bar is a share of the day's largest count. */
    static final double BAR_WIDTH = 220;
    /** Wide enough for "fewer than 5" at the kiosk's text size, so that every section's counts line up. */
    private static final double COUNT_WIDTH = 150;

    private final FairReportModel model;
    private final Runnable onClosed;
    private final Label heading = ProfileText.text("", KioskStyles.REPORT_DAY);
    private final VBox sections = new VBox();
    private final Label nothing = ProfileText.text("Nothing has been counted on this day yet.", KioskStyles.REPORT_NOTE);
    private final Button close = new Button("Close");

    FairReportView(FairReportModel model, Runnable onClosed) {
        super("fair-report", KioskStyles.REPORT_CARD);
        this.model = model;
        this.onClosed = onClosed;
        Label title = ProfileText.text("Fair report", KioskStyles.KIOSK_CARD_TITLE);
        Label note = ProfileText.text("Counts of visits, never of visitors: totals for each day, nothing about any one visit."
                + " Counts under 5 (0 included) are shown as \u201c" + FairReport.FEWER_THAN_5 + "\u201d; a count \u201c"
                + FairReport.HELD_BACK + "\u201d is 5 or more, hidden so that one under 5 cannot be worked out from it."
                + " This kiosk keeps "
                + model.daysKept() + (model.daysKept() == 1 ? " day" : " days") + " of counts.", KioskStyles.REPORT_NOTE);
        note.setId("fair-report-note");
        Label problems = ProfileText.text("", KioskStyles.REPORT_NOTE);
        problems.setId("fair-report-problems");

        heading.setId("fair-report-day");
        Button newer = button("\u25c0 Newer", "fair-report-newer", KioskStyles.KIOSK_SECONDARY, model::newer);
        newer.setAccessibleText("Show the next newer day");
        newer.disableProperty().bind(model.hasNewerProperty().not());
        Button older = button("Older \u25b6", "fair-report-older", KioskStyles.KIOSK_SECONDARY, model::older);
        older.setAccessibleText("Show the next older day");
        older.disableProperty().bind(model.hasOlderProperty().not());
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox days = new HBox(newer, left, heading, right, older);
        days.setAlignment(Pos.CENTER);

        nothing.setId("fair-report-nothing");
        sections.setId("fair-report-sections");
        sections.getStyleClass().add(KioskStyles.REPORT_ROWS);
        ScrollPane scroll = new ScrollPane(new VBox(nothing, sections));
        scroll.setId("fair-report-scroll");
        scroll.setFitToWidth(true);
        // As tall as the screen allows: the card is held to the screen's height, and this gives way.
        scroll.setPrefViewportHeight(2000);
        scroll.getStyleClass().add(KioskStyles.PIN_PROBLEM_LIST);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label status = ProfileText.text("", KioskStyles.REPORT_NOTE);
        status.setId("fair-report-status");
        status.textProperty().bind(model.statusProperty());

        Button csv = button("Save as CSV", "fair-report-csv", KioskStyles.KIOSK_SECONDARY,
                () -> model.save(VisitCounting.Format.CSV));
        csv.setAccessibleText("Save the report as a CSV file in " + model.folder());
        Button pdf = button("Save as PDF", "fair-report-pdf", KioskStyles.KIOSK_SECONDARY,
                () -> model.save(VisitCounting.Format.PDF));
        pdf.setAccessibleText("Save the report as a PDF file in " + model.folder());
        Button clear = button("Clear counts\u2026", "fair-report-clear", KioskStyles.KIOSK_SECONDARY, model::askClear);
        close.setId("fair-report-close");
        close.getStyleClass().add(KioskStyles.KIOSK_PRIMARY);
        close.setOnAction(e -> close());
        for (Button busyWhileSaving : new Button[] {csv, pdf, clear}) {
            busyWhileSaving.disableProperty().bind(model.busyProperty());
        }
        HBox actions = new HBox(csv, pdf, clear, close);
        actions.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        actions.setAlignment(Pos.CENTER);

        Label ask = ProfileText.text("Clear every day's counts from this kiosk? Reports saved already are kept.",
                KioskStyles.REPORT_NOTE);
        ask.setId("fair-report-clear-question");
        Button confirm = button("Clear counts", "fair-report-clear-confirm", KioskStyles.KIOSK_PRIMARY, model::clear);
        Button keep = button("Keep them", "fair-report-clear-keep", KioskStyles.KIOSK_SECONDARY, model::keepCounts);
        HBox confirmButtons = new HBox(confirm, keep);
        confirmButtons.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        confirmButtons.setAlignment(Pos.CENTER);
        VBox confirming = new VBox(ask, confirmButtons);
        confirming.getStyleClass().add(KioskStyles.KIOSK_BUTTONS);
        confirming.setAlignment(Pos.CENTER);
        StackPane bottom = new StackPane(actions, confirming);
        confirming.visibleProperty().bind(model.confirmingClearProperty());
        actions.visibleProperty().bind(model.confirmingClearProperty().not());
        confirming.managedProperty().bind(confirming.visibleProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        model.confirmingClearProperty().addListener((obs, was, asking) -> (asking ? keep : clear).requestFocus());

        card.getChildren().addAll(title, note, problems, days, scroll, status, bottom);
        card.maxHeightProperty().bind(heightProperty().multiply(0.94));
        card.setFillWidth(true);

        model.dayProperty().addListener((obs, old, day) -> show(day));
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (model.confirmingClearProperty().get()) {
                    model.keepCounts();
                } else {
                    close();
                }
                e.consume();
            }
        });
    }

    /** Shows the report, today first. */
    void open() {
        model.open();
        show(model.dayProperty().get());
        reveal(close);
    }

    void close() {
        model.close();
        hide();
        onClosed.run();
    }

    /** The screen is going (the visit ended while it was open): it stops following the counts. */
    void dispose() {
        model.close();
    }

    private static Button button(String text, String id, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void show(FairReport.Day day) {
        heading.setText(day.heading());
        nothing.setVisible(!day.counted());
        nothing.setManaged(!day.counted());
        sections.getChildren().clear();
        if (!day.counted()) {
            return;
        }
        for (FairReport.Section section : day.sections()) {
            Label title = ProfileText.text(section.title(), KioskStyles.REPORT_SECTION);
            GridPane rows = new GridPane();
            rows.setId("fair-report-" + section.id());
            rows.getStyleClass().add(KioskStyles.REPORT_ROWS);
            ColumnConstraints label = new ColumnConstraints();
            label.setHgrow(Priority.ALWAYS);
            ColumnConstraints count = new ColumnConstraints(COUNT_WIDTH);
            count.setHalignment(javafx.geometry.HPos.RIGHT);
            rows.getColumnConstraints().addAll(label, count, new ColumnConstraints(BAR_WIDTH));
            int r = 0;
            for (FairReport.Row row : section.rows()) {
                rows.addRow(r++, ProfileText.text(row.label(), KioskStyles.REPORT_LABEL), count(row), bar(row));
            }
            sections.getChildren().addAll(title, rows);
        }
    }

    private static Node count(FairReport.Row row) {
        Label count = new Label(row.shown());
        count.setId("count-" + row.id());
        count.getStyleClass().add(KioskStyles.REPORT_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        return count;
    }

    /** A bar as long as the row's share of the day; none for a count held back, so its length gives nothing away. */
    private static Node bar(FairReport.Row row) {
        Region bar = new Region();
        bar.setId("bar-" + row.id());
        bar.getStyleClass().add(row.heldBack() ? KioskStyles.REPORT_BAR_HELD_BACK : KioskStyles.REPORT_BAR);
        double width = row.heldBack() ? 0 : Math.max(2, row.share() * BAR_WIDTH);
        bar.setMinWidth(width);
        bar.setPrefWidth(width);
        bar.setMaxWidth(width);
        bar.setAccessibleText(row.label() + ": " + row.shown());
        return bar;
    }
}
