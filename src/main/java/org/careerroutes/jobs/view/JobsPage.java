package org.careerroutes.jobs.view;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Jobs page: every job on offer as a card, a search as you type, the filters beside the cards,
 * and what the folder's reading has to say. Cards sit in as many columns as fit at the text size
 * (at 200% text, one), a page of them at a time. Binds to a {@link JobsViewModel}.
 */
public final class JobsPage {

    /** The narrowest a card is, in ems: a title and a summary of a few words a line. */
    private static final double CARD_EMS = 19;
    /** Cards made but not shown are kept up to this many, so that searching back finds them made. */
    private static final int CARDS_KEPT = 300;

    private final JobsViewModel model;
    private final BorderPane page = new BorderPane();
    private final TextField search = new TextField();
    private final FlowPane grid = new FlowPane();
    private final Label count = ProfileText.text("", JobsStyles.COUNT);
    private final Map<String, JobCardView> made = new HashMap<>();
    private final ScrollPane cardScroll;
    private final Button more = new Button();
    /** How many cards stand in a row, for the arrow keys. */
    private int columns = 1;

    /**
     * @param showProblems        lists the problems of the folder's files (a dialog); empty where there is none (a
     *                            kiosk, whose visitors are not told of the folder's problems)
     * @param enterQualifications opens "Am I on track?", where a student enters their qualifications
     */
    public static JobsPage create(JobsViewModel model, Optional<Runnable> showProblems,
                                  Optional<Runnable> enterQualifications) {
        return new JobsPage(model, showProblems, enterQualifications);
    }

    private JobsPage(JobsViewModel model, Optional<Runnable> showProblems, Optional<Runnable> enterQualifications) {
        this.model = Objects.requireNonNull(model);
        page.setId("page-jobs");
        page.getStyleClass().add(JobsStyles.PAGE);
        page.getStylesheets().add(Objects.requireNonNull(JobsPage.class.getResource("jobs.css")).toExternalForm());

        Label heading = ProfileText.heading("Jobs", Styles.HEADING_1);
        heading.setId("jobs-heading");
        count.setId("jobs-count");
        count.textProperty().bind(model.countProperty());
        HBox titleRow = new HBox(heading, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        titleRow.setSpacing(16);

        Label searchLabel = new Label("Search jobs");
        searchLabel.setLabelFor(search);
        search.setId("jobs-search");
        search.setPromptText("A job, a subject, a skill\u2026");
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setId("jobs-clear-search");
        clear.setAccessibleText("Clear the search");
        clear.setOnAction(e -> {
            model.clearSearch();
            search.requestFocus();
        });
        clear.disableProperty().bind(model.queryProperty().isEmpty());
        // The results a key away: Down or Enter in the search, or this control (the next Tab stop while
        // the search is empty), go to the first card; the filters follow it in the Tab order.
        search.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && focusCard(0)) {
                e.consume();
            }
        });
        Button skip = new Button();
        skip.setId("jobs-skip-to-cards");
        skip.textProperty().bind(model.skipToProperty());
        skip.visibleProperty().bind(model.skipToProperty().isNotEmpty());
        skip.managedProperty().bind(skip.visibleProperty());
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.setOnAction(e -> focusCard(0));
        HBox searchRow = new HBox(searchLabel, search, clear, skip);
        searchRow.getStyleClass().add(JobsStyles.SEARCH_ROW);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(titleRow, searchRow, reading(), problems(showProblems), message(), opening());
        header.getStyleClass().add(JobsStyles.HEADER);
        page.setTop(header);

        JobFiltersView filters = new JobFiltersView(model, enterQualifications, search::requestFocus);
        ScrollPane filterScroll = new ScrollPane(filters.node());
        filterScroll.setId("jobs-filter-scroll");
        filterScroll.setFitToWidth(true);
        filterScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // About 16 ems, but never more than two fifths of the page, so the cards keep room at large text.
        filterScroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(16 * em(), page.getWidth() * 0.4), count.fontProperty(), page.widthProperty()));
        filterScroll.minWidthProperty().bind(filterScroll.prefWidthProperty());
        page.setLeft(filterScroll);
        ProfileText.keepFocusInView(filterScroll);

        grid.setId("jobs-cards");
        grid.getStyleClass().add(JobsStyles.CARDS);
        // Not as wide as its widest card: the cards are sized to the grid, so the grid must be free to narrow.
        grid.setMinWidth(0);
        grid.setAccessibleText("Jobs");
        Label nothing = ProfileText.text("", JobsStyles.NOTHING);
        nothing.setId("jobs-nothing");
        nothing.textProperty().bind(model.nothingFoundProperty());
        Button clearSearch = new Button("Clear the search");
        clearSearch.setId("jobs-nothing-clear-search");
        clearSearch.setOnAction(e -> {
            model.clearSearch();
            search.requestFocus();
        });
        clearSearch.visibleProperty().bind(model.queryProperty().isNotEmpty());
        clearSearch.managedProperty().bind(clearSearch.visibleProperty());
        Button clearFilters = new Button("Clear all filters");
        clearFilters.setId("jobs-nothing-clear-filters");
        clearFilters.setOnAction(e -> {
            model.clearFilters();
            search.requestFocus();   // the button hides itself: the keyboard goes where the words typed are
        });
        clearFilters.visibleProperty().bind(model.filtersProperty().map(f -> f.anyFilter()));
        clearFilters.managedProperty().bind(clearFilters.visibleProperty());
        VBox nothingBox = new VBox(nothing, new HBox(8, clearSearch, clearFilters));
        nothingBox.getStyleClass().add(Styles.CALLOUT);
        nothingBox.visibleProperty().bind(model.nothingFoundProperty().isNotEmpty());
        nothingBox.managedProperty().bind(nothingBox.visibleProperty());
        more.setId("jobs-more");
        more.textProperty().bind(model.moreProperty());
        more.visibleProperty().bind(model.moreProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> showMore());
        VBox cards = new VBox(nothingBox, grid, more);
        cards.getStyleClass().add(JobsStyles.CARDS_COLUMN);
        cards.setMinWidth(0);
        cardScroll = new ScrollPane(cards);
        cardScroll.setId("jobs-card-scroll");
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        page.setCenter(cardScroll);
        ProfileText.keepFocusInView(cardScroll);

        // While a job is opened the cards take no clicks, and the pointer says the window is busy.
        cardScroll.disableProperty().bind(model.openingProperty().isNotEmpty());
        page.cursorProperty().bind(model.openingProperty().map(o -> o.isEmpty() ? Cursor.DEFAULT : Cursor.WAIT));

        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::moveBetweenCards);
        model.cards().addListener((javafx.collections.ListChangeListener<JobCard>) change -> showCards());
        grid.widthProperty().addListener((obs, old, now) -> sizeCards());
        grid.hgapProperty().addListener((obs, old, now) -> sizeCards());   // set by the stylesheet after the first pass
        count.fontProperty().addListener((obs, old, now) -> sizeCards());
        showCards();
    }

    public Node node() {
        return page;
    }

    /** Puts the cursor in the search field (Ctrl+F on the Jobs page). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Where the keyboard starts on the page: the search field. */
    public void focus() {
        search.requestFocus();
    }

    /** Puts the keyboard on a card's title (scrolled into view); false when there is no such card. */
    private boolean focusCard(int index) {
        List<Node> cards = grid.getChildren();
        if (index < 0 || index >= cards.size()) {
            return false;
        }
        cards.get(index).lookup("." + JobsStyles.CARD_OPEN).requestFocus();
        return true;
    }

    /**
     * The next page of cards, the keyboard on the first of them: a keyboard user reads on from
     * there, and on the last page the button hides itself, which would leave the keyboard nowhere.
     */
    private void showMore() {
        int firstNew = grid.getChildren().size();
        model.showMore();
        // Laid out now, so that the new card can be scrolled to as it takes the keyboard.
        cardScroll.applyCss();
        cardScroll.layout();
        focusCard(firstNew);
    }

    /** Opens a job from its card; if it cannot be opened, the keyboard goes back to that card. */
    private void open(String id) {
        model.open(id, () -> {
            JobCardView card = made.get(id);
            if (!focusCard(card == null ? -1 : grid.getChildren().indexOf(card.node()))) {
                search.requestFocus();   // the search changed while it was being opened: its card has gone
            }
        });
    }

    /**
     * The arrows move between the cards as they are laid out (Up from the first row goes back to
     * the search; Down from the last goes on to "Show N more" when there are more, else nowhere),
     * Home and End to the first and last card shown.
     */
    private void moveBetweenCards(KeyEvent e) {
        if (!(e.getTarget() instanceof Node target) || !target.getStyleClass().contains(JobsStyles.CARD_OPEN)) {
            return;   // the ☆ and anything else keep their keys
        }
        int at = grid.getChildren().indexOf(target.getParent().getParent());
        int to = switch (e.getCode()) {
            case LEFT -> at - 1;
            case RIGHT -> at + 1;
            case UP -> at - columns;
            case DOWN -> at + columns;
            case HOME -> 0;
            case END -> grid.getChildren().size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE || at < 0) {
            return;
        }
        int last = grid.getChildren().size() - 1;
        if (to < 0 && e.getCode() == KeyCode.UP) {
            search.requestFocus();
        } else if (e.getCode() == KeyCode.DOWN && at / columns == last / columns) {
            if (more.isVisible()) {
                more.requestFocus();
            }
        } else {
            // Down onto a shorter last row, with no card straight below: its last card, as other grids do.
            focusCard(Math.max(0, Math.min(to, last)));
        }
        e.consume();
    }

    private double em() {
        return count.getFont().getSize();
    }

    private void showCards() {
        List<JobCard> cards = model.cards();
        Set<String> shown = new HashSet<>();
        List<Node> nodes = cards.stream().map(card -> {
            shown.add(card.job().id());
            JobCardView view = made.computeIfAbsent(card.job().id(), id -> new JobCardView(card, model, this::open));
            view.show(card);
            return (Node) view.node();
        }).toList();
        if (made.size() > CARDS_KEPT) {
            made.keySet().retainAll(shown);
        }
        grid.getChildren().setAll(nodes);
        sizeCards();
    }

    /** As many columns as cards of {@link #CARD_EMS} fit, each the same width. */
    private void sizeCards() {
        Insets padding = grid.getPadding();
        double width = grid.getWidth() - padding.getLeft() - padding.getRight();
        if (width <= 0) {
            return;
        }
        double gap = grid.getHgap();
        columns = Math.max(1, (int) Math.floor((width + gap) / (CARD_EMS * em() + gap)));
        double each = Math.floor((width - gap * (columns - 1)) / columns) - 1;
        for (Node node : grid.getChildren()) {
            Region card = (Region) node;
            card.setPrefWidth(each);
            card.setMaxWidth(each);
        }
    }

    /** "Reading the jobs in this folder: 120 of 800…" with a spinner, while the folder is read. */
    private Node reading() {
        return busy("jobs-reading", Styles.MUTED, model.readingProperty());
    }

    /** "Opening Nurse…" with a spinner, while a job's profile is read. */
    private Node opening() {
        return busy("jobs-opening", Styles.BODY_TEXT, model.openingProperty());
    }

    /** A spinner and what is under way, shown while there is something to say. */
    private static Node busy(String id, String style, ReadOnlyStringProperty said) {
        ProgressIndicator spinning = new ProgressIndicator();
        spinning.setPrefSize(18, 18);
        Label words = ProfileText.text("", style);
        words.setId(id);
        words.textProperty().bind(said);
        HBox box = new HBox(8, spinning, words);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(said.isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The files that could not be read, in a call-out, so a student knows jobs are missing; the
     * list of them (and of the warnings, for whoever looks after the folder) a press away.
     */
    private Node problems(Optional<Runnable> showProblems) {
        if (showProblems.isEmpty()) {
            // A kiosk: no one there looks after the folder; its problems go to standard error, as at start.
            Region none = new Region();
            none.setManaged(false);
            return none;
        }
        Label words = ProfileText.text("", Styles.BODY_TEXT);
        words.setId("jobs-problems");
        words.textProperty().bind(model.problemsProperty());
        HBox box = new HBox(10, words);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll(Styles.CALLOUT, JobsStyles.NOTICE);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button list = new Button("Show the problems");
        list.setId("jobs-show-problems");
        list.setMinWidth(Region.USE_PREF_SIZE);
        list.setOnAction(e -> showProblems.get().run());
        box.getChildren().add(list);
        box.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node message() {
        Label words = ProfileText.text("", Styles.BODY_TEXT);
        words.setId("jobs-message");
        words.textProperty().bind(model.messageProperty());
        Button ok = new Button("OK");
        ok.setId("jobs-message-dismiss");
        ok.setOnAction(e -> model.dismissMessage());
        VBox box = new VBox(6, words, ok);
        box.getStyleClass().addAll(Styles.CALLOUT, JobsStyles.NOTICE);
        box.visibleProperty().bind(model.messageProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
