package org.careerroutes.compare.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.SideScroller;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Note;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Pathway;

import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side table of Compare routes: a column for each route chosen and a row for each
 * thing compared. The row headings stay in view at the left while the columns scroll sideways
 * beside them (they keep a readable width rather than squeeze); each heading is as tall as its
 * row, and its row at least as tall as the heading. Made afresh from the view model's columns.
 */
final class CompareTable {

    private final CompareViewModel model;
    private final VBox rowHeadings = new VBox();
    private final SideScroller columns = new SideScroller();
    private final HBox node;

    CompareTable(CompareViewModel model) {
        this.model = model;
        rowHeadings.setId("compare-row-headings");
        rowHeadings.setMinWidth(Region.USE_PREF_SIZE);
        columns.setId("compare-table-scroll");
        // A control inside that takes focus brings its whole column's cell into view.
        columns.setFocusArea(CompareTable::cellOf);
        node = new HBox(rowHeadings, columns);
        HBox.setHgrow(columns, Priority.ALWAYS);
    }

    Node node() {
        return node;
    }

    /** Shows these columns, one per route, in order. */
    void show(List<RouteComparison> shown) {
        GridPane grid = new GridPane();
        grid.setId("compare-table");
        grid.getStyleClass().add(CompareStyles.TABLE);
        boolean withVerdicts = model.verdictsShownProperty().get();
        for (int c = 0; c < shown.size(); c++) {
            RouteComparison column = shown.get(c);
            String id = column.pathway().id();
            grid.add(heading(column.pathway()), c, 0);
            grid.add(cell(id, "registration", ProfileText.text(column.timeToRegistration())), c, 1);
            grid.add(cell(id, "role", ProfileText.text(column.timeToRole())), c, 2);
            grid.add(cell(id, "paid", paid(column)), c, 3);
            grid.add(cell(id, "qualifications", list(column.qualifications(), "Nothing more to gain on this route")), c, 4);
            grid.add(cell(id, "registers", list(column.registrations(), "None on this route")), c, 5);
            grid.add(cell(id, "entry", entry(column)), c, 6);
            if (withVerdicts) {
                Label words = ProfileText.text(CompareViewModel.verdictWords(column), CompareStyles.VERDICT);
                column.verdict().ifPresent(v -> {
                    words.getStyleClass().add(Styles.MARK);
                    Styles.markState(words, v.outcome().styleKey());
                });
                grid.add(cell(id, "verdict", words), c, 7);
            }
        }
        columns.setContent(grid);
        List<String> rows = model.rowHeadings();
        List<Node> headings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Label heading = rowHeading(rows.get(r), r == 0 ? "compare-corner" : "compare-row-" + r);
            Cell first = firstInRow(grid, r);
            first.heading = heading;
            // Its minimum and maximum, not its preferred height, which the cell asks for its text.
            heading.minHeightProperty().bind(first.heightProperty());
            heading.maxHeightProperty().bind(first.heightProperty());
            headings.add(heading);
        }
        rowHeadings.getChildren().setAll(headings);
    }

    /** A column's heading: the route's name, "Show on the route map" and "Make this my plan". */
    private VBox heading(Pathway pathway) {
        String id = pathway.id();
        Button show = new Button("Show on the route map");
        show.setId("compare-show-" + id);
        show.setWrapText(true);
        show.setMinHeight(Region.USE_PREF_SIZE);
        show.setOnAction(e -> model.showOnMap(id));
        Button mine = new Button();
        mine.setId("compare-my-plan-" + id);
        mine.setWrapText(true);
        mine.setMinHeight(Region.USE_PREF_SIZE);
        mine.textProperty().bind(Bindings.createStringBinding(() -> model.myPlanButtonText(id), model.myPathwayProperty()));
        mine.accessibleTextProperty().bind(Bindings.createStringBinding(() -> model.myPlanButtonHelp(pathway),
                model.myPathwayProperty()));
        mine.setOnAction(e -> model.makeMyPathway(id));
        VBox top = cell(id, "title", ProfileText.text(pathway.title()), show, mine);
        top.getStyleClass().add(CompareStyles.COLUMN_HEADING);
        return top;
    }

    private static Node[] paid(RouteComparison column) {
        List<Node> paid = new ArrayList<>();
        column.paid().forEach(p -> paid.addAll(List.of(ProfileText.text(p.headline(), CompareStyles.PAID),
                ProfileText.text(p.describe()), ProfileText.text(p.source(), CompareStyles.SOURCE))));
        if (paid.isEmpty()) {
            paid.add(ProfileText.text("Not stated"));
        }
        return paid.toArray(Node[]::new);
    }

    private static Node[] entry(RouteComparison column) {
        List<Node> entry = new ArrayList<>();
        column.entryRoute().ifPresent(route -> entry.add(ProfileText.text("Route: " + route, CompareStyles.SOURCE)));
        column.entryRequirements().forEach(block -> entry.addAll(block(block)));
        if (entry.isEmpty()) {
            entry.add(ProfileText.text("Not stated"));
        }
        return entry.toArray(Node[]::new);
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

    private static Label rowHeading(String text, String id) {
        Label label = new Label(text);
        label.getStyleClass().add(CompareStyles.ROW_HEADING);
        label.setWrapText(true);
        label.setId(id);
        label.setAlignment(Pos.TOP_LEFT);
        return label;
    }

    private static Cell firstInRow(GridPane grid, int row) {
        return (Cell) grid.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0 && GridPane.getRowIndex(n) == row).findFirst().orElseThrow();
    }

    private static VBox cell(String pathway, String row, Node... children) {
        VBox cell = new Cell(children);
        cell.getStyleClass().add(CompareStyles.CELL);
        cell.setId("compare-" + row + "-" + pathway);
        return cell;
    }

    /** The table cell a node is in, or the node itself. */
    private static Node cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell) {
                return n;
            }
        }
        return node;
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
}
