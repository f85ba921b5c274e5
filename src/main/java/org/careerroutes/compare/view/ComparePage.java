package org.careerroutes.compare.view;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.careerroutes.compare.Comparisons;
import org.careerroutes.compare.PathwayTimeline;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.SchoolYear;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.eligibility.MyQualifications;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.kit.Nodes;
import org.careerroutes.kit.Page;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Note;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Words;
import org.careerroutes.plan.MyPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;


/**
 * The Compare routes tab: the student chooses two to four pathways, where they stand and the
 * school year; the pathways stand side by side in columns (scrolling sideways rather than
 * squeezing), then as bars on one timeline, then as the same timeline in words. It binds what
 * the student chooses to {@link CompareChoices} and shows what {@link Comparisons} works out.
 */
public final class ComparePage implements Page {

    static final int FEWEST = 2;
    static final int MOST = 4;

    private final Profile profile;
    private final CompareChoices choices;
    private final MyQualifications mine;
    private final Consumer<String> showOnMap;
    /** The student's plan, whose pathway a column can become. */
    private final ObjectProperty<MyPlan> plan;
    private final int thisSchoolYear;
    /** Today, from the app's clock: when a student who has finished can apply, for when their next step starts. */
    private final LocalDate today;
    private final ScrollPane scroll;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final ScrollPane tableScroll = new ScrollPane();
    private final VBox rowHeadings = new VBox();
    private final ScrollPane timelineScroll = new ScrollPane();
    private final VBox timelineText = new VBox();
    private final Label countedFrom = ProfileText.text("", Styles.MUTED);
    private final Label verdictHint = ProfileText.text("", Styles.MUTED);

    /**
     * @param choices   the window's choices, kept while the window lives
     * @param mine      the student's qualifications, for a verdict on each route
     * @param today     today, from the app's clock, for the school year
     * @param showOnMap opens the route map with a pathway chosen
     * @param plan      the student's plan: "Make this my plan" sets its pathway
     */
    public static ComparePage create(Profile profile, CompareChoices choices, MyQualifications mine, LocalDate today,
                                     Consumer<String> showOnMap, ObjectProperty<MyPlan> plan) {
        return new ComparePage(profile, choices, mine, today, showOnMap, plan);
    }

    private ComparePage(Profile profile, CompareChoices choices, MyQualifications mine, LocalDate today,
                        Consumer<String> showOnMap, ObjectProperty<MyPlan> plan) {
        this.profile = profile;
        this.plan = Objects.requireNonNull(plan);
        this.choices = choices;
        this.mine = mine;
        this.showOnMap = Objects.requireNonNull(showOnMap);
        this.today = today;
        this.thisSchoolYear = SchoolYear.startingYear(today);
        List<Pathway> pathways = Comparisons.pathways(profile);
        if (choices.schoolYearProperty().get() == null) {
            choices.schoolYearProperty().set(thisSchoolYear);
        }
        // Keep what was chosen for another profile where this one has the same pathways.
        List<String> kept = choices.pathways().stream().filter(id -> pathways.stream().anyMatch(p -> p.id().equals(id))).toList();
        choices.pathways().setAll(kept.size() >= FEWEST ? kept : Comparisons.defaultChoice(profile));

        Label title = ProfileText.heading("Compare routes", Styles.HEADING_1);
        Label lead = ProfileText.text("The routes into the job side by side: how long each takes from where you are now, "
                + "whether you are paid while you train, and what you end up with. Apprenticeships and degrees are shown alike.",
                Styles.LEAD);
        VBox content;
        if (pathways.size() < FEWEST) {
            content = new VBox(title, ProfileText.text("This profile names fewer than two routes, so there is nothing to compare.",
                    Styles.BODY_TEXT));
        } else {
            tableScroll.setId("compare-table-scroll");
            tableScroll.getStyleClass().add("compare-table-scroll");
            tableScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            tableScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            tableScroll.setFocusTraversable(false);
            tallEnoughForItsBar(tableScroll);
            timelineScroll.setId("timeline-scroll");
            timelineScroll.getStyleClass().add("timeline-scroll");
            timelineScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            timelineScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            tallEnoughForItsBar(timelineScroll);
            timelineScroll.setAccessibleText("Timeline: scroll sideways with the arrow keys");
            timelineScroll.setFocusTraversable(true);   // a Tab stop, so the arrow keys scroll it
            timelineText.setId("timeline-text");
            timelineText.getStyleClass().add("timeline-text");
            countedFrom.setId("compare-counted-from");
            verdictHint.setId("compare-verdict-hint");
            content = new VBox(title, lead, pathwayChooser(pathways), whereChooser(),
                    ProfileText.heading("Side by side", Styles.HEADING_2), countedFrom, tableRow(), verdictHint,
                    ProfileText.heading("Timeline", Styles.HEADING_2),
                    ProfileText.text("Each route from where you are now, on one scale of years. "
                            + "Steps behind you are marked \u201c\u2713 done\u201d; where a length is not known, the years vary.",
                            Styles.BODY_TEXT),
                    timelineScroll,
                    ProfileText.heading("The timeline in words", Styles.HEADING_3), timelineText);
        }
        content.getStyleClass().add("compare-content");
        scroll = ProfileText.page("page-compare", content);
        // The same column as every other page: three routes fit it side by side, a fourth scrolls sideways.
        scroll.getStylesheets().add(Objects.requireNonNull(ComparePage.class.getResource("compare.css")).toExternalForm());
        if (pathways.size() >= FEWEST) {
            choices.watch(this::refresh);
            mine.verdictsProperty().addListener((obs, old, now) -> refresh());
            keepFocusInViewSideways();
            refresh();
        }
    }

    /** The row headings, then the columns, which scroll sideways beside them. */
    private Node tableRow() {
        rowHeadings.setId("compare-row-headings");
        rowHeadings.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(rowHeadings, tableScroll);
        HBox.setHgrow(tableScroll, javafx.scene.layout.Priority.ALWAYS);
        tableScroll.setMinWidth(0);
        return row;
    }

    /**
     * A pane that scrolls only sideways is as tall as what it holds plus room for its scroll bar,
     * so the bar, when it shows, never hides the last line.
     */
    private static void tallEnoughForItsBar(ScrollPane pane) {
        Runnable fit = () -> {
            Node content = pane.getContent();
            if (content == null) {
                return;
            }
            double bar = pane.lookupAll(".scroll-bar").stream().filter(javafx.scene.control.ScrollBar.class::isInstance)
                    .map(javafx.scene.control.ScrollBar.class::cast)
                    .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                    .mapToDouble(b -> b.prefHeight(-1)).findFirst().orElse(16);
            double height = content.prefHeight(-1) + bar + pane.snappedTopInset() + pane.snappedBottomInset() + 2;
            pane.setMinHeight(height);
            pane.setPrefHeight(height);
        };
        javafx.beans.value.ChangeListener<Object> refit = (obs, old, now) -> fit.run();
        pane.contentProperty().addListener((obs, old, content) -> {
            if (old != null) {
                old.layoutBoundsProperty().removeListener(refit);
            }
            if (content != null) {
                content.layoutBoundsProperty().addListener(refit);
            }
            fit.run();
        });
        pane.skinProperty().addListener(refit);
    }

    private Node pathwayChooser(List<Pathway> pathways) {
        Label prompt = ProfileText.text("Routes to compare (choose two to four):", Styles.BODY_TEXT);
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("compare-pathway-boxes");
        pane.setId("compare-pathways");
        for (Pathway pathway : pathways) {
            CheckBox box = new CheckBox(pathway.title());
            box.setId("compare-choose-" + pathway.id());
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.setSelected(choices.pathways().contains(pathway.id()));
            box.selectedProperty().addListener((obs, old, on) -> choose(pathways, pathway.id(), on));
            boxes.put(pathway.id(), box);
            pane.getChildren().add(box);
        }
        VBox box = new VBox(prompt, pane);
        box.getStyleClass().add("compare-choosers");
        return box;
    }

    /** Adds or removes a pathway, keeping the map's order and between two and four chosen. */
    private void choose(List<Pathway> pathways, String id, boolean on) {
        List<String> now = new ArrayList<>(choices.pathways());
        if (on && !now.contains(id)) {
            now.add(id);
        } else if (!on) {
            now.remove(id);
        }
        List<String> ordered = pathways.stream().map(Pathway::id).filter(now::contains).toList();
        if (!ordered.equals(choices.pathways())) {
            choices.pathways().setAll(ordered);
        }
    }

    private Node whereChooser() {
        ComboBox<StartingPoint> from = new ComboBox<>();
        from.setId("compare-from");
        from.getItems().setAll(StartingPoint.values());
        from.setConverter(converter(StartingPoint::label));
        from.valueProperty().bindBidirectional(choices.fromProperty());
        from.setMinWidth(Region.USE_PREF_SIZE);
        Label fromLabel = new Label("Where I am now:");
        fromLabel.setLabelFor(from);
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Integer> year = new ComboBox<>();
        year.setId("compare-year");
        IntStream.rangeClosed(thisSchoolYear - 1, thisSchoolYear + 4).forEach(year.getItems()::add);
        year.setConverter(converter(y -> "School year " + SchoolYear.describe(y) + (y == thisSchoolYear ? " (now)" : "")));
        year.valueProperty().bindBidirectional(choices.schoolYearProperty());
        year.setMinWidth(Region.USE_PREF_SIZE);
        Label yearLabel = new Label("The year:");
        yearLabel.setLabelFor(year);
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);

        FlowPane row = new FlowPane(new HBox(8, fromLabel, from), new HBox(8, yearLabel, year));
        row.getStyleClass().add("compare-pathway-boxes");
        ((HBox) row.getChildren().get(0)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ((HBox) row.getChildren().get(1)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
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

    /** Builds the table, the timeline and its words afresh for what is chosen now. */
    private void refresh() {
        int count = choices.pathways().size();
        // Two to four: the last two cannot be unticked, and a fifth cannot be ticked.
        boxes.forEach((id, box) -> {
            boolean chosen = choices.pathways().contains(id);
            if (box.isSelected() != chosen) {
                box.setSelected(chosen);
            }
            box.setDisable(chosen ? count <= FEWEST : count >= MOST);
        });
        StartingPoint from = choices.fromProperty().get();
        int year = choices.schoolYearProperty().get();
        List<RouteVerdict> verdicts = mine.isEmpty() ? List.of() : mine.verdictsProperty().get();
        List<RouteComparison> columns = choices.pathways().stream()
                .map(id -> Comparisons.compare(profile, profile.routeMap().orElseThrow().pathway(id).orElseThrow(),
                        from, year, today, verdicts))
                .toList();
        countedFrom.setText(Comparisons.countedFrom(from, year, today));
        tableScroll.setContent(table(columns, !verdicts.isEmpty()));
        verdictHint.setText(verdicts.isEmpty()
                ? "Enter your qualifications in \u201cAm I on track?\u201d to see here whether you meet each route\u2019s entry requirements."
                : "Your verdicts come from the qualifications you entered in \u201cAm I on track?\u201d.");
        List<PathwayTimeline> timelines = columns.stream().map(RouteComparison::timeline).toList();
        timelineScroll.setContent(new TimelineChart(timelines));
        timelineText.getChildren().clear();
        for (PathwayTimeline timeline : timelines) {
            VBox one = new VBox(ProfileText.text(timeline.pathway().title(), Styles.BODY_TEXT, "timeline-text-title"));
            one.setId("timeline-text-" + timeline.pathway().id());
            timeline.lines().forEach(line -> one.getChildren().add(ProfileText.text("\u2022 " + line, Styles.BODY_TEXT)));
            timelineText.getChildren().add(one);
        }
    }

    private boolean isMyPathway(String id) {
        return plan.get() != null && plan.get().pathway().filter(id::equals).isPresent();
    }

    private GridPane table(List<RouteComparison> columns, boolean withVerdicts) {
        GridPane grid = new GridPane();
        grid.setId("compare-table");
        grid.getStyleClass().add("compare-table");
        List<String> rows = new ArrayList<>(List.of("Total time to registration",
                "Time to the " + Words.lowerFirst(profile.title()) + " role", "Paid while training",
                "Qualifications gained", "Registration reached", "Entry requirements"));
        if (withVerdicts) {
            rows.add("Your verdict");
        }
        rows.add(0, "Route");
        for (int c = 0; c < columns.size(); c++) {
            RouteComparison column = columns.get(c);
            String id = column.pathway().id();
            Button show = new Button("Show on the route map");
            show.setId("compare-show-" + id);
            show.setWrapText(true);
            show.setMinHeight(Region.USE_PREF_SIZE);
            show.setOnAction(e -> showOnMap.accept(id));
            Button mine = new Button();
            mine.setId("compare-my-plan-" + id);
            mine.setWrapText(true);
            mine.setMinHeight(Region.USE_PREF_SIZE);
            mine.textProperty().bind(Bindings.createStringBinding(() -> isMyPathway(id)
                    ? "\u2605 My plan's route" : "\u2606 Make this my plan", plan));
            mine.accessibleTextProperty().bind(Bindings.createStringBinding(() -> isMyPathway(id)
                    ? column.pathway().title() + " is the route in My plan"
                    : "Make " + column.pathway().title() + " the route in My plan", plan));
            mine.setOnAction(e -> plan.set(plan.get().withPathway(Optional.of(id))));
            Label name = ProfileText.text(column.pathway().title());
            VBox top = cell(id, "title", name, show, mine);
            top.getStyleClass().add("compare-column-heading");
            grid.add(top, c, 0);
            grid.add(cell(id, "registration", ProfileText.text(column.timeToRegistration())), c, 1);
            grid.add(cell(id, "role", ProfileText.text(column.timeToRole())), c, 2);
            List<Node> paid = new ArrayList<>();
            column.paid().forEach(p -> paid.addAll(List.of(ProfileText.text(p.headline(), "compare-paid"),
                    ProfileText.text(p.describe()), ProfileText.text(p.source(), "compare-source"))));
            if (paid.isEmpty()) {
                paid.add(ProfileText.text("Not stated"));
            }
            grid.add(cell(id, "paid", paid.toArray(Node[]::new)), c, 3);
            grid.add(cell(id, "qualifications", list(column.qualifications(), "Nothing more to gain on this route")), c, 4);
            grid.add(cell(id, "registers", list(column.registrations(), "None on this route")), c, 5);
            List<Node> entry = new ArrayList<>();
            column.entryRoute().ifPresent(route -> entry.add(ProfileText.text("Route: " + route, "compare-source")));
            column.entryRequirements().forEach(block -> entry.addAll(block(block)));
            if (entry.isEmpty()) {
                entry.add(ProfileText.text("Not stated"));
            }
            grid.add(cell(id, "entry", entry.toArray(Node[]::new)), c, 6);
            if (withVerdicts) {
                String verdict = column.verdictText().orElse("\u2013 No entry route to check this route against");
                Label words = ProfileText.text(verdict, "compare-verdict");
                column.verdict().ifPresent(v -> words.getStyleClass().add("verdict-" + v.outcome().styleKey()));
                grid.add(cell(id, "verdict", words), c, 7);
            }
        }
        // The row headings stand outside the sideways scroll, so they stay in view; each is as tall
        // as its row, and its row at least as tall as it.
        List<Node> headings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Label heading = heading(rows.get(r), r == 0 ? "compare-corner" : "compare-row-" + r);
            Cell first = firstInRow(grid, r);
            first.heading = heading;
            // Its minimum and maximum, not its preferred height, which the cell asks for its text.
            heading.minHeightProperty().bind(first.heightProperty());
            heading.maxHeightProperty().bind(first.heightProperty());
            headings.add(heading);
        }
        rowHeadings.getChildren().setAll(headings);
        return grid;
    }

    private static Cell firstInRow(GridPane grid, int row) {
        return (Cell) grid.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0 && GridPane.getRowIndex(n) == row).findFirst().orElseThrow();
    }

    private static Label heading(String text, String id) {
        Label label = new Label(text);
        label.getStyleClass().add("compare-row-heading");
        label.setWrapText(true);
        label.setId(id);
        label.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return label;
    }

    /** A cell of the table; the first of a row is at least as tall as the row's heading needs. */
    private static final class Cell extends VBox {
        private Label heading;

        Cell(Node... children) {
            super(children);
        }

        private double headingHeight() {
            return heading == null ? 0 : heading.prefHeight(heading.prefWidth(-1));
        }

        @Override
        protected double computeMinHeight(double width) {
            return Math.max(super.computeMinHeight(width), headingHeight());
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(super.computePrefHeight(width), headingHeight());
        }
    }

    private static VBox cell(String pathway, String row, Node... children) {
        VBox cell = new Cell(children);
        cell.getStyleClass().add("compare-cell");
        cell.setId("compare-" + row + "-" + pathway);
        return cell;
    }

    private static Node[] list(List<String> items, String none) {
        if (items.isEmpty()) {
            return new Node[] {ProfileText.text(none)};
        }
        return items.stream().map(item -> ProfileText.text("\u2022 " + item)).toArray(Node[]::new);
    }

    /** A block of the profile's entry requirements, as lines of text that fit a column. */
    private static List<Node> block(Block block) {
        List<Node> lines = new ArrayList<>();
        if (block instanceof BulletList list) {
            list.intro().ifPresent(intro -> lines.add(ProfileText.text(intro)));
            list.items().forEach(item -> lines.add(ProfileText.text("\u2022 " + item)));
        } else if (block instanceof Note note) {
            lines.add(ProfileText.text("Career Routes note: " + note.text(), Styles.MUTED));
        } else if (block instanceof Paragraph paragraph) {
            lines.add(ProfileText.text(paragraph.text()));
        }
        return lines;
    }

    /** A control that takes focus in the table or the timeline is scrolled into view sideways too. */
    private void keepFocusInViewSideways() {
        javafx.beans.value.ChangeListener<Node> follow = (obs, old, focused) -> {
            for (ScrollPane pane : List.of(tableScroll, timelineScroll)) {
                if (focused != null && pane.getContent() != null && isInside(focused, pane.getContent())) {
                    // The whole column's cell, once the pane is laid out.
                    Node target = cellOf(focused);
                    javafx.application.Platform.runLater(() -> showSideways(pane, target));
                }
            }
        };
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static Node cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("compare-cell")) {
                return n;
            }
        }
        return node;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void showSideways(ScrollPane pane, Node target) {
        Node content = pane.getContent();
        if (target.getScene() == null || content.getScene() == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double viewport = pane.getViewportBounds().getWidth();
        double scrollable = content.getBoundsInLocal().getWidth() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double left = pane.getHvalue() * scrollable;
        if (inContent.getMinX() < left) {
            pane.setHvalue(inContent.getMinX() / scrollable);
        } else if (inContent.getMaxX() > left + viewport) {
            pane.setHvalue(Math.min(1, (inContent.getMaxX() - viewport) / scrollable));
        }
    }

    @Override
    public ScrollPane node() {
        return scroll;
    }

    @Override
    public void focus() {
        Nodes.focusInto(scroll);
    }

    @Override
    public Optional<Labeled> findText(String text, String topic) {
        return Nodes.labelWith(scroll.getContent(), text);
    }

    @Override
    public void scrollTo(Node target) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (scrollable > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, inContent.getMinY() / scrollable)));
        }
    }
}
